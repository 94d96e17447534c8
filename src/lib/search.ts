/** Search logic that needs no browser: query clean-up, result shaping, ranking merges and keyboard movement. */
import { escapeHtml } from './escape.ts';
import { SEARCH_KEYWORDS_ID } from './search-keywords.ts';
import { englishResultCount } from './search-words.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
  anchor?: { element: string; id: string; text?: string };
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; description?: string };
  sub_results?: PagefindSubResult[];
  filters?: Record<string, string[]>;
}

export interface ResultView {
  pageTitle: string;
  sectionTitle?: string;
  /** Where the result opens: the best-matching section when there is one. */
  url: string;
  pageUrl: string;
  /** Pagefind's excerpt: escaped text with the matched words in <mark>. */
  excerptHtml: string;
  group?: string;
}

/** Words that carry no meaning in a reader's question; dropped when the whole question finds too little. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be can could do does for from get how i if in into is it its me my of on or should so than that the their them then there these they this to was we what when where which who why will with would you your'.split(
    ' ',
  ),
);

/**
 * Words on nearly every page of this site. A section heading that holds one of them ("Medicine for addiction
 * treatment") says little about whether it answers the reader, so it counts for less when choosing a section.
 */
const COMMON_SITE_WORDS: ReadonlySet<string> = new Set(['iop', 'iops', 'treatment', 'program', 'programs', 'care', 'outpatient', 'intensive', 'center']);

/**
 * What search needs to know about the language of the pages it searches: its empty words and the words on nearly
 * every page. English is the default; the Spanish edition passes its own (src/lib/search-es.ts).
 */
export interface QueryLanguage {
  stopWords: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
}

export const englishQueries: QueryLanguage = { stopWords: STOP_WORDS, commonWords: COMMON_SITE_WORDS };

