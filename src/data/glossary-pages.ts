/**
 * The glossary's letter pages. Each range is a public address (/glossary/<slug>/), so the ranges are fixed here and
 * never follow the number of words: a new word joins the page its first letter belongs to, and no word moves.
 * Changing a range breaks links already shared; add a redirect and keep the old anchors if you ever must.
 * The rule for a word's first letter (digits, accents) is in src/lib/glossary-pages.ts.
 */
export interface GlossaryRange {
  /** The page's address under /glossary/, e.g. "a-c"; never changes. */
  slug: string;
  /** First and last letter the page holds, lowercase a to z. */
  from: string;
  to: string;
}

export const glossaryRanges: readonly GlossaryRange[] = [
  { slug: 'a-c', from: 'a', to: 'c' },
  { slug: 'd-l', from: 'd', to: 'l' },
  { slug: 'm-p', from: 'm', to: 'p' },
  { slug: 'q-z', from: 'q', to: 'z' },
];

/** The topic (content/topics/glossary.mdx) whose front page is the A to Z index and whose dates the letter pages share. */
export const glossaryTopicId = 'glossary';

/**
 * Words readers search with to find a meaning; the letter pages carry them, as they hold the meanings. "Glossary" is
 * left to /glossary/, so a search for the glossary finds its front page first.
 */
export const glossaryPageKeywords: readonly string[] = ['definition', 'meaning', 'what does it mean', 'what does it stand for'];
