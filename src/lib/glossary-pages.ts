/**
 * Which glossary page holds which word, and its address. A word's page follows from its first letter and the fixed
 * ranges in src/data/glossary-pages.ts only, so adding words never moves another word to a new address.
 * Both editions use the same ranges: /glossary/a-c/ and /es/glosario/a-c/ are twins, each filing a word by the first
 * letter of the word in its own language (the Spanish pages are built in ./glossary-pages-es.ts).
 */
import { glossary, type GlossaryEntry } from '../data/glossary.ts';
import { glossaryPageKeywords, glossaryRanges, type GlossaryRange } from '../data/glossary-pages.ts';
import { words, type Lang } from '../i18n/index.ts';
import { pathIn } from './spanish-edition.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export interface GlossaryPage {
  range: GlossaryRange;
  /** How the page names its letters, e.g. "A to C", "De la A a la C". */
  label: string;
  /** The page's address inside the site, without the base path: "glossary/a-c/", "es/glosario/a-c/". */
  path: string;
  /** The edition the page belongs to, which sets its words, their order and its address. */
  lang: Lang;
  /** The page's words, in the order readers look them up. */
  entries: GlossaryEntry[];
}

/** Problems with a set of ranges: each of a to z must be on exactly one page, in alphabetical order. */
export function rangeProblems(ranges: readonly GlossaryRange[]): string[] {
  const problems: string[] = [];
  const slugs = new Set<string>();
  for (const [index, range] of ranges.entries()) {
    const name = `range "${range.slug}"`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(range.slug)) problems.push(`${name}: the slug must be lowercase letters, digits and hyphens`);
    if (slugs.has(range.slug)) problems.push(`${name}: two ranges use this slug`);
    slugs.add(range.slug);
    if (!/^[a-z]$/.test(range.from) || !/^[a-z]$/.test(range.to)) problems.push(`${name}: "from" and "to" must each be one letter, a to z`);
    else if (range.from > range.to) problems.push(`${name}: "from" (${range.from}) comes after "to" (${range.to})`);
    const previous = ranges[index - 1];
    if (previous && range.from <= previous.to) problems.push(`${name}: must start after "${previous.slug}" ends, so the pages stay in A to Z order`);
  }
  for (const letter of LETTERS) {
    const holders = ranges.filter((range) => range.from <= letter && letter <= range.to);
    if (holders.length === 0) problems.push(`no range holds the letter "${letter}"`);
    if (holders.length > 1) problems.push(`the letter "${letter}" is in more than one range: ${holders.map((range) => range.slug).join(', ')}`);
  }
  return problems;
}

/**
 * The page a word is filed on, by its first character: a letter (accents dropped, so "Émile" is under E) goes to the
 * range that holds it; a digit goes to the first page, where numbers sort before the letters. Anything else has no
 * page and is an error, so a new word cannot end up somewhere readers would not look.
 */
export function rangeOf(term: string, ranges: readonly GlossaryRange[]): GlossaryRange {
  const first = term.normalize('NFD').charAt(0).toLowerCase();
  if (/^[0-9]$/.test(first) && ranges[0]) return ranges[0];
  const range = /^[a-z]$/.test(first) ? ranges.find((candidate) => candidate.from <= first && first <= candidate.to) : undefined;
  if (!range) {
    throw new Error(
      `Glossary word "${term}" starts with "${term.charAt(0)}", which has no glossary page. ` +
        'Start it with a letter (a to z) or a digit (digits go on the first page), or add a range in src/data/glossary-pages.ts.',
    );
  }
  return range;
}

/** A to Z as readers expect it: case and accents ignored, digits first. */
export function byTerm(a: GlossaryEntry, b: GlossaryEntry): number {
  return a.term.localeCompare(b.term, 'en', { sensitivity: 'base', numeric: true });
}

// Spanish order differs from English in one letter: ñ is its own letter, after n ("caña" after "canto").
const spanishOrder = new Intl.Collator('es', { sensitivity: 'base', numeric: true });

/** A to Z as Spanish readers expect it: case and accents ignored, ñ after n, digits first. */
export function bySpanishTerm(a: GlossaryEntry, b: GlossaryEntry): number {
  return spanishOrder.compare(a.term, b.term);
}

/** The A to Z order of a language's words. */
export function termOrder(lang: Lang): (a: GlossaryEntry, b: GlossaryEntry) => number {
  return lang === 'es' ? bySpanishTerm : byTerm;
}

/** "A to C" ("De la A a la C") for the range a to c; "Q" ("La Q") for a range of one letter. */
export function rangeLabel(range: GlossaryRange, lang: Lang = 'en'): string {
  return words(lang).glossary.range(range.from.toUpperCase(), range.to.toUpperCase());
}

