import type { SearchLanguage } from './search-language.ts';
import { mergeRankings, phraseMatch, queryPlan, Tier, toResultView, type PagefindResultData, type ResultView } from '../../lib/search.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind the first time a reader searches; nothing of it is fetched before. */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/**
 * How many of the first results are read in full to put exact phrase matches first (each read is a small file), unless
 * the language says otherwise (Spanish pages are longer, so Spanish reads fewer to keep the first search's bytes).
 */
const RERANKED = 10;

/**
 * Runs the query plan and returns the top results, shaped for display. Pagefind searches the index of the page's
 * <html lang> (it keeps one per language), so a Spanish page finds Spanish pages, stemmed as Spanish.
 */
export async function runSearch(
  base: string,
  query: string,
  filters: Record<string, string>,
  limit: number,
  language: Pick<SearchLanguage, 'synonyms' | 'queries' | 'reranked'>,
): Promise<ResultView[]> {
  const { synonyms, queries, reranked = RERANKED } = language;
  const pagefind = await loadPagefind(base);
  const byId = new Map<string, PagefindResult>();
  // The same page as found by a query of meaningful words only: its matches, free of "what" and "is", pick the section.
  const forSections = new Map<string, PagefindResult>();
  const fromSynonyms = new Set<string>();
  const tiers: { tier: Tier; hits: PagefindResult[] }[] = [];
  for (const step of queryPlan(query, synonyms, queries)) {
    // Looser single-word tries only when the reader's words found too little, and word starts only when nothing did.
    if (step.tier === Tier.oneWord && byId.size >= limit) break;
    if (step.tier === Tier.wordStart && byId.size > 0) break;
    const response = await pagefind.search(step.query, { filters });
    const hits = response?.results ?? [];
    for (const hit of hits) {
      if (!byId.has(hit.id)) byId.set(hit.id, hit);
      if (step.sections && (!forSections.has(hit.id) || (step.rewritten && !fromSynonyms.has(hit.id)))) {
        forSections.set(hit.id, hit);
        if (step.rewritten) fromSynonyms.add(hit.id);
      }
    }
    tiers.push({ tier: step.tier, hits });
  }
  const candidates = mergeRankings(tiers).slice(0, reranked);
  const data = new Map(await Promise.all(candidates.map(async (id) => [id, await (forSections.get(id) ?? byId.get(id)!).data()] as const)));
  const bonus = new Map(candidates.map((id) => [id, phraseMatch(data.get(id)!, query)]));
  const ranked = mergeRankings(tiers, bonus).filter((id) => data.has(id)).slice(0, limit);
  return ranked.map((id) => toResultView(data.get(id)!, query, synonyms, queries));
}
