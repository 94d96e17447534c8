import { levels as allLevels, type LevelOfCare } from '../data/levels.ts';
import { formatDollars, formatHourBand, formatMoneyRange, formatPrice, formatPriceRange } from './format.ts';

/**
 * The cost estimator's arithmetic. Pure: form values in, numbers and plain words out. It never throws on what a
 * reader types: every problem comes back as a message for its field, and no result is ever NaN. Totals are whole
 * dollars; prices are shown to the cent when they have cents, and the working gives the exact figure before the
 * rounded one, so it always adds up. The prices are providers' published ranges from src/data/levels.ts: estimates, not prices.
 */

/** Care that goes on day and night is paid for every day of the week. */
export const daysPerWeekRoundTheClock = 7;

export type CostField =
  | 'level'
  | 'perWeek'
  | 'hoursEach'
  | 'weeks'
  | 'priceLow'
  | 'priceHigh'
  | 'deductible'
  | 'coinsurance'
  | 'copay'
  | 'outOfPocketMax';

/** What a form gives: strings as typed (numbers are accepted too). Blank insurance fields mean "no insurance". */
export type CostForm = Partial<Record<CostField, string | number | null | undefined>>;

export type FieldErrors = Partial<Record<CostField, string>>;

/** A level of care that has a published cost range. */
export interface PricedLevel {
  id: LevelOfCare['id'];
  name: string;
  short: string;
  roundTheClock: boolean;
  hours: LevelOfCare['hours'];
  cost: { low: number; high: number; unit: 'day' | 'session' };
}

export interface Insurance {
  /** What is left of the deductible this plan year. */
  deductible: number;
  /** Percent of each bill after the deductible, or null when the plan uses a copay. */
  coinsurance: number | null;
  /** Dollars per session or day after the deductible, or null when the plan uses coinsurance. */
  copay: number | null;
  /** What is left before the plan pays everything, or null when not given. */
  outOfPocketMax: number | null;
}

export interface CostInput {
  level: PricedLevel;
  perWeek: number;
  hoursEach: number;
  weeks: number;
  priceLow: number;
  priceHigh: number;
  insurance: Insurance | null;
}

export interface MoneyRange {
  low: number;
  high: number;
}

/** What one price (the low or the high one) leaves the reader to pay, step by step, in whole dollars. */
export interface ShareBreakdown {
  price: number;
  total: number;
  deductiblePart: number;
  /** Sessions or days not fully paid from the deductible, each with a copay (0 with coinsurance). */
  copayUnits: number;
  /** The coinsurance or copays after the deductible. */
  afterDeductible: number;
  /** Before the out-of-pocket maximum. */
  beforeCap: number;
  capped: boolean;
  youPay: number;
}

export interface ComparisonRow {
  id: PricedLevel['id'];
  name: string;
  short: string;
  perWeek: number;
  unit: 'day' | 'session';
  total: MoneyRange;
  chosen: boolean;
  /** True when the row uses the reader's own prices rather than the published range. */
  ownPrices: boolean;
  /** Where the bar starts and how wide it is, as percentages of the largest high total. */
  bar: { x: number; width: number };
}

export interface CostEstimate {
  input: CostInput;
  unit: 'day' | 'session';
  /** Sessions or days in the whole program. */
  units: number;
  hoursPerWeek: number;
  total: MoneyRange;
  /** Null without insurance. */
  youPay: MoneyRange | null;
  shares: { low: ShareBreakdown; high: ShareBreakdown } | null;
  /** The working, in plain words. */
  working: string[];
  /** The weekly hours, and how they compare with the level's usual hours. */
  hoursNote: string;
  comparison: ComparisonRow[];
}

export type EstimateResult = { ok: true; estimate: CostEstimate } | { ok: false; errors: FieldErrors };

