/** Turns numeric facts into the plain words pages print, so every page words a number the same way. */

export interface Band {
  min: number;
  max: number | null;
  maxExclusive?: boolean;
}

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export function formatDollars(amount: number): string {
  if (!Number.isFinite(amount)) throw new Error(`Cannot format ${amount} as dollars`);
  return dollars.format(Math.round(amount));
}

const dollarsAndCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * A price as it was typed: "$1,250" when it is whole dollars, "$199.50" when it is not. Rounding a price to whole
 * dollars would make "36 × $200 = $7,182" out of $199.50 a session.
 */
export function formatPrice(amount: number): string {
  if (!Number.isFinite(amount)) throw new Error(`Cannot format ${amount} as a price`);
  const cents = Math.round(amount * 100);
  return cents % 100 === 0 ? dollars.format(cents / 100) : dollarsAndCents.format(cents / 100);
}

export function formatPriceRange(low: number, high: number): string {
  if (low > high) throw new Error(`Price range is upside down: ${low} > ${high}`);
  return low === high ? formatPrice(low) : `${formatPrice(low)} to ${formatPrice(high)}`;
}

/** "US treatment providers" stays "US" inside a sentence, where toLowerCase() would make it "us". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function formatMoneyRange(low: number, high: number, per?: string): string {
  if (low > high) throw new Error(`Money range is upside down: ${low} > ${high}`);
  const range = low === high ? formatDollars(low) : `${formatDollars(low)} to ${formatDollars(high)}`;
  return per ? `${range} a ${per}` : range;
}

export function formatRange(min: number, max: number, unit: string): string {
  if (min > max) throw new Error(`Range is upside down: ${min} > ${max}`);
  return min === max ? `${min} ${unit}` : `${min} to ${max} ${unit}`;
}

/** "9 to 19 hours a week", "20 or more hours a week", "fewer than 9 hours a week". */
export function formatHourBand(band: Band, per = 'a week'): string {
  if (band.max === null) return `${band.min} or more hours ${per}`;
  if (band.maxExclusive) return `fewer than ${band.max} hours ${per}`;
  return `${formatRange(band.min, band.max, 'hours')} ${per}`;
}

/** Minutes between two "HH:MM" times on the same day. */
export function minutesBetween(start: string, end: string): number {
  const toMinutes = (time: string): number => {
    const match = /^(\d{2}):(\d{2})$/.exec(time);
    if (!match) throw new Error(`Expected a time as HH:MM, got "${time}"`);
    return Number(match[1]) * 60 + Number(match[2]);
  };
  const minutes = toMinutes(end) - toMinutes(start);
  if (minutes <= 0) throw new Error(`Session ends (${end}) before it starts (${start})`);
  return minutes;
}

/** "9:00 am", "6:30 pm": the way US readers read a timetable. */
export function formatClock(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  const suffix = hours! >= 12 ? 'pm' : 'am';
  const twelveHour = hours! % 12 === 0 ? 12 : hours! % 12;
  return `${twelveHour}:${String(minutes).padStart(2, '0')} ${suffix}`;
}

const longDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "25 November 2026" style is ambiguous for US readers; print "November 25, 2026". */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** YYYY-MM-DD for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
