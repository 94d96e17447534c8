import { helpLine } from '../data/crisis.ts';
import { withBase } from './site-config.ts';
import { SPANISH_HANDOUTS_FOLDER, SPANISH_PREFIX } from './spanish-edition.ts';

const emergency = helpLine('emergency').display;

/**
 * The one-page handouts: one per topic at /handouts/<topic>/, to print or save and hand to someone. Each carries the
 * topic's title and key points, the crisis lines, the review date, and the full page's address with its QR code.
 * They are a print form of a topic, not pages of their own: kept out of search (no data-pagefind-body), out of
 * search engines (noindex) and out of the sitemap.
 */

/** The folder the handouts live in; part of every handout's public address, so it never changes. */
export const HANDOUTS_FOLDER = 'handouts';

/** A topic's handout path, without the base path: "costs" -> "/handouts/costs/". */
export function handoutPath(topicId: string): string {
  if (!/^[a-z0-9-]+$/.test(topicId)) throw new Error(`A topic id is lower-case letters, digits and hyphens, got "${topicId}"`);
  return `/${HANDOUTS_FOLDER}/${topicId}/`;
}

/** True for the full address of a handout, English or Spanish (/es/hojas/), which the sitemap leaves out. */
export function isHandoutAddress(address: string, base: string): boolean {
  const path = new URL(address).pathname;
  return [`/${HANDOUTS_FOLDER}/`, `${SPANISH_PREFIX}${SPANISH_HANDOUTS_FOLDER}/`].some((folder) => path.startsWith(withBase(folder, base)));
}

/** The longest <title> html-validate allows (its long-title rule); BaseLayout adds " | <site name>" after the page's. */
export const MAX_TITLE_LENGTH = 70;

/**
 * The handout's own title, for <title> and a printout's header line: "Handout: <topic title>", the topic's title cut at
 * a word and marked with "…" when the whole, with the site's name after it, would pass the limit. A Spanish handout
 * passes its own prefix ("Hoja: ", words('es').handout.titlePrefix).
 */
export function handoutTitle(topicTitle: string, siteName: string, max = MAX_TITLE_LENGTH, prefix = 'Handout: '): string {
  const room = max - prefix.length - ` | ${siteName}`.length;
  if (topicTitle.length <= room) return `${prefix}${topicTitle}`;
  // One character of the room goes to the "…"; a word cut through is dropped whole, then any trailing punctuation.
  const limit = room - 1;
  let cut = topicTitle.slice(0, limit);
  if (/\S/.test(topicTitle.charAt(limit))) cut = cut.replace(/\S*$/, '');
  cut = cut.replace(/[\s,:;.?!-]+$/, '');
  return `${prefix}${cut}…`;
}

/** The words of a handout and of the link to it, in one place. */
export const handoutWords = {
  /** The share bar's link to a topic's handout. */
  linkText: 'One-page handout',
  /** The page's description. */
  description: (title: string): string => `A one-page handout to print or save: the key points of "${title}", with help lines.`,
  /** The bar above the handout on screen; it does not print. */
  screenNote: 'This page is made to print on one sheet of paper. To save it, choose "Save as PDF" when you print.',
  noScript: 'To print it, or save it as a PDF, use your browser’s Print command.',
  printButton: 'Print or save as PDF',
  backToPage: 'Back to the full page',
  keyPointsHeading: 'Key points',
  /** Not the footer's "Get help now", so the two regions on screen have names of their own. */
  helpHeading: 'Get help now: phone and text lines',
  /** Said beside the overdose page on every handout: naloxone is one step away wherever opioids may come up. */
  overdose: `If someone may have overdosed on opioids: call ${emergency}, give naloxone if you have it, and keep them breathing.`,
  overdoseLink: 'Overdose signs and naloxone',
  fullPageHeading: 'Read the full page',
  scan: 'Scan the code with a phone camera, or type this address:',
  reviewed: 'Page last reviewed:',
} as const;
