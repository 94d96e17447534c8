// The Lighthouse table and its budgets. Scores are medians, and each run's performance score is shown beside them,
// because one run on a loaded machine can differ by several points.
import { BUDGET, type Budgets } from './budgets.ts';
import { heading, load, ms, table } from './format.ts';
import { LIGHTHOUSE_RUNS, type LighthouseResult } from './lighthouse.ts';

export function printLighthouse(results: readonly LighthouseResult[], largestTopic: string, loadBefore: string, budgets: Budgets): void {
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
  console.log(`Machine: ${loadBefore} before, ${load()} after.`);

  const check = (name: string, pick: (result: LighthouseResult) => number, ok: (value: number) => boolean, show: (value: number) => string): void => {
    // A page with no run at all fails: a missing score must never read as a met budget.
    const failed = results.filter((result) => result.runs.length === 0 || !ok(pick(result)));
    const values = results.map((result) => `${result.name} ${show(pick(result))}`).join(', ');
    budgets.add(name, failed.length === 0, failed.length ? `missed on ${failed.map((r) => `${r.name} ${show(pick(r))}`).join(', ')}` : values);
  };
  const score = (value: number): string => String(value);
  check(`Lighthouse performance ≥ ${BUDGET.performance}`, (r) => r.median.scores.performance, (v) => v >= BUDGET.performance, score);
  check(`Lighthouse accessibility = ${BUDGET.accessibility}`, (r) => r.median.scores.accessibility, (v) => v >= BUDGET.accessibility, score);
  check(`Lighthouse best practices = ${BUDGET.bestPractices}`, (r) => r.median.scores['best-practices'], (v) => v >= BUDGET.bestPractices, score);
  check(`Lighthouse SEO = ${BUDGET.seo}`, (r) => r.median.scores.seo, (v) => v >= BUDGET.seo, score);
  check(`Lighthouse CLS = ${BUDGET.cls}`, (r) => r.median.cls, (v) => v <= BUDGET.cls, (v) => v.toFixed(3));
}

/** Errors and failing audits, one line each, so a lost point has its reason next to it. */
export function printLighthouseNotes(result: LighthouseResult): void {
  for (const error of result.errors) console.log(`${result.name}: ${error}`);
  for (const item of result.failing) console.log(`${result.name}: ${item}`);
}
