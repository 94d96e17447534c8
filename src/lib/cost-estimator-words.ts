import { daysPerWeekRoundTheClock, type ComparisonRow, type CostEstimate, type PricedLevel } from './cost-estimate.ts';
import { formatMoneyRange } from './format.ts';

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
