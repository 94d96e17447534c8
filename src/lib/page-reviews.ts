import { pageReviews, type ReviewedPageName } from '../data/page-reviews.ts';

export interface ReviewDatePair {
  last: Date;
  next: Date;
}

/** A YYYY-MM-DD date as midnight UTC; anything else, or a day the calendar lacks (2026-02-30), throws. */
export function parseReviewDate(text: string, what: string): Date {
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new Error(`${what} must be a real date written YYYY-MM-DD, not "${text}"`);
  }
  return date;
}

/** Review dates as Dates, checked: a page whose next review is not after its last stops the build. */
export function reviewDatePair(dates: { last: string; next: string }, what: string): ReviewDatePair {
  const last = parseReviewDate(dates.last, `${what}: last`);
  const next = parseReviewDate(dates.next, `${what}: next`);
  if (next <= last) throw new Error(`${what}: the next review (${dates.next}) must come after the last (${dates.last})`);
  return { last, next };
}

/** The review dates of a page that is not a topic (src/data/page-reviews.ts). */
export function pageReview(name: ReviewedPageName): ReviewDatePair {
  return reviewDatePair(pageReviews[name], `src/data/page-reviews.ts, ${name}`);
}
