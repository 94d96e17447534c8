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
  const worst = (pick: (page: PageWeight) => number, pages: readonly PageWeight[]): PageWeight =>
    [...pages].sort((a, b) => pick(b) - pick(a))[0]!;
  const over = (pick: (page: PageWeight) => number, limit: number, pages: readonly PageWeight[]): string[] =>
    pages.filter((page) => pick(page) > limit).map((page) => `${page.route} ${kB(pick(page))} kB (+${kB(pick(page) - limit)})`);

  const frameWorst = worst((page) => page.frame.gzip, weights);
  const frameOver = over((page) => page.frame.gzip, BUDGET.frameGzip, weights);
  budgets.add(
    `Frame (HTML outside <main>) ≤ ${kB(BUDGET.frameGzip)} kB gzip on every page`,
    frameOver.length === 0,
    frameOver.length ? `over on ${frameOver.length} of ${weights.length} pages: ${frameOver.join(', ')}` : `largest ${frameWorst.route} ${kB(frameWorst.frame.gzip)} kB`,
  );

  const htmlWorst = worst((page) => page.html.gzip, weights);
  const htmlOver = over((page) => page.html.gzip, BUDGET.htmlGzip, weights);
  budgets.add(
    `HTML ≤ ${kB(BUDGET.htmlGzip)} kB gzip on every page`,
    htmlOver.length === 0,
    htmlOver.length ? `over on ${htmlOver.length} of ${weights.length} pages: ${htmlOver.join(', ')}` : `largest ${htmlWorst.route} ${kB(htmlWorst.html.gzip)} kB`,
  );

  const cssWorst = worst((page) => page.css.gzip, weights);
  const cssOver = over((page) => page.css.gzip, BUDGET.cssGzip, weights);
  budgets.add(
    `CSS ≤ ${kB(BUDGET.cssGzip)} kB gzip on every page`,
    cssOver.length === 0,
    cssOver.length ? `over on ${cssOver.length} pages: ${cssOver.join(', ')}` : `largest ${cssWorst.route} ${kB(cssWorst.css.gzip)} kB`,
  );

  const topics = weights.filter((page) => page.isTopic);
  const jsWorst = worst((page) => page.js.gzip, topics);
  const jsOver = over((page) => page.js.gzip, BUDGET.topicJsGzip, topics);
  budgets.add(
    `JS run on load ≤ ${kB(BUDGET.topicJsGzip)} kB gzip on topic pages`,
    jsOver.length === 0,
    jsOver.length ? `over on ${jsOver.length} topic pages: ${jsOver.join(', ')}` : `largest ${jsWorst.route} ${kB(jsWorst.js.gzip)} kB`,
  );
}
