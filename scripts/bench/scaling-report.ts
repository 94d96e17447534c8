// Build time: the real site's build, then the same site with its topics copied 10× and 100×, to catch a build whose
// cost per page grows with the number of pages (a writer adding topics should not make every build slower per page).
import { BUDGET, type Budgets } from './budgets.ts';
import { heading, load, ms, progress, seconds, table } from './format.ts';
import { buildMultiple, type ScalingRow } from './scaling.ts';
import type { BuildResult } from './site.ts';

// A build past this is stopped and a smaller multiple tried, so the bench ends on a slow machine too.
const SCALING_TIMEOUT_MS = 6 * 60_000;

export function printBuild(build: BuildResult, pages: number, loadBefore: string): void {
  console.log(heading('Build'));
  console.log(
    table(
      ['build', 'HTML files', 'time s', 'ms/page'],
      [['real site (astro build + pagefind, cold cache)', pages, seconds(build.ms), ms(build.ms / pages)]],
    ),
  );
  console.log(`Machine: ${loadBefore} before the build, ${load()} after.`);
}

export interface Scaling {
  rows: ScalingRow[];
  notes: string[];
}

export async function measureScaling(topicsDir: string, scratch: string, realBuildMs: number, realPages: number): Promise<Scaling> {
  const notes: string[] = [`real site build above: ${ms(realBuildMs / realPages)} ms/page (not used for the ratio)`];
  const rows: ScalingRow[] = [];
  const run = async (multiple: number): Promise<ScalingRow> => {
    progress(`scaling: building ${multiple}× topics (limit ${SCALING_TIMEOUT_MS / 60_000} min)`);
    const before = load();
    const row = await buildMultiple(topicsDir, scratch, multiple, SCALING_TIMEOUT_MS);
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

export function printScaling({ rows, notes }: Scaling, budgets: Budgets): void {
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
  budgets.add(
    `Build cost per page at ${largest.multiple === 100 ? '100×' : `${largest.multiple}× (100× did not fit in ${SCALING_TIMEOUT_MS / 60_000} min)`} ≤ ${BUDGET.scalingRatio}× the cost at 1×`,
    largest.multiple > 1 && ratio <= BUDGET.scalingRatio,
    `${ms(largest.msPerPage)} ms/page vs ${ms(base.msPerPage)} ms/page = ${ratio.toFixed(2)}×` +
      (ratio > BUDGET.scalingRatio ? `, over by ${(ratio - BUDGET.scalingRatio).toFixed(2)}×` : ''),
  );
}
