// The comparison with Starlight: builds its site from ours, then prints both side by side and judges the two
// Starlight budgets. A comparison that could not run counts as missed, never as met: `--skip-starlight` is the way
// to leave it out on purpose.
import { join } from 'node:path';
import type { Budgets } from './budgets.ts';
import { compareTopicWeights, type WeightComparison } from './compare.ts';
import { heading, kB, ms, progress, seconds, table } from './format.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { printLighthouseNotes } from './lighthouse-report.ts';
import { countHtml } from './scaling.ts';
import type { BuildResult } from './site.ts';
import { buildStarlightSite, STARLIGHT_VERSION, writeStarlightSite } from './starlight.ts';
import { listPages, measureSite, routeSlug, type PageWeight } from './weight.ts';

const STARLIGHT_TIMEOUT_MS = 5 * 60_000;

export type StarlightOutcome =
  | { ok: true; outDir: string; install: BuildResult; build: BuildResult; pages: number; comparison: WeightComparison }
  | { ok: false; reason: string; output?: string };

export async function buildStarlight(
  scratch: string,
  ourOutDir: string,
  weights: readonly PageWeight[],
  topicSlugs: ReadonlySet<string>,
): Promise<StarlightOutcome> {
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

export function printStarlight(
  outcome: StarlightOutcome,
  ourBuild: { build: number; pages: number },
  ourTopic: LighthouseResult,
  theirTopic: LighthouseResult | undefined,
  budgets: Budgets,
): void {
  const lighter = `Every topic page lighter than the same page in Starlight ${STARLIGHT_VERSION}`;
  const faster = 'Largest topic at least as fast as in Starlight (median LCP and TBT)';
  console.log(heading(`Against Starlight ${STARLIGHT_VERSION} (Astro's docs theme, defaults) with the same topic pages`));
  if (!outcome.ok) {
    console.log(`Not measured: ${outcome.reason}${outcome.output ? `:\n${outcome.output}` : ''}`);
    const why = `not measured (${outcome.reason}); --skip-starlight leaves the comparison out`;
    budgets.add(lighter, false, why);
    budgets.add(faster, false, why);
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
  budgets.add(
    lighter,
    comparison.missing.length === 0 && comparison.pages.length > 0 && comparison.pages.every((page) => page.ratio < 1),
    comparison.missing.length
      ? `Starlight did not build ${comparison.missing.join(', ')}`
      : `median ${comparison.medianRatio.toFixed(2)}× of Starlight's first-visit bytes` +
          (closest ? `; closest ${closest.route} ${closest.ratio.toFixed(2)}×` : ''),
  );
  const ours = ourTopic.median;
  const theirs = theirTopic?.runs.length ? theirTopic.median : undefined;
  budgets.add(
    faster,
    Boolean(theirs) && ourTopic.runs.length > 0 && ours.lcp <= theirs!.lcp && ours.tbt <= theirs!.tbt,
    theirs
      ? `LCP ${ms(ours.lcp)} vs ${ms(theirs.lcp)} ms, TBT ${ms(ours.tbt)} vs ${ms(theirs.tbt)} ms`
      : 'Lighthouse gave no result for the Starlight page',
  );
}
