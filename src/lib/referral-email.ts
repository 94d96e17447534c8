/**
 * The referral email: the plain-text message a clinician, counselor or case manager sends with links to this guide.
 * Pure: no Astro, no DOM. The /for-referrers/ page uses it at build time (the list of addresses) and in the browser
 * (the email builder), so both always agree.
 */
import type { Lang } from '../i18n/languages.ts';
import { referralEmailWords } from './referral-email-words.ts';
import { referralUiWords } from './referral-ui-words.ts';
import { pageUrl, topicPath, withBase } from './site-config.ts';

/** The longest personal note, in characters (after trimming; an emoji counts as one). */
export const NOTE_MAX = 500;
/** Longer mailto: addresses are cut off or refused by some browsers and email apps. */
export const MAILTO_MAX = 2000;

export const REFERRAL_SUBJECT = referralEmailWords.en.subject;

export interface ReferralSection {
  title: string;
  /** The heading's id on the page, without "#". */
  anchor: string;
}

export interface ReferralTopic {
  title: string;
  /** The topic's one-line description. */
  description: string;
  /** Root-relative path without the base path, e.g. "/costs/". */
  path: string;
  /** The topic's place in the site's reading order. */
  order: number;
  /** Point to the whole page. Defaults to true; false lists only the sections. */
  wholePage?: boolean;
  /** Parts of the page to point to, in the page's order. */
  sections?: readonly ReferralSection[];
}

export interface ReferralInput {
  topics: readonly ReferralTopic[];
  note?: string;
  /** The site's public origin (SITE_URL, from Astro.site), e.g. "https://iop-guide.example.org". */
  siteUrl: string | URL;
  /** The base path the site lives under, e.g. "/" or "/iop/". */
  basePath: string;
  /** The language the email is written in (its fixed words; the topics come already in it). Defaults to English. */
  lang?: Lang;
  /** The language of the page, for the problems shown to the referrer. Defaults to English. */
  uiLang?: Lang;
}

export interface ReferralEmail {
  subject: string;
  body: string;
  /** A mailto: link with the subject and body, or null when it would be too long for email apps. */
  mailtoHref: string | null;
  tooLongForMailto: boolean;
}

/** A topic as the page gets it from the collection: its front matter and its rendered headings. */
export interface ReferralSource {
  /** The English topic id, which both languages share (a Spanish page gives its translationOf). */
  id: string;
  /** Root-relative path without the base path; defaults to the English topic's, "/<id>/". */
  path?: string;
  title: string;
  description: string;
  order: number;
  headings: readonly { depth: number; slug: string; text: string }[];
}

/** A topic as the /for-referrers/ page offers it: what the email needs, plus its addresses. */
export interface ReferralPage {
  id: string;
  title: string;
  description: string;
  /** Root-relative, without the base path: "/costs/". */
  path: string;
  order: number;
  /** Root-relative with the base path, for links on this site: "/iop/costs/". */
  href: string;
  /** The full address, as the email gives it. */
  url: string;
  /** The page's `##` sections, in page order. */
  sections: { title: string; anchor: string; url: string }[];
}

/** The topics in site order, each with its addresses and its `##` sections. */
export function referralPages(sources: readonly ReferralSource[], siteUrl: string | URL, basePath: string): ReferralPage[] {
  return [...sources]
    .sort((a, b) => a.order - b.order)
    .map((source) => {
      const path = source.path ?? topicPath(source.id);
      return {
        id: source.id,
        title: source.title,
        description: source.description,
        path,
        order: source.order,
        href: withBase(path, basePath),
        url: pageUrl(path, siteUrl, basePath),
        sections: source.headings
          .filter((heading) => heading.depth === 2)
          .map((heading) => ({ title: heading.text, anchor: heading.slug, url: pageUrl(path, siteUrl, basePath, heading.slug) })),
      };
    });
}

/**
 * Why there is no email yet. The last two arise only when the email's language is not the page's: that language's
 * topics are still loading (a wait, not a mistake), or they could not load or lack a chosen page.
 */
export type ReferralProblemCode = 'no-topics' | 'note-too-long' | 'email-lang-loading' | 'email-lang-failed';

export interface ReferralProblem {
  code: ReferralProblemCode;
  /** A plain sentence to show the reader. */
  message: string;
}

export type ReferralResult = ({ ok: true } & ReferralEmail) | { ok: false; problems: ReferralProblem[] };

/**
 * Line endings as "\n", tabs as spaces, no other control characters, and no half of a broken emoji (a lone
 * surrogate), which encodeURIComponent would refuse.
 */
