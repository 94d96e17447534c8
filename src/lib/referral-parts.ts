/**
 * The parts (`##` sections) of each topic that the referral email builder offers. Only the builder uses them, and it
 * needs JavaScript, so they travel as one small JSON file written at build time (src/pages/for-referrers/parts.json.ts)
 * instead of as some 70 checkboxes in the page's HTML. Pure: no Astro, no DOM.
 */
import type { ReferralPage, ReferralSection } from './referral-email.ts';

/** Where the build writes the parts file, root-relative without the base path. */
export const REFERRAL_PARTS_PATH = '/for-referrers/parts.json';

/** The file's shape: topic id -> its parts in page order, each as [title, anchor]. Tuples keep the file small. */
export type ReferralPartsFile = Record<string, [title: string, anchor: string][]>;

/** What the build writes: only topics that have parts. */
export function referralPartsFile(pages: readonly ReferralPage[]): ReferralPartsFile {
  return Object.fromEntries(
    pages.filter((page) => page.sections.length > 0).map((page) => [page.id, page.sections.map((section) => [section.title, section.anchor])]),
  );
}

const isPart = (value: unknown): value is [string, string] =>
  Array.isArray(value) && value.length === 2 && value.every((item) => typeof item === 'string' && item.trim() !== '');

/**
 * Reads the fetched file back into sections per topic id. Throws on anything else (an error page, a stale or broken
 * file), so the builder says the parts could not load instead of offering half a list.
 */
export function readReferralParts(json: unknown): Map<string, ReferralSection[]> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('The parts file is not an object');
  const parts = new Map<string, ReferralSection[]>();
  for (const [id, list] of Object.entries(json)) {
    if (!Array.isArray(list) || !list.every(isPart)) throw new Error(`The parts of "${id}" are not [title, anchor] pairs`);
    parts.set(id, list.map(([title, anchor]) => ({ title, anchor })));
  }
  return parts;
}