export function normalizeQuery(query: string): string {
  return query.replace(/[“”"?!.,;:()¿¡]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Lower case without accents, with hyphens as spaces: how reader phrases are compared ("Cuánto" = "cuanto"). */
export function foldForMatching(text: string): string {
  return normalizeQuery(text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[-‐–—/]/g, ' '));
}

/** The meaningful words of a question, in order, without repeats. */
export function significantTerms(query: string, stopWords: ReadonlySet<string> = STOP_WORDS): string[] {
  const words = normalizeQuery(query).split(' ').filter(Boolean);
  const kept = words.filter((word) => !stopWords.has(word));
  return [...new Set(kept.length ? kept : words)];
}

export interface Synonym {
  phrases: readonly string[];
  meaning: string;
}

export interface SynonymRewrite {
  /** The query with each reader phrase replaced by the site's words. */
  query: string;
  /** The site's words brought in, which say most about the section the reader wants. */
  meaningTerms: string[];
}

/**
 * The reader's query in this site's words: each phrase from `synonyms` found as whole words is replaced by its
 * meaning, longest phrase first ("alcohol y drogas" before "drogas"). Undefined when no phrase is found.
 */
export function rewriteWithSynonyms(query: string, synonyms: readonly Synonym[]): SynonymRewrite | undefined {
  let text = ` ${foldForMatching(query)} `;
  const meaningTerms: string[] = [];
  const phrases = synonyms
    .flatMap((entry) => entry.phrases.map((phrase) => ({ phrase: foldForMatching(phrase), meaning: entry.meaning })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  for (const { phrase, meaning } of phrases) {
    if (!phrase || !text.includes(` ${phrase} `)) continue;
    // Once is enough: "php or a day program" should not ask for the same words twice.
    const replacement = meaningTerms.includes(meaning) ? ' ' : ` ${meaning} `;
    text = text.split(` ${phrase} `).join(replacement);
    if (!meaningTerms.includes(meaning)) meaningTerms.push(meaning);
  }
  if (!meaningTerms.length) return undefined;
  return { query: text.replace(/\s+/g, ' ').trim(), meaningTerms: [...new Set(meaningTerms.flatMap((m) => foldForMatching(m).split(' ')))] };
}

/**
 * How loose a try is; lower finds better matches. The reader's words come first, then the same in the site's words
 * (synonyms), then only the meaningful words of each, then one word alone, then the start of a long word, for a
 * misspelled ending ("confidentail").
 */
export const Tier = { exact: 0, synonyms: 1, meaningful: 2, meaningfulSynonyms: 3, oneWord: 4, wordStart: 5 } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

export interface PlannedQuery {
  query: string;
  tier: Tier;
  /** The query holds only meaningful words, so where its matches fall says which section answers the reader. */
  sections: boolean;
  /** The query is in the site's words (synonyms); its matches say best which section answers the reader. */
  rewritten: boolean;
}

/** Long words are cut to this many letters for the last, loosest try; Pagefind matches the start of words. */
const PREFIX_LENGTH = 5;

/**
 * Queries to try, strictest first. Pagefind only returns pages that hold every word, so a long question needs the
 * looser tries to find anything. A query with a reader's phrase for something the site names otherwise ("narcan")
 * is also tried in the site's words ("naloxone").
 */
export function queryPlan(query: string, synonyms: readonly Synonym[] = [], language: QueryLanguage = englishQueries): PlannedQuery[] {
  const normalized = normalizeQuery(query);
  if (!normalized) return [];
  const rewrite = rewriteWithSynonyms(normalized, synonyms);
  const terms = significantTerms(normalized, language.stopWords);
  const rewrittenTerms = rewrite ? significantTerms(rewrite.query, language.stopWords) : [];
  const singles = [...new Set([...rewrittenTerms, ...terms])];
  const step = (text: string, tier: PlannedQuery['tier'], rewritten = false): PlannedQuery => ({
    query: text,
    tier,
    sections: significantTerms(text, language.stopWords).join(' ') === text,
    rewritten,
  });
  // When the reader's meaningful words are all a phrase for something the site names otherwise ("12-step", "what
  // is dbt"), the site's words are the better query: the reader's own may match only by chance ("12 weeks").
  const allRewritten =
    rewrite !== undefined && rewrittenTerms.every((term) => foldForMatching(term).split(' ').every((word) => rewrite.meaningTerms.includes(word)));
  const planned: PlannedQuery[] = [
    step(normalized, allRewritten ? Tier.synonyms : Tier.exact),
    ...(rewrite ? [step(rewrite.query, allRewritten ? Tier.exact : Tier.synonyms, true)] : []),
    step(terms.join(' '), Tier.meaningful),
    ...(rewrite ? [step(rewrittenTerms.join(' '), Tier.meaningfulSynonyms, true)] : []),
    ...(singles.length > 1 ? singles.map((term) => step(term, Tier.oneWord)) : []),
    ...singles.filter((term) => term.length > PREFIX_LENGTH + 1).map((term) => step(term.slice(0, PREFIX_LENGTH), Tier.wordStart)),
  ];
  const seen = new Set<string>();
  return planned.filter((each) => each.query && !seen.has(each.query) && Boolean(seen.add(each.query)));
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * Merges the result lists of a plan. A page found by a stricter query ranks above pages found only by looser ones;
 * among pages found by single words, those matching more of the words (higher summed score) rank first. Within a
 * tier, a page whose own search phrases hold the reader's phrase (`phraseBonus`, see `phraseMatch`) comes first.
 */
export function mergeRankings(
  results: readonly { tier: Tier; hits: readonly Scored[] }[],
  phraseBonus: ReadonlyMap<string, number> = new Map(),
): string[] {
  const rank = new Map<string, { tier: number; score: number }>();
  for (const { tier, hits } of results) {
    for (const { id, score } of hits) {
      const entry = rank.get(id);
      if (!entry || tier < entry.tier) rank.set(id, { tier, score });
      else if (tier === entry.tier && tier >= Tier.oneWord) entry.score += score;
    }
  }
  const bonus = (id: string): number => phraseBonus.get(id) ?? 0;
  return [...rank.entries()]
    .sort(([idA, a], [idB, b]) => a.tier - b.tier || bonus(idB) - bonus(idA) || b.score - a.score)
    .map(([id]) => id);
}

/**
 * How well a page's own search phrases (front matter `keywords`, which are written as readers ask) and its title
 * match the reader's words as a phrase: the number of words of the longest such phrase found whole in the query,
 * or the query found whole in one. Pagefind ranks word by word; this puts "mental health day program" on the page
 * that lists that very phrase ahead of pages that merely hold the four words somewhere.
 */
export function phraseMatch(data: PagefindResultData, query: string): number {
  const asked = foldForMatching(query);
  if (!asked) return 0;
  const keywordBlock = data.sub_results?.find((sub) => sub.anchor?.id === SEARCH_KEYWORDS_ID);
  const phrases = [...(keywordBlock?.anchor?.text ?? keywordBlock?.title ?? '').split(','), data.meta.title ?? ''].map(foldForMatching);
  let best = 0;
  for (const phrase of phrases) {
    if (!phrase) continue;
    const words = phrase.split(' ').length;
    if (` ${asked} `.includes(` ${phrase} `) && (words > 1 || asked === phrase)) best = Math.max(best, words);
    else if (` ${phrase} `.includes(` ${asked} `) && asked.includes(' ')) best = Math.max(best, asked.split(' ').length);
  }
  return best;
}

/** The words that pick a section, with how much each counts when a heading holds it. */
export function sectionTerms(query: string, synonyms: readonly Synonym[] = [], language: QueryLanguage = englishQueries): Map<string, number> {
  const weights = new Map<string, number>();
  const { stopWords, commonWords } = language;
  // The reader's own words count most; the site's word for what they asked comes next ("red flags": "Warning signs").
  for (const term of significantTerms(foldForMatching(query), foldedSet(stopWords))) weights.set(term, commonWords.has(term) ? 0.25 : 1.5);
  for (const term of rewriteWithSynonyms(query, synonyms)?.meaningTerms ?? []) {
    if (!foldedSet(stopWords).has(term) && !weights.has(term)) weights.set(term, commonWords.has(term) ? 0.25 : 1);
  }
  return weights;
}

const folded = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
/** A set of words without their accents, as the headings are compared ("qué" is "que"). */
function foldedSet(words: ReadonlySet<string>): ReadonlySet<string> {
  let set = folded.get(words);
  if (!set) folded.set(words, (set = new Set([...words].map(foldForMatching))));
  return set;
}

function headingScore(title: string, terms: ReadonlyMap<string, number>): number {
  const words = foldForMatching(title).split(' ');
  let score = 0;
  // A word counts when a heading word starts with it, as Pagefind matches ("sign" in "signs"); a short one only whole
  // ("co" of "co-occurring" is not "cost").
  const holds = (term: string) => words.some((word) => (term.length >= 4 ? word.startsWith(term) : word === term));
  for (const [term, weight] of terms) if (holds(term)) score += weight;
  return score;
}

function sectionScore(sub: PagefindSubResult, terms: ReadonlyMap<string, number>): number {
  const matches = sub.weighted_locations?.reduce((sum, hit) => sum + hit.balanced_score, 0) ?? sub.locations?.length ?? 0;
  // A section whose heading names what the reader typed is the one they want, however often other sections match.
  return headingScore(sub.title, terms) * 1_000_000 + matches;
}

/** The page's own sections, without the block of search keywords (src/lib/search-keywords.ts). */
function realSections(subResults: readonly PagefindSubResult[]): PagefindSubResult[] {
  return subResults.filter((sub) => sub.anchor?.id !== SEARCH_KEYWORDS_ID);
}

function bestSection(subResults: readonly PagefindSubResult[], terms: ReadonlyMap<string, number>): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  let bestScore = -1;
  for (const sub of subResults) {
    if (!sub.anchor || !sub.url.includes('#')) continue;
    const score = sectionScore(sub, terms);
    if (score > bestScore) {
      best = sub;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Shapes one Pagefind result for display, opening it at the section that best answers `query`. The excerpt is
 * always the page's own words: a section's, or the page's opening, or its one-sentence description when the
 * reader's words matched only the page's search keywords (which are never shown).
 */
export function toResultView(
  data: PagefindResultData,
  query: string,
  synonyms: readonly Synonym[] = [],
  language: QueryLanguage = englishQueries,
): ResultView {
  const sections = realSections(data.sub_results ?? []);
  const section = bestSection(sections, sectionTerms(query, synonyms, language));
  const opening = sections.find((sub) => !sub.anchor && (sub.locations?.length ?? 1) > 0);
  const pageTitle = data.meta.title ?? data.url;
  const hasKeywords = (data.sub_results ?? []).length !== sections.length;
  const pageExcerpt = hasKeywords ? (opening?.excerpt ?? escapeHtml(data.meta.description ?? '')) : data.excerpt;
  return {
    pageTitle,
    sectionTitle: section && section.title !== pageTitle ? section.title : undefined,
    url: section?.url ?? data.url,
    pageUrl: data.url,
    excerptHtml: section?.excerpt ?? pageExcerpt,
    group: data.filters?.group?.[0],
  };
}

/** Longest query the status line repeats in full; a longer one is cut at a word and ends with "…". */
export const STATUS_QUERY_LENGTH = 60;

/** The reader's query as the status line shows it. */
export function shownQuery(query: string, max = STATUS_QUERY_LENGTH): string {
  const shown = query.trim().replace(/\s+/g, ' ');
  if (shown.length <= max) return shown;
  const cut = shown.slice(0, max);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** The status line in the box's language (`say` is its dictionary's searchBox.resultCount). */
export function resultCountMessage(count: number, query: string, say: (count: number, shown: string) => string = englishResultCount): string {
  const shown = shownQuery(query);
  if (!shown) return '';
  return say(count, shown);
}

/** Index of the result to focus after an arrow key; -1 means back to the search box. */
export function moveFocus(current: number, key: string, count: number): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return current - 1 < 0 ? -1 : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return current;
  }
}