/** Every level of care with a published cost range, from most to least intensive. */
export function pricedLevels(levels: readonly LevelOfCare[] = allLevels): PricedLevel[] {
  return levels.flatMap((level) =>
    level.cost
      ? [{ id: level.id, name: level.name, short: level.short, roundTheClock: level.roundTheClock, hours: level.hours, cost: { low: level.cost.low, high: level.cost.high, unit: level.cost.unit } }]
      : [],
  );
}

/**
 * The largest amount accepted in any dollar box. Larger ones are typing mistakes. It is a whole number of dollars, so
 * an accepted amount never rounds to a dollar figure above the limit the message states.
 */
export const moneyLimit = 999_999;
const plural = (count: number, word: string): string => `${count} ${count === 1 ? word : `${word}s`}`;

type Parsed = { kind: 'blank' } | { kind: 'invalid' } | { kind: 'negative' } | { kind: 'number'; value: number };

/**
 * A number as people write it: digits with an optional decimal point, or with commas between groups of three
 * ("1,250", "12,000,000.50"). Anything else ("1,000.5,000", ",100", "12,34") is refused rather than guessed at.
 */
const amountPattern = /^(\d+|\d{1,3}(,\d{3})+)(\.\d*)?$|^\.\d+$/;

/** Reads "1,200", "$1,200", "20%" and " 3 " as numbers; anything else is invalid. */
export function parseAmount(raw: string | number | null | undefined): Parsed {
  if (raw === null || raw === undefined) return { kind: 'blank' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'invalid' };
    return raw < 0 ? { kind: 'negative' } : { kind: 'number', value: raw };
  }
  const text = raw.trim().replace(/^\$\s*/, '').replace(/\s*%$/, '');
  if (text === '') return { kind: 'blank' };
  const negative = /^[-−]\s*\$?\s*/.exec(text);
  const digits = negative ? text.slice(negative[0].length) : text;
  if (!amountPattern.test(digits)) return { kind: 'invalid' };
  const value = Number(digits.replaceAll(',', ''));
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  if (negative && value !== 0) return { kind: 'negative' };
  return { kind: 'number', value };
}

interface NumberRule {
  blank?: string;
  invalid: string;
  negative: string;
  /** Checked in order after the number is read; the first message that applies wins. */
  checks: ReadonlyArray<[test: (value: number) => boolean, message: string]>;
}

const whole = (value: number): boolean => Number.isInteger(value);
/** Dollars and cents, with room for the binary rounding of numbers such as 0.29. */
const toTheCent = (value: number): boolean => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
const priceTooMany = `Enter a price of ${formatDollars(moneyLimit)} or less.`;
const amountTooMany = `Enter an amount of ${formatDollars(moneyLimit)} or less.`;
/** What a malformed dollar amount is refused with: how to type one, with and without a comma and cents. */
const typedAs = 'as a number, such as 1,250 or 1250.50.';

