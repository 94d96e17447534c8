// Totals the Vitest and Playwright JSON reports into the one line CI reads: "N passed, N failed[, N skipped]".
import { existsSync, readFileSync } from 'node:fs';

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestTotals(path: string): Totals {
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightTotals(path: string): Totals {
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  };
  const { expected, unexpected, flaky, skipped } = report.stats;
  // An error outside any test (a server that never started) counts as a failure, not as silence.
  return { passed: expected, failed: unexpected + flaky + (report.errors?.length ?? 0), skipped };
}

const reports: [string, (path: string) => Totals][] = [
  ['reports/vitest.json', vitestTotals],
  ['reports/playwright.json', playwrightTotals],
];

const total: Totals = { passed: 0, failed: 0, skipped: 0 };
for (const [path, read] of reports) {
  if (!existsSync(path)) {
    console.error(`${path} is missing: that suite did not run.`);
    total.failed += 1;
    continue;
  }
  const totals = read(path);
  total.passed += totals.passed;
  total.failed += totals.failed;
  total.skipped += totals.skipped;
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = total.failed > 0 || total.passed === 0 ? 1 : 0;
