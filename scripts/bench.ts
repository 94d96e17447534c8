// `npm run bench`: the performance benchmark. Builds the site into a scratch folder, then measures page weight,
// Lighthouse scores, search cost and speed, and how build time grows with the number of topics, and weighs the topic
// pages against the same pages built with Starlight, Astro's docs theme. Exits non-zero when a budget is missed.
// `--bytes-only` keeps to the deterministic byte budgets (for CI); `--skip-scaling` skips the 10× and 100× builds;
// `--skip-starlight` skips the comparison (it installs Starlight from the npm registry).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { runCleanups } from './bench/cleanup.ts';
import { heading, kB, median, ms, percentile, seconds, table } from './bench/format.ts';
import { compareTopicWeights, type WeightComparison } from './bench/compare.ts';
import { runLighthouse, type LighthousePage, type LighthouseResult } from './bench/lighthouse.ts';
import { buildMultiple, countHtml, type ScalingRow } from './bench/scaling.ts';
import { measureSearch, type SearchResult } from './bench/search.ts';
import { runBuild, startPreview, type BuildResult } from './bench/site.ts';
import { buildStarlightSite, STARLIGHT_VERSION, writeStarlightSite } from './bench/starlight.ts';
import { listPages, measureSite, routeSlug, type PageWeight } from './bench/weight.ts';

const BUDGET = {
  // The frame is what every page carries besides its article; the whole page may grow with the writing, up to a cap.
  frameGzip: 3_500,
  htmlGzip: 12_000,
  cssGzip: 10_000,
  topicJsGzip: 5_000,
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  cls: 0,
  firstSearchBytes: 150_000,
  warmSearchMs: 100,
  scalingRatio: 1.5,
} as const;
const LIGHTHOUSE_RUNS = 3;
const SCALING_TIMEOUT_MS = 6 * 60_000;
const STARLIGHT_TIMEOUT_MS = 5 * 60_000;
const TOPICS_DIR = 'content/topics';

const OPTIONS = ['--bytes-only', '--skip-scaling', '--skip-starlight'];
const USAGE = `usage: npm run bench [-- ${OPTIONS.join(' | ')}]`;
const args = process.argv.slice(2);
for (const arg of args) {
  if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  if (!OPTIONS.includes(arg)) {
    console.error(`Unknown option ${arg}\n${USAGE}`);
    process.exit(2);
  }
}
const bytesOnly = args.includes('--bytes-only');
const skipScaling = bytesOnly || args.includes('--skip-scaling');
const skipStarlight = bytesOnly || args.includes('--skip-starlight');

interface Budget {
  name: string;
  ok: boolean;
  detail: string;
}
const budgets: Budget[] = [];
const addBudget = (name: string, ok: boolean, detail: string): void => void budgets.push({ name, ok, detail });

const progress = (message: string): void => console.error(`… ${message}`);
// Timings on a shared machine are only as good as its load; each timed section says what the load was.
const load = (): string => `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs`;

