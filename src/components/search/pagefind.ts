import { mergeRankings, queryPlan, toResultView, type PagefindResultData, type ResultView } from '../../lib/search.ts';

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

/** Runs the query plan and returns the top results, shaped for display. */
export async function runSearch(base: string, query: string, filters: Record<string, string>, limit: number): Promise<ResultView[]> {
  const pagefind = await loadPagefind(base);
  const byId = new Map<string, PagefindResult>();
  const tiers: { tier: 0 | 1 | 2; hits: PagefindResult[] }[] = [];
  for (const step of queryPlan(query)) {
    // Looser single-word tries only when the reader's words found too little.
    if (step.tier === 2 && byId.size >= limit) break;
    const response = await pagefind.search(step.query, { filters });
    const hits = response?.results ?? [];
    for (const hit of hits) if (!byId.has(hit.id)) byId.set(hit.id, hit);
    tiers.push({ tier: step.tier, hits });
  }
  const ranked = mergeRankings(tiers).slice(0, limit);
  return Promise.all(ranked.map(async (id) => toResultView(await byId.get(id)!.data(), query)));
}
