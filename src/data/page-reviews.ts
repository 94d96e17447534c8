/**
 * When pages that are not topics were last checked as a whole, and when they are due again (YYYY-MM-DD). Topics keep
 * theirs in front matter; the About page keeps its own in site.ts. Each page shows "Last reviewed" under its title
 * from here, and tests/content/review-dates.test.ts holds them to the same overdue rule as topics.
 */
export const pageReviews = {
  home: { path: '/', title: 'Home page', last: '2026-12-03', next: '2027-12-03' },
  selfCheck: { path: '/self-check/', title: 'Self-check', last: '2026-12-03', next: '2027-12-03' },
  costEstimator: { path: '/cost-estimator/', title: 'Cost estimator', last: '2026-12-03', next: '2027-12-03' },
  forReferrers: { path: '/for-referrers/', title: 'For referrers', last: '2026-12-03', next: '2027-12-03' },
} as const;

export type ReviewedPageName = keyof typeof pageReviews;