// The scratch folder sits in the project's git-ignored tmp/, not the system's: with an out dir outside the project,
// Astro puts its prerender bundle in the shared ./.astro/.prerender/, where a build running at the same time (a test,
// another engineer) deletes it mid-build. Inside the project, each build keeps it in its own out dir.
// Everything started or created here is stopped and removed on the way out, also on Ctrl+C.
const tmpRoot = resolve('tmp');
const createdTmpRoot = !existsSync(tmpRoot);
mkdirSync(tmpRoot, { recursive: true });
const scratch = mkdtempSync(join(tmpRoot, 'bench-'));
const cleanup = async (): Promise<void> => {
  // Builds, the preview server and browsers first, then their files.
  await runCleanups();
  rmSync(scratch, { recursive: true, force: true });
  if (createdTmpRoot) {
    try {
      rmdirSync(tmpRoot);
    } catch {
      // something else now lives in tmp/: leave it
    }
  }
};
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping builds, server and browsers, and removing ${scratch}`);
    void cleanup().finally(() => process.exit(130));
  });
}

const topicSlugs = new Set(
  readdirSync(TOPICS_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, '')),
);

let exitCode = 0;
try {
  // 1. One build of the real site, timed.
  const site = { outDir: join(scratch, 'dist'), cacheDir: join(scratch, 'cache') };
  progress(`building the site into ${site.outDir}`);
  const loadBeforeBuild = load();
  const build = await runBuild(site);
  if (!build.ok) throw new Error(`The build failed:\n${build.output}`);
  const builtPages = countHtml(site.outDir);

  console.log(heading('Build'));
  console.log(
    table(
      ['build', 'HTML files', 'time s', 'ms/page'],
      [['real site (astro build + pagefind, cold cache)', builtPages, seconds(build.ms), ms(build.ms / builtPages)]],
    ),
  );
  console.log(`Machine: ${loadBeforeBuild} before the build, ${load()} after.`);

  // 2. Page weight.
  const weights = measureSite(site.outDir, topicSlugs);
  printWeights(weights);
  checkByteBudgets(weights);

  if (!bytesOnly) {
    const largestTopic = weights.filter((page) => page.isTopic).sort((a, b) => b.html.raw - a.html.raw)[0];
    if (!largestTopic) throw new Error('No topic pages found in the build.');

    // 3. The same topic pages in Starlight, built now so Lighthouse can score both in the same runs.
    const starlight = skipStarlight ? undefined : await buildStarlight(site.outDir, weights);

    progress('starting astro preview');
    const preview = await startPreview(site);
    const starlightPreview = starlight?.ok
      ? await startPreview({ outDir: starlight.outDir, cacheDir: join(scratch, 'starlight-preview-cache') })
      : undefined;

    // 4. Lighthouse.
    const routes = ['/', largestTopic.route, '/search/', '/self-check/'];
    const pages: LighthousePage[] = routes.map((route) => ({ name: route, url: `${preview.origin}${route}` }));
    const starlightPage: LighthousePage | undefined = starlightPreview && {
      name: `Starlight ${largestTopic.route}`,
      url: `${starlightPreview.origin}${largestTopic.route}`,
    };
    if (starlightPage) pages.push(starlightPage);
    progress(`Lighthouse, ${LIGHTHOUSE_RUNS} runs each on ${pages.map((page) => page.name).join(', ')}`);
    const loadBeforeLighthouse = load();
    const lighthouse = await runLighthouse(pages, LIGHTHOUSE_RUNS, progress);
    const ourLighthouse = lighthouse.slice(0, routes.length);
    printLighthouse(ourLighthouse, largestTopic.route);
    console.log(`Machine: ${loadBeforeLighthouse} before, ${load()} after.`);
    if (starlight) {
      const theirLighthouse = starlightPage && lighthouse.find((result) => result.name === starlightPage.name);
      const ourTopic = ourLighthouse.find((result) => result.name === largestTopic.route)!;
      printStarlight(starlight, { build: build.ms, pages: builtPages }, ourTopic, theirLighthouse);
    }
    await starlightPreview?.stop();

    // 5. Search.
    progress(`search on ${largestTopic.route}`);
    const loadBeforeSearch = load();
    const search = await measureSearch(preview.origin, largestTopic.route);
    printSearch(search);
    console.log(`Machine: ${loadBeforeSearch} before, ${load()} after.`);

    await preview.stop();
  }

  // 6. Build scaling.
  if (!skipScaling) printScaling(await measureScaling(build.ms, builtPages));

  // Budgets.
  console.log(heading('Budgets'));
  for (const budget of budgets) console.log(`${budget.ok ? '✓' : '✗'} ${budget.name}: ${budget.detail}`);
  const missed = budgets.filter((budget) => !budget.ok);
  const skipped = bytesOnly ? ' (--bytes-only: byte budgets only)' : skipScaling ? ' (--skip-scaling: no scaling budget)' : '';
  console.log(
    missed.length
      ? `\n${missed.length} of ${budgets.length} budgets missed${skipped}: ${missed.map((budget) => budget.name).join('; ')}`
      : `\nAll ${budgets.length} budgets met${skipped}.`,
  );
  if (missed.length) exitCode = 1;
} catch (error) {
  // After Ctrl+C the stopped build or browser throws here; the signal handler has already said what happened.
  if (!interrupted) console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);

function printWeights(weights: readonly PageWeight[]): void {
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

function checkByteBudgets(weights: readonly PageWeight[]): void {
  const worst = (pick: (page: PageWeight) => number, pages: readonly PageWeight[]): PageWeight =>
    [...pages].sort((a, b) => pick(b) - pick(a))[0]!;
  const over = (pick: (page: PageWeight) => number, limit: number, pages: readonly PageWeight[]): string[] =>
    pages.filter((page) => pick(page) > limit).map((page) => `${page.route} ${kB(pick(page))} kB (+${kB(pick(page) - limit)})`);

  const frameWorst = worst((page) => page.frame.gzip, weights);
  const frameOver = over((page) => page.frame.gzip, BUDGET.frameGzip, weights);
  addBudget(
    `Frame (HTML outside <main>) ≤ ${kB(BUDGET.frameGzip)} kB gzip on every page`,
    frameOver.length === 0,
    frameOver.length ? `over on ${frameOver.length} of ${weights.length} pages: ${frameOver.join(', ')}` : `largest ${frameWorst.route} ${kB(frameWorst.frame.gzip)} kB`,
  );

  const htmlWorst = worst((page) => page.html.gzip, weights);
  const htmlOver = over((page) => page.html.gzip, BUDGET.htmlGzip, weights);
  addBudget(
    `HTML ≤ ${kB(BUDGET.htmlGzip)} kB gzip on every page`,
    htmlOver.length === 0,
    htmlOver.length ? `over on ${htmlOver.length} of ${weights.length} pages: ${htmlOver.join(', ')}` : `largest ${htmlWorst.route} ${kB(htmlWorst.html.gzip)} kB`,
  );

  const cssWorst = worst((page) => page.css.gzip, weights);
  const cssOver = over((page) => page.css.gzip, BUDGET.cssGzip, weights);
  addBudget(
    `CSS ≤ ${kB(BUDGET.cssGzip)} kB gzip on every page`,
    cssOver.length === 0,
    cssOver.length ? `over on ${cssOver.length} pages: ${cssOver.join(', ')}` : `largest ${cssWorst.route} ${kB(cssWorst.css.gzip)} kB`,
  );

  const topics = weights.filter((page) => page.isTopic);
  const jsWorst = worst((page) => page.js.gzip, topics);
  const jsOver = over((page) => page.js.gzip, BUDGET.topicJsGzip, topics);
  addBudget(
    `JS run on load ≤ ${kB(BUDGET.topicJsGzip)} kB gzip on topic pages`,
    jsOver.length === 0,
    jsOver.length ? `over on ${jsOver.length} topic pages: ${jsOver.join(', ')}` : `largest ${jsWorst.route} ${kB(jsWorst.js.gzip)} kB`,
  );
}

function printLighthouse(results: readonly LighthouseResult[], largestTopic: string): void {
  console.log(heading(`Lighthouse (default mobile settings, simulated throttling; median of ${LIGHTHOUSE_RUNS} runs)`));
  console.log(
    table(
      ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'perf per run'],
      results.map((result) => [
        result.name === largestTopic ? `${result.name} (largest topic)` : result.name,
        result.median.scores.performance,
        result.median.scores.accessibility,
        result.median.scores['best-practices'],
        result.median.scores.seo,
        ms(result.median.lcp),
        ms(result.median.tbt),
        result.median.cls.toFixed(3),
        result.runs.map((run) => run.scores.performance).join(' '),
      ]),
    ),
  );
  for (const result of results) printLighthouseNotes(result);

  const check = (name: string, pick: (result: LighthouseResult) => number, ok: (value: number) => boolean, show: (value: number) => string): void => {
    const failed = results.filter((result) => result.runs.length === 0 || !ok(pick(result)));
    const values = results.map((result) => `${result.name} ${show(pick(result))}`).join(', ');
    addBudget(name, failed.length === 0, failed.length ? `missed on ${failed.map((r) => `${r.name} ${show(pick(r))}`).join(', ')}` : values);
  };
  const score = (value: number): string => String(value);
  check(`Lighthouse performance ≥ ${BUDGET.performance}`, (r) => r.median.scores.performance, (v) => v >= BUDGET.performance, score);
  check(`Lighthouse accessibility = ${BUDGET.accessibility}`, (r) => r.median.scores.accessibility, (v) => v >= BUDGET.accessibility, score);
  check(`Lighthouse best practices = ${BUDGET.bestPractices}`, (r) => r.median.scores['best-practices'], (v) => v >= BUDGET.bestPractices, score);
  check(`Lighthouse SEO = ${BUDGET.seo}`, (r) => r.median.scores.seo, (v) => v >= BUDGET.seo, score);
  check(`Lighthouse CLS = ${BUDGET.cls}`, (r) => r.median.cls, (v) => v <= BUDGET.cls, (v) => v.toFixed(3));
}

function printLighthouseNotes(result: LighthouseResult): void {
  for (const error of result.errors) console.log(`${result.name}: ${error}`);
  for (const item of result.failing) console.log(`${result.name}: ${item}`);
}

type StarlightOutcome =
  | { ok: true; outDir: string; install: BuildResult; build: BuildResult; pages: number; comparison: WeightComparison }
  | { ok: false; reason: string; output?: string };

async function buildStarlight(ourOutDir: string, weights: readonly PageWeight[]): Promise<StarlightOutcome> {
  const dir = join(scratch, 'starlight');
  const topics = listPages(ourOutDir).filter((page) => topicSlugs.has(routeSlug(page.route)));
  progress(`Starlight ${STARLIGHT_VERSION}: ${topics.length} topic pages, npm install and astro build in ${dir}`);
  try {
    writeStarlightSite(dir, ourOutDir, topics);
  } catch (error) {
    return { ok: false, reason: `could not write the Starlight pages: ${error instanceof Error ? error.message : String(error)}` };
  }
  const site = await buildStarlightSite(dir, STARLIGHT_TIMEOUT_MS);
  if (!site.build?.ok) {
    const [step, run] = site.build ? ['astro build', site.build] : ['npm install', site.install];
    const why = run.timedOut ? `took longer than ${STARLIGHT_TIMEOUT_MS / 60_000} min` : 'failed';
    return { ok: false, reason: `${step} ${why}`, output: run.output.slice(-2000) };
  }
  return {
    ok: true,
    outDir: site.outDir,
    install: site.install,
    build: site.build,
    pages: countHtml(site.outDir),
    comparison: compareTopicWeights(weights, measureSite(site.outDir, topicSlugs)),
  };
}

function printStarlight(
  outcome: StarlightOutcome,
  ourBuild: { build: number; pages: number },
  ourTopic: LighthouseResult,
  theirTopic: LighthouseResult | undefined,
): void {
  const lighter = `Every topic page lighter than the same page in Starlight ${STARLIGHT_VERSION}`;
  const faster = 'Largest topic at least as fast as in Starlight (median LCP and TBT)';
  console.log(heading(`Against Starlight ${STARLIGHT_VERSION} (Astro's docs theme, defaults) with the same topic pages`));
  if (!outcome.ok) {
    console.log(`Not measured: ${outcome.reason}${outcome.output ? `:\n${outcome.output}` : ''}`);
    const why = `not measured (${outcome.reason}); --skip-starlight leaves the comparison out`;
    addBudget(lighter, false, why);
    addBudget(faster, false, why);
    return;
  }
  const { comparison } = outcome;
  const pair = (ours: number, theirs: number): string => `${kB(ours)} / ${kB(theirs)}`;
  console.log(
    table(
      ['page', 'HTML gz', 'CSS gz', 'JS gz', 'total gz', 'ours ÷ theirs'],
      comparison.pages.map(({ route, ours, theirs, ratio }) => [
        route,
        pair(ours.html.gzip, theirs.html.gzip),
        pair(ours.css.gzip, theirs.css.gzip),
        pair(ours.js.gzip, theirs.js.gzip),
        pair(ours.total, theirs.total),
        `${ratio.toFixed(2)}×`,
      ]),
    ),
  );
  console.log(
    'kB, ours / Starlight\'s, as in the page weight table. Starlight\'s pages carry the same text, tables and figures;\n' +
      'its inline scripts are part of its HTML. Ours also carry the crisis line and share bar, which Starlight\'s lack.',
  );
  if (comparison.missing.length) console.log(`Not built by Starlight: ${comparison.missing.join(', ')}`);

  const lighthouseRows = [ourTopic, theirTopic].filter((result): result is LighthouseResult => Boolean(result));
  console.log(
    `\n${table(
      ['largest topic, Lighthouse median', 'perf', 'LCP ms', 'TBT ms', 'CLS', 'perf per run'],
      lighthouseRows.map((result) => [
        result.name,
        result.median.scores.performance,
        ms(result.median.lcp),
        ms(result.median.tbt),
        result.median.cls.toFixed(3),
        result.runs.map((run) => run.scores.performance).join(' '),
      ]),
    )}`,
  );
  if (theirTopic) printLighthouseNotes(theirTopic);
  console.log(
    `Build: ours ${ms(ourBuild.build / ourBuild.pages)} ms/page (${ourBuild.pages} HTML files), Starlight ` +
      `${ms(outcome.build.ms / outcome.pages)} ms/page (${outcome.pages} HTML files, its Pagefind index included; ` +
      `npm install ${seconds(outcome.install.ms)} s, not counted).`,
  );

  const closest = comparison.worst;
  addBudget(
    lighter,
    comparison.missing.length === 0 && comparison.pages.length > 0 && comparison.pages.every((page) => page.ratio < 1),
    comparison.missing.length
      ? `Starlight did not build ${comparison.missing.join(', ')}`
      : `median ${comparison.medianRatio.toFixed(2)}× of Starlight's first-visit bytes` +
          (closest ? `; closest ${closest.route} ${closest.ratio.toFixed(2)}×` : ''),
  );
  const ours = ourTopic.median;
  const theirs = theirTopic?.runs.length ? theirTopic.median : undefined;
  addBudget(
    faster,
    Boolean(theirs) && ourTopic.runs.length > 0 && ours.lcp <= theirs!.lcp && ours.tbt <= theirs!.tbt,
    theirs
      ? `LCP ${ms(ours.lcp)} vs ${ms(theirs.lcp)} ms, TBT ${ms(ours.tbt)} vs ${ms(theirs.tbt)} ms`
      : 'Lighthouse gave no result for the Starlight page',
  );
}

