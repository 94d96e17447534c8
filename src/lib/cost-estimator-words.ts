import { coverageChoice } from '../data/coverage.ts';
import { daysPerWeekRoundTheClock, type ComparisonRow, type CostEstimate, type CostField, type PricedLevel } from './cost-estimate.ts';
import { formatDollars, formatMoneyRange } from './format.ts';

/**
 * The cost estimator's decisions and sentences, shared by the markup built at build time and the element that updates
 * it in the browser, so the two can never word a result differently.
 */

/**
 * The "days or sessions a week" a newly chosen level should start with: 7 for round-the-clock care; the usual schedule
 * again when leaving round-the-clock care; otherwise whatever the reader typed stays (null: leave the box alone).
 */
export function perWeekForLevel(level: Pick<PricedLevel, 'roundTheClock'>, previous: Pick<PricedLevel, 'roundTheClock'> | undefined, usual: string): string | null {
  if (level.roundTheClock) return String(daysPerWeekRoundTheClock);
  if (previous?.roundTheClock) return usual;
  return null;
}

/** The note beside a comparison row: which level the reader chose, and whether the prices are their own. */
export function comparisonLabel(row: Pick<ComparisonRow, 'chosen' | 'ownPrices'>): string {
  if (!row.chosen) return '';
  return row.ownPrices ? ' (your choice, your prices)' : ' (your choice)';
}

/** What a screen reader hears when the reader asks for the estimate and it updates. */
export function estimateAnnouncement(estimate: Pick<CostEstimate, 'total' | 'youPay'>): string {
  const { total, youPay } = estimate;
  const pay = youPay ? ` You might pay ${formatMoneyRange(youPay.low, youPay.high)}.` : '';
  return `Estimate updated. Program total ${formatMoneyRange(total.low, total.high)}.${pay}`;
}

/** What a screen reader hears when the reader asks for the estimate but some boxes need a change first. */
export function errorsAnnouncement(count: number): string {
  if (!Number.isInteger(count) || count < 1) throw new Error(`errorsAnnouncement needs a count of 1 or more, got ${count}`);
  return `${count === 1 ? '1 box needs' : `${count} boxes need`} a change before the estimate can update.`;
}

/**
 * Everything the estimator's browser code says, in one language. The element (cost-estimator-element.ts) takes one of
 * these, so each page's script carries only its own language: English here, Spanish in cost-estimator-words-es.ts.
 * The arithmetic (src/lib/cost-estimate.ts) is the same for both; only its words change.
 */
export interface EstimatorWords {
  /** The working, one line per step. */
  working(estimate: CostEstimate): string[];
  /** The weekly hours, and how they compare with the level's usual hours. */
  hoursNote(estimate: CostEstimate): string;
  /** The line shown above a box that needs a change; `message` is the English one cost-estimate.ts gives. */
  error(field: CostField, message: string): string;
  comparisonLabel(row: Pick<ComparisonRow, 'chosen' | 'ownPrices'>): string;
  estimateAnnouncement(estimate: Pick<CostEstimate, 'total' | 'youPay'>): string;
  errorsAnnouncement(count: number): string;
  /** What a coverage choice (src/data/coverage.ts id) usually means for what the reader pays. */
  coverageMeaning(id: string): string;
  /** "$3,600 to $5,400", "$900". */
  moneyRange(low: number, high: number): string;
  /** "$10,800". */
  dollars(amount: number): string;
}

/** The English words: the arithmetic's own sentences, unchanged. */
export const estimatorWords: EstimatorWords = {
  working: (estimate) => estimate.working,
  hoursNote: (estimate) => estimate.hoursNote,
  error: (_field, message) => `Error: ${message}`,
  comparisonLabel,
  estimateAnnouncement,
  errorsAnnouncement,
  coverageMeaning: (id) => coverageChoice(id)?.meaning ?? '',
  moneyRange: (low, high) => formatMoneyRange(low, high),
  dollars: formatDollars,
};
