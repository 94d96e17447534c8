/**
 * The topics of one language as the referral email builder reads them in the browser: each topic's title, its line,
 * its address and its parts (`##` sections). Only the builder uses them, and it needs JavaScript, so they travel as
 * one small JSON file per language written at build time (src/pages/for-referrers/parts.json.ts,
 * src/pages/es/para-profesionales/parts.json.ts) instead of as some 70 checkboxes in the page's HTML. The page's own
 * file gives the part checkboxes; the other language's file lets the email be written in that language. Pure: no
 * Astro, no DOM.
 */
import type { Lang } from '../i18n/languages.ts';
import type { ReferralPage, ReferralSection, ReferralTopic } from './referral-email.ts';

/** Where the build writes each language's file, root-relative without the base path. */
export const REFERRAL_PARTS_PATHS: Readonly<Record<Lang, string>> = {
  en: '/for-referrers/parts.json',
  es: '/es/para-profesionales/parts.json',
};
/** The English file, which /for-referrers/ loads first. */
export const REFERRAL_PARTS_PATH = REFERRAL_PARTS_PATHS.en;

/**
 * The file's shape: English topic id (both languages share it) -> [title, description, path, parts], each part as
 * [title, anchor] in page order. Tuples keep the file small.
 */
export type ReferralPartsFile = Record<string, [title: string, description: string, path: string, parts: [title: string, anchor: string][]]>;

/** One topic of one language, read back from its file. */
export interface ReferralSetTopic {
  title: string;
  description: string;
  /** Root-relative path without the base path: "/costs/", "/es/costos/". */
  path: string;
  sections: ReferralSection[];
}

/** What the build writes: every topic of the language, parts or none. */
export function referralPartsFile(pages: readonly ReferralPage[]): ReferralPartsFile {
  return Object.fromEntries(
    pages.map((page) => [page.id, [page.title, page.description, page.path, page.sections.map((section) => [section.title, section.anchor])]]),
  );
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isPart = (value: unknown): value is [string, string] => Array.isArray(value) && value.length === 2 && value.every(isText);
const isPath = (value: unknown): value is string => typeof value === 'string' && /^\/(?:[a-z0-9-]+\/)+$/.test(value);

/**
 * Reads the fetched file back into topics by id. Throws on anything else (an error page, a stale or broken file), so
 * the builder says the file could not load instead of offering half a list.
 */
export function readReferralParts(json: unknown): Map<string, ReferralSetTopic> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('The parts file is not an object');
  const topics = new Map<string, ReferralSetTopic>();
  for (const [id, entry] of Object.entries(json)) {
    if (!Array.isArray(entry) || entry.length !== 4) throw new Error(`"${id}" is not [title, description, path, parts]`);
    const [title, description, path, parts] = entry as unknown[];
    if (!isText(title) || !isText(description) || !isPath(path)) throw new Error(`"${id}" lacks a title, a description or a path`);
    if (!Array.isArray(parts) || !parts.every(isPart)) throw new Error(`The parts of "${id}" are not [title, anchor] pairs`);
    topics.set(id, { title, description, path, sections: parts.map(([partTitle, anchor]) => ({ title: partTitle, anchor })) });
  }
  return topics;
}

/** What the referrer ticked, by topic id and part number, so it can be said in either language. */
export interface ReferralChoice {
  /** The English topic id. */
  id: string;
  /** The topic's place in the list, which is the site's order. */
  order: number;
  wholePage: boolean;
  /** The ticked parts, by their place (0, 1, …) among the topic's parts. */
  parts: readonly number[];
}

/**
 * The ticked topics as the email gives them in another language: titles, lines, addresses and part anchors from
 * that language's file. Both editions keep the same sections in the same order, so part n is part n in both; if a
 * translation ever has fewer, a part it lacks becomes a link to the whole page. Topics with no version in that
 * language are returned apart, for the builder to name.
 */
export function choicesIn(choices: readonly ReferralChoice[], topics: ReadonlyMap<string, ReferralSetTopic>): { topics: ReferralTopic[]; missing: string[] } {
  const found: ReferralTopic[] = [];
  const missing: string[] = [];
  for (const choice of choices) {
    const topic = topics.get(choice.id);
    if (!topic) {
      missing.push(choice.id);
      continue;
    }
    const sections = choice.parts.map((index) => topic.sections[index]).filter((section) => section !== undefined);
    found.push({
      title: topic.title,
      description: topic.description,
      path: topic.path,
      order: choice.order,
      wholePage: choice.wholePage || sections.length < choice.parts.length,
      sections,
    });
  }
  return { topics: found, missing };
}
