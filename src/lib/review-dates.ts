/** When a page's review is due, and when an overdue review must stop the tests (CONTENT.md, "Review dates"). */

/** Days a review may run late before `npm test` fails: time to finish a review already under way. */
export const REVIEW_GRACE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReviewedPage {
  file: string;
  title: string;
  next: Date;
}

export interface ReviewStatus extends ReviewedPage {
  /** Days until the review is due; negative once it is overdue. */
  daysLeft: number;
  /** More than REVIEW_GRACE_DAYS overdue: the build warns and `npm test` fails. */
  tooLate: boolean;
}

/** Whole days from `today` to `next`, by calendar date in UTC (the dates in front matter have no time). */
export function daysUntil(next: Date, today: Date): number {
  const utcDay = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.round((utcDay(next) - utcDay(today)) / DAY_MS);
}

/** Every page with its review status, soonest due first. */
export function reviewSchedule(pages: readonly ReviewedPage[], today: Date): ReviewStatus[] {
  return pages
    .map((page) => {
      const daysLeft = daysUntil(page.next, today);
      return { ...page, daysLeft, tooLate: daysLeft < -REVIEW_GRACE_DAYS };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.file.localeCompare(b.file));
}

/** "due in 12 days", "due today", "overdue by 3 days". */
export function dueWords(daysLeft: number): string {
  const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;
  if (daysLeft > 0) return `due in ${days(daysLeft)}`;
  if (daysLeft === 0) return 'due today';
  return `overdue by ${days(-daysLeft)}`;
}

/** The build's warning for a page whose review is too late. */
export function overdueWarning(status: ReviewStatus): string {
  return `${status.file}: the review was due ${status.next.toISOString().slice(0, 10)} (${dueWords(status.daysLeft)}). Review the page against its sources, then update reviewed.last and reviewed.next. npm test fails until then.`;
}