function printSearch(search: SearchResult): void {
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

  addBudget(
    `First search fetches ≤ ${kB(BUDGET.firstSearchBytes)} kB`,
    search.fetchedBytes <= BUDGET.firstSearchBytes,
    `${kB(search.fetchedBytes)} kB in ${search.requests.length} requests` +
      (search.fetchedBytes > BUDGET.firstSearchBytes ? `, over by ${kB(search.fetchedBytes - BUDGET.firstSearchBytes)} kB` : ''),
  );
  addBudget(
    `Warm search median ≤ ${BUDGET.warmSearchMs} ms`,
    warmMedian <= BUDGET.warmSearchMs,
    `${warmMedian.toFixed(1)} ms over ${times.length} queries` +
      (warmMedian > BUDGET.warmSearchMs ? `, over by ${(warmMedian - BUDGET.warmSearchMs).toFixed(1)} ms` : ''),
  );
}

interface Scaling {
  rows: ScalingRow[];
  notes: string[];
}

async function measureScaling(realBuildMs: number, realPages: number): Promise<Scaling> {
  const notes: string[] = [`real site build above: ${ms(realBuildMs / realPages)} ms/page (not used for the ratio)`];
  const rows: ScalingRow[] = [];
  const run = async (multiple: number): Promise<ScalingRow> => {
    progress(`scaling: building ${multiple}× topics (limit ${SCALING_TIMEOUT_MS / 60_000} min)`);
    const before = load();
    const row = await buildMultiple(TOPICS_DIR, scratch, multiple, SCALING_TIMEOUT_MS);
    notes.push(`${multiple}×: ${before} before, ${load()} after.`);
    if (!row.build.ok && !row.build.timedOut) throw new Error(`The ${multiple}× build failed:\n${row.build.output.slice(-4000)}`);
    return row;
  };
  for (const multiple of [1, 10]) {
    const row = await run(multiple);
    if (!row.build.ok) throw new Error(`The ${multiple}× build took longer than ${SCALING_TIMEOUT_MS / 60_000} min.`);
    rows.push(row);
  }
  const hundred = await run(100);
  if (hundred.build.ok) {
    rows.push(hundred);
  } else {
    notes.push(`100× (${hundred.topics} topics) did not finish within ${SCALING_TIMEOUT_MS / 60_000} min on this machine; stopped it.`);
    // Estimate how build time grows from 10× to the 100× lower bound, then try the largest multiple likely to fit.
    const ten = rows[1]!;
    const growth = Math.log(SCALING_TIMEOUT_MS / ten.build.ms) / Math.log(10);
    for (const multiple of [70, 50, 30, 20]) {
      const predicted = ten.build.ms * (multiple / 10) ** growth;
      if (predicted > 0.9 * SCALING_TIMEOUT_MS) continue;
      const row = await run(multiple);
      if (row.build.ok) {
        rows.push(row);
        notes.push(`Using ${multiple}×, the largest multiple that built within the limit, in place of 100×.`);
        break;
      }
      notes.push(`${multiple}× did not finish within the limit either.`);
    }
  }
  return { rows, notes };
}