function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The note as it goes into the email: cleaned, trimmed, no trailing spaces, at most one blank line in a row. */
export function cleanNote(note: string | undefined): string {
  return cleanText(note ?? '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Splits text into the characters a reader sees (grapheme clusters). A family emoji is five code points and eight
 * UTF-16 units, a flag two code points, a skin-toned hand two: each is one character to the person typing it.
 */
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The note's length as the limit and the count under the box both measure it: characters a reader sees. */
export function noteLength(note: string | undefined): number {
  return [...graphemes.segment(cleanNote(note))].length;
}

/** The visible count under the note box, in the page's language. */
export function noteCountMessage(note: string | undefined, uiLang: Lang = 'en'): string {
  return referralUiWords[uiLang].noteCount(NOTE_MAX - noteLength(note));
}

/** What stops any email, in any language: no page chosen, or a note over NOTE_MAX characters. */
export function referralProblems(topicCount: number, note: string | undefined, uiLang: Lang = 'en'): ReferralProblem[] {
  const ui = referralUiWords[uiLang];
  const problems: ReferralProblem[] = [];
  if (topicCount === 0) problems.push({ code: 'no-topics', message: ui.noTopics });
  const length = noteLength(note);
  if (length > NOTE_MAX) problems.push({ code: 'note-too-long', message: ui.noteTooLong(length - NOTE_MAX, NOTE_MAX) });
  return problems;
}

/** Merges repeated topics (same path) and sorts by the site's order, so the order ticked never matters. */
function inSiteOrder(topics: readonly ReferralTopic[]): ReferralTopic[] {
  const byPath = new Map<string, ReferralTopic & { sections: ReferralSection[] }>();
  for (const topic of topics) {
    const seen = byPath.get(topic.path);
    const sections = [...(seen?.sections ?? []), ...(topic.sections ?? [])].filter(
      (section, index, all) => all.findIndex((other) => other.anchor === section.anchor) === index,
    );
    const wholePage = (seen ? seen.wholePage !== false : false) || topic.wholePage !== false;
    byPath.set(topic.path, { ...(seen ?? topic), wholePage, sections });
  }
  return [...byPath.values()].sort((a, b) => a.order - b.order);
}

function topicBlock(topic: ReferralTopic, siteUrl: string | URL, basePath: string, partOfPage: string): string {
  const lines = [cleanText(topic.title).trim(), cleanText(topic.description).trim()];
  const sections = topic.sections ?? [];
  if (topic.wholePage !== false || sections.length === 0) lines.push(pageUrl(topic.path, siteUrl, basePath));
  for (const section of sections) {
    lines.push(`${partOfPage} ${cleanText(section.title).trim()}`);
    lines.push(pageUrl(topic.path, siteUrl, basePath, section.anchor));
  }
  return lines.join('\n');
}

/** The mailto: address for a message with no recipient yet; line breaks become CRLF (%0D%0A) as RFC 6068 asks. */
export function mailtoHref(subject: string, body: string): string {
  const encode = (value: string): string => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  return `mailto:?subject=${encode(subject)}&body=${encode(body)}`;
}

/**
 * Builds the email, or says plainly what stops it: no page chosen, or a note over NOTE_MAX characters.
 * Topics come out in the site's order, each as its title, its description and its full address on a line of its own.
 * The email's fixed words are in `lang`; the referrer's note goes in as typed, whatever the language.
 */
export function buildReferralEmail({ topics, note, siteUrl, basePath, lang = 'en', uiLang = 'en' }: ReferralInput): ReferralResult {
  const problems = referralProblems(topics.length, note, uiLang);
  if (problems.length > 0) return { ok: false, problems };

  const words = referralEmailWords[lang];
  const ordered = inSiteOrder(topics);
  const personal = cleanNote(note);
  // No line is hard-wrapped: email apps wrap to the reader's screen, and a break every 72 characters cuts sentences
  // in half on a phone and would change the referrer's own note.
  const parts = [
    personal,
    words.intro(ordered.length),
    ...ordered.map((topic) => topicBlock(topic, siteUrl, basePath, words.partOfPage)),
    words.closing,
  ].filter(Boolean);
  const body = parts.join('\n\n');
  const subject = words.subject;
  const href = mailtoHref(subject, body);
  const tooLongForMailto = href.length > MAILTO_MAX;
  return { ok: true, subject, body, mailtoHref: tooLongForMailto ? null : href, tooLongForMailto };
}

/** What the email box says before the referrer has chosen anything: a hint, not an error, since nothing is wrong yet. */
export const REFERRAL_START_HINT = referralUiWords.en.startHint;

/**
 * The line above the email box: the start hint until the referrer has done something, then what stops the email, if
 * anything. `isProblem` marks it as an error (red, and the reason nothing can be copied yet).
 */
export function problemLine(result: ReferralResult, touched: boolean, uiLang: Lang = 'en'): { text: string; isProblem: boolean } {
  if (result.ok) return { text: '', isProblem: false };
  if (!touched) return { text: referralUiWords[uiLang].startHint, isProblem: false };
  const text = result.problems.map((problem) => problem.message).join(' ');
  return { text, isProblem: result.problems.some((problem) => problem.code !== 'email-lang-loading') };
}

/** The line under "Open in email app": what the button does now, or what to do first. */
export function mailtoNote(result: ReferralResult, uiLang: Lang = 'en'): string {
  const ui = referralUiWords[uiLang];
  if (!result.ok) {
    const codes = result.problems.map((problem) => problem.code);
    if (codes.includes('no-topics')) return ui.mailtoChooseFirst;
    return codes.includes('note-too-long') ? ui.mailtoShortenFirst : ui.mailtoNoEmailYet;
  }
  if (result.mailtoHref) return ui.mailtoOpens;
  return ui.mailtoTooLong(MAILTO_MAX);
}
