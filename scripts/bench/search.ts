// Search in a real browser: what the first query costs to fetch, then how fast warm queries render.
import { chromium, type Request } from '@playwright/test';
import { chromiumArgs, findChromium } from '../shared/chromium.ts';
import { onCleanup } from './cleanup.ts';

/** Twenty different queries readers might type; none appears inside another's quoted status text. */
export const WARM_QUERIES = [
  'insurance',
  'group therapy',
  'medicare',
  'keep working',
  'detox',
  'family',
  'depression',
  'partial hospitalization',
  'sliding scale',
  'telehealth',
  'medication',
  'relapse',
  'teenager',
  'weekly schedule',
  'tricare',
  'aftercare',
  'counselor',
  'accredited',
  'anxiety',
  'suboxone',
] as const;

export const FIRST_QUERY = 'cost';

export interface FetchedRequest {
  path: string;
  /** Response headers + body as they came over the wire (astro preview gzips text when the browser asks). */
  bytes: number;
  /** The response's Content-Encoding, or '' when the body came as stored (Pagefind's index files are gzipped already). */
  encoding: string;
  /** Request headers + body the browser sent. */
  sentBytes: number;
}

export interface SearchResult {
  route: string;
  firstQuery: string;
  firstQueryMs: number;
  firstResults: number;
  requests: FetchedRequest[];
  fetchedBytes: number;
  sentBytes: number;
  warm: { query: string; ms: number; results: number }[];
}

export async function measureSearch(origin: string, route: string): Promise<SearchResult> {
  // bench.ts stops everything on Ctrl+C itself, in order.
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, handleSIGINT: false, handleSIGTERM: false });
  const unregister = onCleanup(() => browser.close());
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}${route}`, { waitUntil: 'networkidle' });

    // From here on, every request (the page's and the search worker's) counts toward the first query.
    let inflight = 0;
    let lastActivity = Date.now();
    const pending: Promise<FetchedRequest>[] = [];
    const onRequest = (): void => {
      inflight += 1;
      lastActivity = Date.now();
    };
    const onDone = (): void => {
      inflight = Math.max(0, inflight - 1);
      lastActivity = Date.now();
    };
    const onFinished = (request: Request): void => {
      onDone();
      pending.push(
        Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => ({
          path: new URL(request.url()).pathname,
          bytes: sizes.responseHeadersSize + sizes.responseBodySize,
          encoding: response?.headers()['content-encoding'] ?? '',
          sentBytes: sizes.requestHeadersSize + sizes.requestBodySize,
        })),
      );
    };
    context.on('request', onRequest);
    context.on('requestfinished', onFinished);
    context.on('requestfailed', onDone);

    await page.click('[data-open-search]');
    await page.waitForSelector('#dialog-search-input', { state: 'visible' });
    const first = await timeQuery(page, FIRST_QUERY);
    // Let anything the answer set off (fragments, index chunks) finish before adding up.
    while (inflight > 0 || Date.now() - lastActivity < 750) await page.waitForTimeout(100);
    context.off('request', onRequest);
    context.off('requestfinished', onFinished);
    context.off('requestfailed', onDone);
    const requests = await Promise.all(pending);

    const warm: SearchResult['warm'] = [];
    for (const query of WARM_QUERIES) {
      await page.waitForTimeout(150);
      const timed = await timeQuery(page, query);
      warm.push({ query, ms: timed.ms, results: timed.results });
    }
    await context.close();
    return {
      route,
      firstQuery: FIRST_QUERY,
      firstQueryMs: first.ms,
      firstResults: first.results,
      requests,
      fetchedBytes: requests.reduce((total, request) => total + request.bytes, 0),
      sentBytes: requests.reduce((total, request) => total + request.sentBytes, 0),
      warm,
    };
  } finally {
    unregister();
    await browser.close();
  }
}

/**
 * Times one query inside the page: set the value, dispatch `input` (as typing does), and stop the clock when the
 * status line names the query, which search-box.ts writes right after rendering the results. Includes the debounce.
 */
async function timeQuery(page: import('@playwright/test').Page, query: string): Promise<{ ms: number; results: number }> {
  const result = await page.evaluate(
    (query) =>
      new Promise<{ ms: number; results: number }>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('#dialog-search-input');
        const status = document.querySelector<HTMLElement>('#dialog-search-status');
        if (!input || !status) {
          reject(new Error('search input or status not found'));
          return;
        }
        const wanted = `“${query}”`;
        let started = 0;
        const observer = new MutationObserver(() => {
          if (!status.textContent?.includes(wanted)) return;
          const elapsed = performance.now() - started;
          observer.disconnect();
          clearTimeout(timeout);
          resolve({ ms: elapsed, results: document.querySelectorAll('#dialog-search-results a').length });
        });
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no results for "${query}" within 15 s (status: ${status.textContent})`));
        }, 15_000);
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        started = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
  return result;
}
