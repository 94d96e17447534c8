/** Search logic that needs no browser: query clean-up, result shaping, ranking merges and keyboard movement. */

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
const STOP_WORDS = new Set(
  'a an and are as at be can could do does for from get how i if in into is it its me my of on or should so than that the their them then there these they this to was we what when where which who why will with would you your'.split(
    ' ',
  ),
);

export function normalizeQuery(query: string): string {
  return query.replace(/[“”"?!.,;:()]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The meaningful words of a question, in order, without repeats. */
export function significantTerms(query: string): string[] {
  const words = normalizeQuery(query).split(' ').filter(Boolean);
  const kept = words.filter((word) => !STOP_WORDS.has(word));
  return [...new Set(kept.length ? kept : words)];
}

export interface PlannedQuery {
  query: string;
  /** 0: the reader's words; 1: only the meaningful words; 2: one meaningful word alone. */
  tier: 0 | 1 | 2;
}

/**
 * Queries to try, strictest first. Pagefind only returns pages that hold every word, so a long question needs the
 * looser tries to find anything.
 */
export function queryPlan(query: string): PlannedQuery[] {
  const normalized = normalizeQuery(query);
  if (!normalized) return [];
  const terms = significantTerms(normalized);
  const planned: PlannedQuery[] = [
    { query: normalized, tier: 0 },
    { query: terms.join(' '), tier: 1 },
    ...(terms.length > 1 ? terms.map((term) => ({ query: term, tier: 2 as const })) : []),
  ];
  const seen = new Set<string>();
  return planned.filter((step) => !seen.has(step.query) && Boolean(seen.add(step.query)));
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * Merges the result lists of a plan. A page found by a stricter query ranks above pages found only by looser ones;
 * among pages found by single words, those matching more of the words (higher summed score) rank first.
 */
export function mergeRankings(results: readonly { tier: PlannedQuery['tier']; hits: readonly Scored[] }[]): string[] {
  const rank = new Map<string, { tier: number; score: number }>();
  for (const { tier, hits } of results) {
    for (const { id, score } of hits) {
      const entry = rank.get(id);
      if (!entry || tier < entry.tier) rank.set(id, { tier, score });
      else if (tier === entry.tier && tier === 2) entry.score += score;
    }
  }
  return [...rank.entries()].sort(([, a], [, b]) => a.tier - b.tier || b.score - a.score).map(([id]) => id);
}

function sectionScore(sub: PagefindSubResult, terms: readonly string[]): number {
  const matches = sub.weighted_locations?.reduce((sum, hit) => sum + hit.balanced_score, 0) ?? sub.locations?.length ?? 0;
  const title = sub.title.toLowerCase();
  // A section whose heading names what the reader typed is the one they want, however often other sections match.
  const headingBonus = terms.some((term) => title.includes(term)) ? 1_000_000 : 0;
  return matches + headingBonus;
}

function bestSection(subResults: readonly PagefindSubResult[], terms: readonly string[]): PagefindSubResult | undefined {
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

/** Shapes one Pagefind result for display, opening it at the section that best answers `query`. */
export function toResultView(data: PagefindResultData, query: string): ResultView {
  const section = bestSection(data.sub_results ?? [], significantTerms(query));
  const pageTitle = data.meta.title ?? data.url;
  return {
    pageTitle,
    sectionTitle: section && section.title !== pageTitle ? section.title : undefined,
    url: section?.url ?? data.url,
    pageUrl: data.url,
    excerptHtml: section?.excerpt ?? data.excerpt,
    group: data.filters?.group?.[0],
  };
}

export function resultCountMessage(count: number, query: string): string {
  const shown = query.trim();
  if (!shown) return '';
  if (count === 0) return `No results for “${shown}”.`;
  return `${count} result${count === 1 ? '' : 's'} for “${shown}”.`;
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
