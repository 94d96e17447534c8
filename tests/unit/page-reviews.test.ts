import { describe, expect, it } from 'vitest';
import { pageReviews, type ReviewedPageName } from '../../src/data/page-reviews.ts';
import { pageReview, parseReviewDate, reviewDatePair } from '../../src/lib/page-reviews.ts';

describe('review dates of pages that are not topics', () => {
  it('the home page and the three tools each have review dates, next after last', () => {
    expect(Object.values(pageReviews).map((page) => page.path)).toEqual(['/', '/self-check/', '/cost-estimator/', '/for-referrers/']);
    for (const name of Object.keys(pageReviews) as ReviewedPageName[]) {
      const { last, next } = pageReview(name);
      expect(next.getTime(), name).toBeGreaterThan(last.getTime());
    }
  });

  it('reads a date as midnight UTC', () => {
    expect(parseReviewDate('2026-12-03', 'x').toISOString()).toBe('2026-12-03T00:00:00.000Z');
  });

  it('refuses impossible or badly written dates, naming the field', () => {
    expect(() => parseReviewDate('2026-02-30', 'home: last')).toThrow(/home: last must be a real date/);
    expect(() => parseReviewDate('3 Dec 2026', 'home: last')).toThrow(/YYYY-MM-DD/);
  });

  it('refuses a next review that is not after the last', () => {
    expect(() => reviewDatePair({ last: '2026-12-03', next: '2026-12-03' }, 'home')).toThrow(/home: the next review/);
    expect(() => reviewDatePair({ last: '2026-12-03', next: '2025-12-03' }, 'home')).toThrow(/must come after/);
  });
});
