import { describe, expect, it } from 'vitest';
import { pageReviews } from '../../src/data/page-reviews.ts';
import { pageReview } from '../../src/lib/page-reviews.ts';
import { overdueWarning, reviewSchedule } from '../../src/lib/review-dates.ts';
import { topicFiles } from './helpers.ts';

describe('review dates', () => {
  it('no topic is more than 30 days past its next review (npm run review lists them all)', () => {
    const pages = topicFiles().map((topic) => {
      const reviewed = topic.front.reviewed as { next: string };
      return { file: topic.path, title: String(topic.front.title), next: new Date(`${reviewed.next}T00:00:00Z`) };
    });
    expect(pages.length).toBeGreaterThanOrEqual(18);
    expect(pages.every((page) => !Number.isNaN(page.next.getTime()))).toBe(true);
    expect(reviewSchedule(pages, new Date()).filter((page) => page.tooLate).map(overdueWarning)).toEqual([]);
  });

  it('no other page with review dates (home, tools) is more than 30 days past its next review', () => {
    const pages = (Object.keys(pageReviews) as (keyof typeof pageReviews)[]).map((name) => ({
      file: `src/data/page-reviews.ts (${pageReviews[name].path})`,
      title: pageReviews[name].title,
      next: pageReview(name).next,
    }));
    expect(reviewSchedule(pages, new Date()).filter((page) => page.tooLate).map(overdueWarning)).toEqual([]);
  });
});
