import { providerEstimates, type FactSource } from './sources.ts';

export interface CostRange {
  low: number;
  high: number;
  unit: 'day' | 'session';
  source: FactSource;
}

/**
 * The one set of cost figures the site shows (FACTS.md, "Costs and coverage"): providers' published estimates, never
 * prices. Every dollar amount on a page, in a chart or in the estimator comes from here or is worked out from it
 * (tests/content/cost-figures.test.ts fails on any other). Other figures seen on provider pages ($250 to $350 a day,
 * $3,000 to $10,000 a program) have no source the site can cite, so they are left out.
 */
export const costEstimates = {
  iop: { low: 200, high: 300, unit: 'session', source: providerEstimates },
  php: { low: 350, high: 450, unit: 'day', source: providerEstimates },
  /** Providers give one range for inpatient and residential stays. */
  residential: { low: 500, high: 800, unit: 'day', source: providerEstimates },
} as const satisfies Record<string, CostRange>;
