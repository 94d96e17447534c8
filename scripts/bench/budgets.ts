// The limits the benchmark holds the site to, and what each measurement found against them. The limits live here,
// not beside each measurement, so one file shows every promise the site makes about its weight and speed.

export const BUDGET = {
  // The frame is what every page carries besides its article; the whole page may grow with the writing, up to a cap.
  frameGzip: 3_500,
  htmlGzip: 12_000,
  // One stylesheet for every page, cached after the first. Raised from 10 kB on 2026-12-03 for the reader-experience
  // work (type scale, phone tables, handouts, print and the self-check's second voice), still well under Starlight's 16.75 kB.
  cssGzip: 11_000,
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

export interface Budget {
  name: string;
  ok: boolean;
  detail: string;
}

/** Collects each report's verdicts in the order they were measured, so the summary lists them that way. */
export class Budgets {
  readonly #budgets: Budget[] = [];

  add(name: string, ok: boolean, detail: string): void {
    this.#budgets.push({ name, ok, detail });
  }

  /** Prints one line per budget; the caller words the summary, as only it knows which steps were skipped. */
  print(): { missed: Budget[]; total: number } {
    for (const budget of this.#budgets) console.log(`${budget.ok ? '✓' : '✗'} ${budget.name}: ${budget.detail}`);
    return { missed: this.#budgets.filter((budget) => !budget.ok), total: this.#budgets.length };
  }
}