function printScaling({ rows, notes }: Scaling): void {
  console.log(heading('Build scaling (npm run build: astro build + pagefind, cold cache, topics copied via TOPICS_DIR)'));
  const base = rows[0]!;
  console.log(
    table(
      ['topics', 'multiple', 'HTML files', 'build s', 'ms/page', 'per page vs 1×', 'ms per added page'],
      rows.map((row, index) => {
        const previous = rows[index - 1];
        const marginal = previous ? (row.build.ms - previous.build.ms) / (row.pages - previous.pages) : Number.NaN;
        return [
          row.topics,
          `${row.multiple}×`,
          row.pages,
          seconds(row.build.ms),
          ms(row.msPerPage),
          `${(row.msPerPage / base.msPerPage).toFixed(2)}×`,
          previous ? ms(marginal) : '',
        ];
      }),
    ),
  );
  console.log(
    'ms/page = whole build time / HTML files, so the fixed start-up cost weighs most at 1×. ms per added page = the\n' +
      'extra time per extra page since the row above: it stays flat if the build is linear and grows if it is not.',
  );
  for (const note of notes) console.log(note);
  const largest = rows[rows.length - 1]!;
  const ratio = largest.msPerPage / base.msPerPage;
  addBudget(
    `Build cost per page at ${largest.multiple === 100 ? '100×' : `${largest.multiple}× (100× did not fit in ${SCALING_TIMEOUT_MS / 60_000} min)`} ≤ ${BUDGET.scalingRatio}× the cost at 1×`,
    largest.multiple > 1 && ratio <= BUDGET.scalingRatio,
    `${ms(largest.msPerPage)} ms/page vs ${ms(base.msPerPage)} ms/page = ${ratio.toFixed(2)}×` +
      (ratio > BUDGET.scalingRatio ? `, over by ${(ratio - BUDGET.scalingRatio).toFixed(2)}×` : ''),
  );
}