/** Every message the estimator can show, by field. Tests check each one. */
export const messages = {
  level: 'Choose a level of care from the list.',
  perWeek: {
    blank: 'Enter how many sessions or days a week, from 1 to 7.',
    invalid: 'Enter sessions or days a week as a number, like 3.',
    negative: 'Sessions or days a week cannot be below 0. Enter a number from 1 to 7.',
    zero: 'Enter at least 1 session or day a week.',
    tooMany: 'A week has 7 days. Enter 7 or fewer sessions or days a week.',
    notWhole: 'Enter a whole number of sessions or days, like 3.',
  },
  hoursEach: {
    blank: 'Enter how many hours each session or day lasts.',
    invalid: 'Enter hours as a number, like 3.',
    negative: 'Hours cannot be below 0. Enter more than 0 hours.',
    zero: 'Enter more than 0 hours.',
    tooMany: 'A day has 24 hours. Enter 24 hours or fewer.',
  },
  weeks: {
    blank: 'Enter how many weeks the program lasts.',
    invalid: 'Enter weeks as a number, like 12.',
    negative: 'Weeks cannot be below 0. Enter at least 1 week.',
    zero: 'Enter at least 1 week.',
    tooMany: 'Enter 52 weeks or fewer. Most health plans start again each year, so estimate one year at a time.',
    notWhole: 'Enter a whole number of weeks, like 12.',
  },
  priceLow: {
    blank: 'Enter the lowest price for one session or day.',
    invalid: `Enter the lowest price ${typedAs}`,
    negative: 'A price cannot be below $0.',
    tooMany: priceTooMany,
  },
  priceHigh: {
    blank: 'Enter the highest price for one session or day.',
    invalid: `Enter the highest price ${typedAs}`,
    negative: 'A price cannot be below $0.',
    tooMany: priceTooMany,
    belowLow: 'The highest price must be the same as the lowest price, or more.',
  },
  deductible: {
    invalid: `Enter your deductible left ${typedAs}`,
    negative: 'Your deductible left cannot be below $0.',
    tooMany: amountTooMany,
  },
  coinsurance: {
    invalid: 'Enter your coinsurance as a percentage, such as 20 or 12.5.',
    negative: 'Coinsurance cannot be below 0%.',
    tooMany: 'Coinsurance is a percentage from 0 to 100.',
    neither: 'Enter your coinsurance or your copay. If you pay nothing after your deductible, enter 0.',
  },
  copay: {
    invalid: 'Enter your copay as a number, such as 40 or 42.50.',
    negative: 'A copay cannot be below $0.',
    tooMany: amountTooMany,
    both: 'Enter a coinsurance or a copay, not both. Plans use one or the other after the deductible.',
  },
  outOfPocketMax: {
    invalid: `Enter your out-of-pocket maximum left ${typedAs}`,
    negative: 'Your out-of-pocket maximum left cannot be below $0.',
    tooMany: amountTooMany,
    belowDeductible: 'Your out-of-pocket maximum left cannot be less than your deductible left.',
  },
} as const;

/**
 * A dollar box: at most the limit, and whole cents. A part of a cent ("200.335") is refused like any other
 * malformed amount, so the working never shows a price other than the one typed.
 */
function dollarRule(words: { blank?: string; invalid: string; negative: string; tooMany: string }): NumberRule {
  return { ...words, checks: [[(v) => v > moneyLimit, words.tooMany], [(v) => !toTheCent(v), words.invalid]] };
}

const rules: Record<Exclude<CostField, 'level'>, NumberRule> = {
  perWeek: {
    ...messages.perWeek,
    checks: [
      [(v) => v === 0, messages.perWeek.zero],
      [(v) => v > 7, messages.perWeek.tooMany],
      [(v) => !whole(v), messages.perWeek.notWhole],
    ],
  },
  hoursEach: {
    ...messages.hoursEach,
    checks: [
      [(v) => v === 0, messages.hoursEach.zero],
      [(v) => v > 24, messages.hoursEach.tooMany],
    ],
  },
  weeks: {
    ...messages.weeks,
    checks: [
      [(v) => v === 0, messages.weeks.zero],
      [(v) => v > 52, messages.weeks.tooMany],
      [(v) => !whole(v), messages.weeks.notWhole],
    ],
  },
  priceLow: dollarRule(messages.priceLow),
  priceHigh: dollarRule(messages.priceHigh),
  deductible: dollarRule(messages.deductible),
  coinsurance: { ...messages.coinsurance, checks: [[(v) => v > 100, messages.coinsurance.tooMany]] },
  copay: dollarRule(messages.copay),
  outOfPocketMax: dollarRule(messages.outOfPocketMax),
};

/** A number, null for an optional blank field, or an error message. */
function readField(field: Exclude<CostField, 'level'>, raw: CostForm[CostField]): number | null | { error: string } {
  const rule = rules[field];
  const parsed = parseAmount(raw);
  if (parsed.kind === 'blank') return rule.blank ? { error: rule.blank } : null;
  if (parsed.kind === 'invalid') return { error: rule.invalid };
  if (parsed.kind === 'negative') return { error: rule.negative };
  const failed = rule.checks.find(([test]) => test(parsed.value));
  return failed ? { error: failed[1] } : parsed.value;
}

