// `npm run bench`: the performance benchmark. Builds the site into a scratch folder, then measures page weight,
// Lighthouse scores, search cost and speed, and how build time grows with the number of topics, and weighs the topic
// pages against the same pages built with Starlight, Astro's docs theme. Exits non-zero when a budget is missed.
// `--bytes-only` keeps to the deterministic byte budgets (for CI); `--skip-scaling` skips the 10× and 100× builds;
// `--skip-starlight` skips the comparison (it installs Starlight from the npm registry).
import { join } from 'node:path';
import { Budgets } from './bench/budgets.ts';
import { heading, load, progress } from './bench/format.ts';
import { LIGHTHOUSE_RUNS, runLighthouse, type LighthousePage } from './bench/lighthouse.ts';
import { printLighthouse } from './bench/lighthouse-report.ts';
import { countHtml } from './bench/scaling.ts';
import { measureScaling, printBuild, printScaling } from './bench/scaling-report.ts';
import { parseBenchOptions } from './bench/options.ts';
import { createScratch } from './bench/scratch.ts';
import { measureSearch } from './bench/search.ts';
import { printSearch } from './bench/search-report.ts';
import { runBuild, startPreview } from './bench/site.ts';
import { buildStarlight, printStarlight } from './bench/starlight-report.ts';
import { measureSite, topicSlugsIn } from './bench/weight.ts';
import { checkByteBudgets, printWeights } from './bench/weight-report.ts';

const TOPICS_DIR = 'content/topics';
const { bytesOnly, skipScaling, skipStarlight } = parseBenchOptions(process.argv.slice(2));
const { dir: scratch, cleanup, interrupted } = createScratch();

const topicSlugs = topicSlugsIn(TOPICS_DIR);
const budgets = new Budgets();
let exitCode = 0;
try {
  // 1. One build of the real site, timed.
  const site = { outDir: join(scratch, 'dist'), cacheDir: join(scratch, 'cache') };
  progress(`building the site into ${site.outDir}`);
  const loadBeforeBuild = load();
  const build = await runBuild(site);
  if (!build.ok) throw new Error(`The build failed:\n${build.output}`);
  const builtPages = countHtml(site.outDir);
  printBuild(build, builtPages, loadBeforeBuild);

  // 2. Page weight.
  const weights = measureSite(site.outDir, topicSlugs);
  printWeights(weights);
  checkByteBudgets(weights, budgets);

  if (!bytesOnly) {
    const largestTopic = weights.filter((page) => page.isTopic).sort((a, b) => b.html.raw - a.html.raw)[0];
    if (!largestTopic) throw new Error('No topic pages found in the build.');

    // 3. The same topic pages in Starlight, built now so Lighthouse can score both in the same runs.
    const starlight = skipStarlight ? undefined : await buildStarlight(scratch, site.outDir, weights, topicSlugs);

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
    printLighthouse(ourLighthouse, largestTopic.route, loadBeforeLighthouse, budgets);
    if (starlight) {
      const theirLighthouse = starlightPage && lighthouse.find((result) => result.name === starlightPage.name);
      const ourTopic = ourLighthouse.find((result) => result.name === largestTopic.route)!;
      printStarlight(starlight, { build: build.ms, pages: builtPages }, ourTopic, theirLighthouse, budgets);
    }
    await starlightPreview?.stop();

    // 5. Search.
    progress(`search on ${largestTopic.route}`);
    const loadBeforeSearch = load();
    const search = await measureSearch(preview.origin, largestTopic.route);
    printSearch(search, loadBeforeSearch, budgets);

    await preview.stop();
  }

  // 6. Build scaling.
  if (!skipScaling) printScaling(await measureScaling(TOPICS_DIR, scratch, build.ms, builtPages), budgets);

  // Budgets.
  console.log(heading('Budgets'));
  const { missed, total } = budgets.print();
  const skipped = bytesOnly ? ' (--bytes-only: byte budgets only)' : skipScaling ? ' (--skip-scaling: no scaling budget)' : '';
  console.log(
    missed.length
      ? `\n${missed.length} of ${total} budgets missed${skipped}: ${missed.map((budget) => budget.name).join('; ')}`
      : `\nAll ${total} budgets met${skipped}.`,
  );
  if (missed.length) exitCode = 1;
} catch (error) {
  // After Ctrl+C the stopped build or browser throws here; the signal handler has already said what happened.
  if (!interrupted()) console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
