// The page-weight table and the byte budgets: the part of the benchmark that gives the same answer on any machine,
// which is why `npm test` runs it (`--bytes-only`).
import { BUDGET, type Budgets } from './budgets.ts';
import { heading, kB, table } from './format.ts';
import type { PageWeight } from './weight.ts';

export function printWeights(weights: readonly PageWeight[]): void {
  console.log(heading('Page weight (bytes a first visit transfers; kB = 1,000 bytes; gzip level 6, Brotli quality 11)'));
  console.log(
    table(
      ['page', 'kind', 'HTML raw', 'HTML gz', 'HTML br', 'frame gz', 'CSS gz', 'CSS br', 'JS gz', 'JS br', 'img gz', 'total gz'],
      weights.map((page) => [
        page.route,
        page.isTopic ? 'topic' : 'page',
        kB(page.html.raw),
        kB(page.html.gzip),
        kB(page.html.brotli),
        kB(page.frame.gzip),
        kB(page.css.gzip),
        kB(page.css.brotli),
        kB(page.js.gzip),
        kB(page.js.brotli),
        kB(page.images),
        kB(page.total),
      ]),
    ),
  );
  console.log(
    'frame = the HTML with the inside of <main> removed (head, header, crisis line, navigation, footer).\n' +
      'JS = module scripts the page references plus their static imports (search and Pagefind load on demand, not counted).\n' +
      'img = images and icons referenced (favicon included); total = HTML + CSS + JS + img, gzip.',
  );

  // The shared files behind those columns, and how many pages load each.
  const assets = new Map<string, number>();
  for (const page of weights) for (const file of [...page.cssFiles, ...page.jsFiles, ...page.imageFiles]) assets.set(file, (assets.get(file) ?? 0) + 1);
  console.log('\nFiles loaded on first visit (each counted once per page that loads it):');
  console.log(table(['file', 'pages'], [...assets].sort((a, b) => a[0].localeCompare(b[0]))));
  const missing = [...new Set(weights.flatMap((page) => page.missing))];
  if (missing.length) console.log(`\nReferenced but not in the build (not counted): ${missing.join(', ')}`);
}

export function checkByteBudgets(weights: readonly PageWeight[], budgets: Budgets): void {
  /** One budget that every page in `pages` must meet: says which pages are over and by how much, or the largest. */
  const everyPage = (name: string, pick: (page: PageWeight) => number, limit: number, pages: readonly PageWeight[], overOn: string): void => {
    const over = pages.filter((page) => pick(page) > limit).map((page) => `${page.route} ${kB(pick(page))} kB (+${kB(pick(page) - limit)})`);
    const largest = [...pages].sort((a, b) => pick(b) - pick(a))[0]!;
    budgets.add(name, over.length === 0, over.length ? `over on ${over.length} ${overOn}: ${over.join(', ')}` : `largest ${largest.route} ${kB(pick(largest))} kB`);
  };
  const allPages = `of ${weights.length} pages`;
  everyPage(`Frame (HTML outside <main>) ≤ ${kB(BUDGET.frameGzip)} kB gzip on every page`, (page) => page.frame.gzip, BUDGET.frameGzip, weights, allPages);
  everyPage(`HTML ≤ ${kB(BUDGET.htmlGzip)} kB gzip on every page`, (page) => page.html.gzip, BUDGET.htmlGzip, weights, allPages);
  everyPage(`CSS ≤ ${kB(BUDGET.cssGzip)} kB gzip on every page`, (page) => page.css.gzip, BUDGET.cssGzip, weights, 'pages');
  const topics = weights.filter((page) => page.isTopic);
  everyPage(`JS run on load ≤ ${kB(BUDGET.topicJsGzip)} kB gzip on topic pages`, (page) => page.js.gzip, BUDGET.topicJsGzip, topics, 'topic pages');
}