/** Checks every field at once, so the page can show every message together. */
export function validateCostForm(form: CostForm, priced: readonly PricedLevel[] = pricedLevels()): { ok: true; input: CostInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const values: Partial<Record<Exclude<CostField, 'level'>, number | null>> = {};
  for (const field of Object.keys(rules) as Array<Exclude<CostField, 'level'>>) {
    const result = readField(field, form[field]);
    if (result !== null && typeof result === 'object') errors[field] = result.error;
    else values[field] = result;
  }

  const level = priced.find((candidate) => candidate.id === String(form.level ?? '').trim());
  if (!level) errors.level = messages.level;

  const { priceLow, priceHigh, deductible, coinsurance, copay, outOfPocketMax } = values;
  if (typeof priceLow === 'number' && typeof priceHigh === 'number' && priceHigh < priceLow) errors.priceHigh = messages.priceHigh.belowLow;

  const insuranceFields = ['deductible', 'coinsurance', 'copay', 'outOfPocketMax'] as const;
  const hasInsurance = insuranceFields.some((field) => parseAmount(form[field]).kind !== 'blank');
  if (hasInsurance) {
    if (typeof coinsurance === 'number' && typeof copay === 'number') errors.copay ??= messages.copay.both;
    if (coinsurance === null && copay === null && !errors.coinsurance && !errors.copay) errors.coinsurance = messages.coinsurance.neither;
    if (typeof outOfPocketMax === 'number' && typeof deductible === 'number' && outOfPocketMax < deductible) {
      errors.outOfPocketMax ??= messages.outOfPocketMax.belowDeductible;
    }
  }

  if (Object.keys(errors).length > 0 || !level) return { ok: false, errors };
  return {
    ok: true,
    input: {
      level,
      perWeek: values.perWeek!,
      hoursEach: values.hoursEach!,
      weeks: values.weeks!,
      priceLow: values.priceLow!,
      priceHigh: values.priceHigh!,
      insurance: hasInsurance
        ? { deductible: deductible ?? 0, coinsurance: coinsurance ?? null, copay: copay ?? null, outOfPocketMax: outOfPocketMax ?? null }
        : null,
    },
  };
}

/** A count times a price to the cent, without binary leftovers (3 × 199.99 is 599.97, not 599.9699999). */
const exactly = (count: number, price: number): number => Math.round(count * price * 100) / 100;
/** The same in whole dollars, rounded from the exact cents, so "$61.50, about $62" never turns into $61. */
const wholeDollars = (count: number, price: number): number => Math.round(exactly(count, price));

/**
 * What one price leaves the reader to pay: the deductible first, then coinsurance on the rest of the bill or a copay
 * for each session or day the deductible does not fully pay, never more than the bill, capped at the out-of-pocket
 * maximum. Each step is rounded to whole dollars before it is added, so the words add up to the total shown.
 */
export function shareOfCost(units: number, price: number, insurance: Insurance): ShareBreakdown {
  const total = wholeDollars(units, price);
  const deductiblePart = Math.min(total, Math.round(insurance.deductible));
  const rest = total - deductiblePart;
  let copayUnits = 0;
  let afterDeductible = 0;
  if (rest > 0 && insurance.coinsurance !== null) {
    afterDeductible = Math.round((rest * insurance.coinsurance) / 100);
  } else if (rest > 0 && insurance.copay !== null) {
    const fullyPaidByDeductible = price > 0 ? Math.floor(insurance.deductible / price) : units;
    copayUnits = Math.max(0, units - fullyPaidByDeductible);
    afterDeductible = Math.min(rest, Math.round(copayUnits * Math.min(insurance.copay, price)));
  }
  const beforeCap = deductiblePart + afterDeductible;
  const cap = insurance.outOfPocketMax === null ? null : Math.round(insurance.outOfPocketMax);
  const capped = cap !== null && beforeCap > cap;
  return { price, total, deductiblePart, copayUnits, afterDeductible, beforeCap, capped, youPay: capped ? cap! : beforeCap };
}