/** A letter page's address: "glossary/a-c/", and its Spanish twin "es/glosario/a-c/" (src/lib/spanish-edition.ts). */
export function rangePath(range: GlossaryRange, lang: Lang = 'en'): string {
  return pathIn(lang, `/glossary/${range.slug}/`).slice(1);
}

/**
 * Every glossary page of one edition with its words; bad ranges or a word with no page stop the build with the reason.
 * `entries` are in the edition's language: a Spanish word is filed by its Spanish first letter.
 */
export function glossaryPages(entries: readonly GlossaryEntry[], ranges: readonly GlossaryRange[], lang: Lang = 'en'): GlossaryPage[] {
  const problems = rangeProblems(ranges);
  if (problems.length) throw new Error(`src/data/glossary-pages.ts: the glossary ranges have problems:\n- ${problems.join('\n- ')}`);
  const pages = ranges.map((range) => ({ range, label: rangeLabel(range, lang), path: rangePath(range, lang), lang, entries: [] as GlossaryEntry[] }));
  for (const entry of entries) pages[ranges.indexOf(rangeOf(entry.term, ranges))]!.entries.push(entry);
  for (const page of pages) page.entries.sort(termOrder(lang));
  return pages;
}

/** The site's glossary pages, from src/data. */
export const sitePages: readonly GlossaryPage[] = glossaryPages(glossary, glossaryRanges);

/** The page that holds the word with this id. */
export function pageOfTerm(id: string, pages: readonly GlossaryPage[] = sitePages): GlossaryPage {
  const page = pages.find((candidate) => candidate.entries.some((entry) => entry.id === id));
  if (!page) throw new Error(`No glossary word has the id "${id}". Add it to src/data/glossary.ts or use one of its ids.`);
  return page;
}

/**
 * Where a link to a word points: `#id` from the word's own page, else its page and anchor under `base`
 * (the site's base path, "/" or e.g. "/iop/").
 */
export function termHref(id: string, options: { base?: string; from?: GlossaryPage; pages?: readonly GlossaryPage[] } = {}): string {
  const page = pageOfTerm(id, options.pages);
  return page.path === options.from?.path ? `#${id}` : `${options.base ?? '/'}${page.path}#${id}`;
}

/** Each letter page's route and the word ids on it, for the link checker. */
export function glossaryPageAnchors(pages: readonly GlossaryPage[] = sitePages): Record<string, string[]> {
  return Object.fromEntries(pages.map((page) => [`/${page.path}`, page.entries.map((entry) => entry.id)]));
}

/**
 * Search keywords by page ("costs", "glossary/a-c"), with the letter pages added to the topics' own. The letter pages
 * have no front matter of their own, so without this the index would carry no keywords for them.
 */
export function withLetterPageKeywords(
  topicKeywords: ReadonlyMap<string, readonly string[]>,
  pages: readonly GlossaryPage[] = sitePages,
): Map<string, readonly string[]> {
  const all = new Map(topicKeywords);
  for (const page of pages) all.set(page.path.replace(/\/$/, ''), glossaryPageKeywords);
  return all;
}

/** Each word's old address on the A to Z index ("/glossary/#parity") and the address of its meaning now. */
export function glossaryForwards(pages: readonly GlossaryPage[] = sitePages): Map<string, string> {
  return new Map(pages.flatMap((page) => page.entries.map((entry) => [`/glossary/#${entry.id}`, `/${page.path}#${entry.id}`] as const)));
}

/**
 * The words a letter page runs from and to, as dictionaries print at the top of a page: "MAT to PTSD". Titles and
 * descriptions use these, not the letters: Pagefind indexes a page's title, and a lone letter such as "Z" in the
 * index would make any unknown word that starts with it (a typo, "zzzqqq") match that page instead of finding nothing.
 */
export function guideWords(page: GlossaryPage): { first: string; last: string } | undefined {
  const first = page.entries[0];
  const last = page.entries.at(-1);
  return first && last ? { first: first.term, last: last.term } : undefined;
}

/** The page title and description of a letter page, shown in tabs, search results and link previews, in its language. */
export function pageTitle(page: GlossaryPage): string {
  const t = words(page.lang).glossary;
  const guide = guideWords(page);
  return guide ? t.title(guide.first, guide.last) : t.emptyTitle(page.range.from.toUpperCase(), page.range.to.toUpperCase());
}

export function pageDescription(page: GlossaryPage): string {
  const t = words(page.lang).glossary;
  const guide = guideWords(page);
  return guide ? t.description(guide.first, guide.last) : t.emptyDescription(page.range.from.toUpperCase(), page.range.to.toUpperCase());
}
