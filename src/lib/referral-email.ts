/**
 * The referral email: the plain-text message a clinician, counselor or case manager sends with links to this guide.
 * Pure: no Astro, no DOM. The /for-referrers/ page uses it at build time (the list of addresses) and in the browser
 * (the email builder), so both always agree.
 */
import { helpLine } from '../data/crisis.ts';
import { site } from '../data/site.ts';
import { pageUrl, topicPath, withBase } from './site-config.ts';

/** The longest personal note, in characters (after trimming; an emoji counts as one). */
export const NOTE_MAX = 500;
/** Longer mailto: addresses are cut off or refused by some browsers and email apps. */
export const MAILTO_MAX = 2000;

export const REFERRAL_SUBJECT = 'Information about intensive outpatient programs (IOPs)';

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
  id: string;
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
      const path = topicPath(source.id);
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

export type ReferralProblemCode = 'no-topics' | 'note-too-long';

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

/** The visible count under the note box. */
export function noteCountMessage(note: string | undefined): string {
  const left = NOTE_MAX - noteLength(note);
  if (left >= 0) return `You have ${left} ${left === 1 ? 'character' : 'characters'} left.`;
  return `You have ${-left} ${left === -1 ? 'character' : 'characters'} too many.`;
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

function topicBlock(topic: ReferralTopic, siteUrl: string | URL, basePath: string): string {
  const lines = [cleanText(topic.title).trim(), cleanText(topic.description).trim()];
  const sections = topic.sections ?? [];
  if (topic.wholePage !== false || sections.length === 0) lines.push(pageUrl(topic.path, siteUrl, basePath));
  for (const section of sections) {
    lines.push(`Part of this page: ${cleanText(section.title).trim()}`);
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
 */
export function buildReferralEmail({ topics, note, siteUrl, basePath }: ReferralInput): ReferralResult {
  const problems: ReferralProblem[] = [];
  if (topics.length === 0) problems.push({ code: 'no-topics', message: 'Choose at least one page to send.' });
  const length = noteLength(note);
  if (length > NOTE_MAX) {
    const over = length - NOTE_MAX;
    problems.push({
      code: 'note-too-long',
      message: `Your note is ${over} ${over === 1 ? 'character' : 'characters'} too long. Make it ${NOTE_MAX} characters or fewer.`,
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const ordered = inSiteOrder(topics);
  const crisis = helpLine('crisis');
  const emergency = helpLine('emergency');
  const personal = cleanNote(note);
  // No line is hard-wrapped: email apps wrap to the reader's screen, and a break every 72 characters cuts sentences
  // in half on a phone and would change the referrer's own note.
  const parts = [
    personal,
    ordered.length === 1
      ? `This page from ${site.name}, a free, plain-language guide, explains more:`
      : `These pages from ${site.name}, a free, plain-language guide, explain more:`,
    ...ordered.map((topic) => topicBlock(topic, siteUrl, basePath)),
    `The guide gives general information, not medical advice. In a mental-health, suicide or substance use crisis, call or text ${crisis.display}. In immediate danger, call ${emergency.display}.`,
  ].filter(Boolean);
  const body = parts.join('\n\n');
  const subject = REFERRAL_SUBJECT;
  const href = mailtoHref(subject, body);
  const tooLongForMailto = href.length > MAILTO_MAX;
  return { ok: true, subject, body, mailtoHref: tooLongForMailto ? null : href, tooLongForMailto };
}

/** What the email box says before the referrer has chosen anything: a hint, not an error, since nothing is wrong yet. */
export const REFERRAL_START_HINT = 'Your email appears here when you choose a page in step 1.';

/**
 * The line above the email box: the start hint until the referrer has done something, then what stops the email, if
 * anything. `isProblem` marks it as an error (red, and the reason nothing can be copied yet).
 */
export function problemLine(result: ReferralResult, touched: boolean): { text: string; isProblem: boolean } {
  if (result.ok) return { text: '', isProblem: false };
  if (!touched) return { text: REFERRAL_START_HINT, isProblem: false };
  return { text: result.problems.map((problem) => problem.message).join(' '), isProblem: true };
}

/** The line under "Open in email app": what the button does now, or what to do first. */
export function mailtoNote(result: ReferralResult): string {
  if (!result.ok) {
    return result.problems.some((problem) => problem.code === 'no-topics') ? 'Choose at least one page first.' : 'Make your note shorter first.';
  }
  if (result.mailtoHref) return 'This opens a new email with the subject and text filled in. You add the address.';
  return `This email is too long to open in an email app (links can hold about ${MAILTO_MAX.toLocaleString('en-US')} characters). Use “Copy email text” instead, and paste it into a new email.`;
}