function priceWords(price: number, unit: 'day' | 'session'): string {
  return `${formatPrice(price)} a ${unit}`;
}

/** "$1,445", or "$1,478.75, about $1,479" when the whole dollars shown are rounded from the exact amount. */
function roundedWords(exact: number, rounded: number): string {
  return exact === rounded ? formatDollars(rounded) : `${formatPrice(exact)}, about ${formatDollars(rounded)}`;
}

function shareWords(share: ShareBreakdown, insurance: Insurance, unit: 'day' | 'session'): string {
  const parts: string[] = [];
  if (share.deductiblePart > 0) {
    parts.push(share.deductiblePart < Math.round(insurance.deductible) ? `${formatDollars(share.deductiblePart)} toward your deductible (the whole bill)` : `${formatDollars(share.deductiblePart)} deductible`);
  }
  const rest = share.total - share.deductiblePart;
  if (rest > 0 && insurance.coinsurance !== null) {
    parts.push(`${insurance.coinsurance}% coinsurance on the other ${formatDollars(rest)} (${formatDollars(share.afterDeductible)})`);
  } else if (rest > 0 && insurance.copay !== null) {
    const copay = Math.min(insurance.copay, share.price);
    const exact = exactly(share.copayUnits, copay);
    // When the bill left after the deductible is less than the copays, the bill is what is paid, and that is exact.
    const paid = Math.round(exact) === share.afterDeductible ? roundedWords(exact, share.afterDeductible) : formatDollars(share.afterDeductible);
    parts.push(`a ${formatPrice(copay)} copay for ${plural(share.copayUnits, unit)} (${paid})`);
  }
  if (parts.length === 0) parts.push('$0');
  const sum = parts.length > 1 ? `${parts.join(' + ')} = ${formatDollars(share.beforeCap)}` : parts[0]!;
  const capped = share.capped ? `, but your out-of-pocket maximum left is ${formatDollars(share.youPay)}, so you pay ${formatDollars(share.youPay)}` : '';
  return `At ${priceWords(share.price, unit)} (a ${formatDollars(share.total)} bill): ${sum}${capped}.`;
}

function hoursWords(level: PricedLevel, hoursPerWeek: number): string {
  const hours = `${Number(hoursPerWeek.toFixed(1))} ${hoursPerWeek === 1 ? 'hour' : 'hours'} a week`;
  if (level.roundTheClock || !level.hours) return `That is ${hours} of scheduled care. ${level.short} care goes on day and night.`;
  const band = level.hours.adult;
  const usual = `${level.short} for adults is usually ${formatHourBand(band)}.`;
  const below = band.maxExclusive ? false : hoursPerWeek < band.min;
  const above = band.max !== null && (band.maxExclusive ? hoursPerWeek >= band.max : hoursPerWeek > band.max);
  const fit = below ? ' Your schedule has fewer hours than that.' : above ? ' Your schedule has more hours than that.' : '';
  return `That is ${hours}. ${usual}${fit}`;
}

/**
 * Total for a level on the reader's schedule. The chosen level uses the reader's own numbers, so its row equals the
 * program total; another level uses its published range, and round-the-clock care is charged for every day.
 */
function comparisonFor(level: PricedLevel, input: CostInput): Omit<ComparisonRow, 'bar'> {
  const chosen = level.id === input.level.id;
  const perWeek = chosen ? input.perWeek : level.roundTheClock ? daysPerWeekRoundTheClock : input.perWeek;
  const units = perWeek * input.weeks;
  const low = chosen ? input.priceLow : level.cost.low;
  const high = chosen ? input.priceHigh : level.cost.high;
  return {
    id: level.id,
    name: level.name,
    short: level.short,
    perWeek,
    unit: level.cost.unit,
    total: { low: wholeDollars(units, low), high: wholeDollars(units, high) },
    chosen,
    ownPrices: chosen && (low !== level.cost.low || high !== level.cost.high),
  };
}

