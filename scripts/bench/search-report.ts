// The search table and its budgets: bytes of the first (cold) query, then the time of warm ones.
import { BUDGET, type Budgets } from './budgets.ts';
import { heading, kB, load, median, ms, percentile, table } from './format.ts';
import type { SearchResult } from './search.ts';

export function printSearch(search: SearchResult, loadBefore: string, budgets: Budgets): void {
  console.log(heading(`Search (headless Chromium, header dialog on ${search.route})`));
  const byPath = [...search.requests].sort((a, b) => b.bytes - a.bytes);
  console.log(`First query "${search.firstQuery}": ${search.firstResults} results in ${ms(search.firstQueryMs)} ms (cold: loads Pagefind).`);
  console.log(
    table(
      ['fetched for the first query', 'kB', 'encoding'],
      [
        ...byPath.map((request) => [request.path, kB(request.bytes), request.encoding || 'as stored']),
        [`total (${search.requests.length} requests)`, kB(search.fetchedBytes), ''],
      ],
    ),
  );
  console.log(
    'kB = response headers + body as received from astro preview, which gzips text like a static host; Pagefind\'s\n' +
      `wasm, index and fragment files are stored gzipped. The browser sent ${kB(search.sentBytes)} kB of request headers on top.`,
  );

  const times = search.warm.map((query) => query.ms);
  console.log(`\nWarm queries (keystroke to rendered results, includes the 50 ms debounce), ${times.length} different queries:`);
  console.log(
    table(
      ['query', 'results', 'ms'],
      search.warm.map((query) => [query.query, query.results, query.ms.toFixed(1)]),
    ),
  );
  const warmMedian = median(times);
  console.log(`median ${warmMedian.toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
  console.log(`Machine: ${loadBefore} before, ${load()} after.`);

  budgets.add(
    `First search fetches ≤ ${kB(BUDGET.firstSearchBytes)} kB`,
    search.fetchedBytes <= BUDGET.firstSearchBytes,
    `${kB(search.fetchedBytes)} kB in ${search.requests.length} requests` +
      (search.fetchedBytes > BUDGET.firstSearchBytes ? `, over by ${kB(search.fetchedBytes - BUDGET.firstSearchBytes)} kB` : ''),
  );
  budgets.add(
    `Warm search median ≤ ${BUDGET.warmSearchMs} ms`,
    warmMedian <= BUDGET.warmSearchMs,
    `${warmMedian.toFixed(1)} ms over ${times.length} queries` +
      (warmMedian > BUDGET.warmSearchMs ? `, over by ${(warmMedian - BUDGET.warmSearchMs).toFixed(1)} ms` : ''),
  );
}
