import { describe, expect, it } from 'vitest';
import { daysUntil, dueWords, overdueWarning, reviewSchedule } from '../../src/lib/review-dates.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('review dates', () => {
  it('count whole calendar days, whatever the time of day', () => {
    expect(daysUntil(day('2026-12-10'), new Date('2026-12-03T23:59:00Z'))).toBe(7);
    expect(daysUntil(day('2026-12-03'), new Date('2026-12-03T08:00:00Z'))).toBe(0);
    expect(daysUntil(day('2026-11-01'), day('2026-12-03'))).toBe(-32);
  });

  it('list pages soonest due first, and fail only past the 30-day grace', () => {
    const schedule = reviewSchedule(
      [
        { file: 'b.mdx', title: 'B', next: day('2027-06-01') },
        { file: 'a.mdx', title: 'A', next: day('2026-11-03') },
        { file: 'c.mdx', title: 'C', next: day('2026-11-02') },
      ],
      day('2026-12-03'),
    );
    expect(schedule.map((page) => [page.file, page.daysLeft, page.tooLate])).toEqual([
      ['c.mdx', -31, true],
      ['a.mdx', -30, false],
      ['b.mdx', 180, false],
    ]);
    expect(overdueWarning(schedule[0]!)).toBe('c.mdx: the review was due 2026-11-02 (overdue by 31 days). Review the page against its sources, then update reviewed.last and reviewed.next. npm test fails until then.');
  });

  it('say when a review is due in words', () => {
    expect([dueWords(1), dueWords(0), dueWords(-1), dueWords(-12)]).toEqual(['due in 1 day', 'due today', 'overdue by 1 day', 'overdue by 12 days']);
  });
});