/** The narrowest bar drawn, in percent of the track: a range of one price is still seen. */
const minBarWidth = 1;

/**
 * Where a comparison bar sits, in percent of the largest high total. Any amount above $0 gets a bar at least
 * minBarWidth wide, moved left when needed so it stays inside the track (a bar starting at 100% would be cut off and
 * show nothing). Only a real $0 has no bar; the words beside it say $0.
 */
export function comparisonBar(total: MoneyRange, largest: number): ComparisonRow['bar'] {
  if (total.high <= 0) return { x: 0, width: 0 };
  const percent = (value: number): number => Math.round((value / largest) * 1000) / 10;
  const width = Math.max(minBarWidth, Math.round((percent(total.high) - percent(total.low)) * 10) / 10);
  return { x: Math.round(Math.min(percent(total.low), 100 - width) * 10) / 10, width };
}

/** The estimate for valid input. Use estimateCost for what a reader typed. */
export function estimateFromInput(input: CostInput, priced: readonly PricedLevel[] = pricedLevels()): CostEstimate {
  const { level, perWeek, weeks, priceLow, priceHigh, insurance } = input;
  const unit = level.cost.unit;
  const units = perWeek * weeks;
  const total = { low: wholeDollars(units, priceLow), high: wholeDollars(units, priceHigh) };
  const hoursPerWeek = perWeek * input.hoursEach;

  const exact = { low: exactly(units, priceLow), high: exactly(units, priceHigh) };
  const sum =
    exact.low === total.low && exact.high === total.high
      ? formatMoneyRange(total.low, total.high)
      : `${formatPriceRange(exact.low, exact.high)}, about ${formatMoneyRange(total.low, total.high)}`;
  const working = [`${plural(weeks, 'week')} × ${plural(perWeek, unit)} a week × ${formatPriceRange(priceLow, priceHigh)} = ${sum}.`];

  let shares: CostEstimate['shares'] = null;
  let youPay: MoneyRange | null = null;
  if (insurance) {
    const low = shareOfCost(units, priceLow, insurance);
    const high = shareOfCost(units, priceHigh, insurance);
    shares = { low, high };
    youPay = { low: Math.min(low.youPay, high.youPay), high: Math.max(low.youPay, high.youPay) };
    working.push(shareWords(low, insurance, unit));
    if (priceHigh !== priceLow) working.push(shareWords(high, insurance, unit));
  }

  const rows = priced.map((candidate) => comparisonFor(candidate, input));
  const largest = Math.max(1, ...rows.map((row) => row.total.high));
  const comparison = rows.map((row) => ({ ...row, bar: comparisonBar(row.total, largest) }));

  return { input, unit, units, hoursPerWeek, total, youPay, shares, working, hoursNote: hoursWords(level, hoursPerWeek), comparison };
}

/** Validates what a reader typed and, if it is all usable, estimates. Never throws for bad input. */
export function estimateCost(form: CostForm, priced: readonly PricedLevel[] = pricedLevels()): EstimateResult {
  const checked = validateCostForm(form, priced);
  return checked.ok ? { ok: true, estimate: estimateFromInput(checked.input, priced) } : { ok: false, errors: checked.errors };
}

/** The form's starting values for a level: its published range and the IOP's usual schedule. */
export function defaultForm(level: PricedLevel, schedule: { perWeek: number; hoursEach: number; weeks: number }): CostForm {
  return {
    level: level.id,
    perWeek: String(level.roundTheClock ? daysPerWeekRoundTheClock : schedule.perWeek),
    hoursEach: String(schedule.hoursEach),
    weeks: String(schedule.weeks),
    priceLow: String(level.cost.low),
    priceHigh: String(level.cost.high),
    deductible: '',
    coinsurance: '',
    copay: '',
    outOfPocketMax: '',
  };
}
