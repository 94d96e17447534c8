import { describe, expect, it } from 'vitest';
import { comparisonLabel, errorsAnnouncement, estimateAnnouncement, perWeekForLevel } from '../../src/lib/cost-estimator-words.ts';

describe('perWeekForLevel', () => {
  const dayAndNight = { roundTheClock: true };
  const someDays = { roundTheClock: false };

  it('counts every day for round-the-clock care', () => {
    expect(perWeekForLevel(dayAndNight, someDays, '3')).toBe('7');
  });

  it('goes back to the usual schedule when leaving round-the-clock care', () => {
    expect(perWeekForLevel(someDays, dayAndNight, '3')).toBe('3');
  });

  it('leaves what the reader typed alone between levels that are not round the clock', () => {
    expect(perWeekForLevel(someDays, someDays, '3')).toBeNull();
    expect(perWeekForLevel(someDays, undefined, '3')).toBeNull();
  });
});

describe('comparisonLabel', () => {
  it('marks the chosen level, and says when the prices are the reader’s own', () => {
    expect(comparisonLabel({ chosen: false, ownPrices: false })).toBe('');
    expect(comparisonLabel({ chosen: true, ownPrices: false })).toBe(' (your choice)');
    expect(comparisonLabel({ chosen: true, ownPrices: true })).toBe(' (your choice, your prices)');
  });
});

describe('announcements', () => {
  it('reads the total, and what the reader might pay when insurance is filled in', () => {
    expect(estimateAnnouncement({ total: { low: 3600, high: 5400 }, youPay: null })).toBe('Estimate updated. Program total $3,600 to $5,400.');
    expect(estimateAnnouncement({ total: { low: 3600, high: 5400 }, youPay: { low: 900, high: 900 } })).toBe(
      'Estimate updated. Program total $3,600 to $5,400. You might pay $900.',
    );
  });

  it('counts the boxes that need a change, in the singular for one', () => {
    expect(errorsAnnouncement(1)).toBe('1 box needs a change before the estimate can update.');
    expect(errorsAnnouncement(3)).toBe('3 boxes need a change before the estimate can update.');
    expect(() => errorsAnnouncement(0)).toThrow();
  });
});
