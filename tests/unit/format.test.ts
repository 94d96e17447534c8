import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatDollars, formatHourBand, formatMoneyRange, formatPrice, formatPriceRange, formatRange, lowerFirst, minutesBetween } from '../../src/lib/format.ts';

describe('format', () => {
  it('words hour bands the way pages print them', () => {
    expect(formatHourBand({ min: 9, max: 19 })).toBe('9 to 19 hours a week');
    expect(formatHourBand({ min: 20, max: null })).toBe('20 or more hours a week');
    expect(formatHourBand({ min: 0, max: 9, maxExclusive: true })).toBe('fewer than 9 hours a week');
  });

  it('formats whole dollars with separators and rounds cents away', () => {
    expect(formatDollars(3000)).toBe('$3,000');
    expect(formatDollars(199.5)).toBe('$200');
    expect(formatMoneyRange(200, 300, 'session')).toBe('$200 to $300 a session');
    expect(formatMoneyRange(250, 250)).toBe('$250');
  });

  it('shows a price to the cent unless it is whole dollars', () => {
    expect(formatPrice(199.5)).toBe('$199.50');
    expect(formatPrice(0.29)).toBe('$0.29');
    expect(formatPrice(1250)).toBe('$1,250');
    expect(formatPrice(1250.0)).toBe('$1,250');
    expect(formatPriceRange(199.5, 300)).toBe('$199.50 to $300');
    expect(formatPriceRange(42.5, 42.5)).toBe('$42.50');
    expect(() => formatPriceRange(300, 199.5)).toThrow(/upside down/);
    expect(() => formatPrice(Number.POSITIVE_INFINITY)).toThrow(/Cannot format/);
  });

  it('lowers only the first letter, so a source can start mid-sentence and keep "US"', () => {
    expect(lowerFirst('Published comparisons from US providers')).toBe('published comparisons from US providers');
    expect(lowerFirst('')).toBe('');
  });

  it('refuses upside-down ranges and non-numbers', () => {
    expect(() => formatMoneyRange(300, 200)).toThrow(/upside down/);
    expect(() => formatRange(5, 3, 'days')).toThrow(/upside down/);
    expect(() => formatDollars(Number.NaN)).toThrow(/Cannot format/);
  });

  it('measures sessions and prints US clock times', () => {
    expect(minutesBetween('09:00', '10:30')).toBe(90);
    expect(() => minutesBetween('10:00', '09:00')).toThrow(/before it starts/);
    expect(() => minutesBetween('9am', '10:00')).toThrow(/HH:MM/);
    expect(formatClock('18:45')).toBe('6:45 pm');
    expect(formatClock('00:15')).toBe('12:15 am');
    expect(formatClock('12:00')).toBe('12:00 pm');
  });

  it('prints dates in US order, independent of the time zone', () => {
    expect(formatDate(new Date('2026-11-25'))).toBe('November 25, 2026');
  });
});
