import { formatHourBand, formatMoneyRange } from './format.ts';

interface LabelledLevel {
  id?: string;
  hours: { adult: { min: number; max: number | null; maxExclusive?: boolean }; adolescent: { min: number; max: number | null; maxExclusive?: boolean } } | null;
  roundTheClock: boolean;
  cost: { low: number; high: number; unit: string } | null;
}

/** A level's weekly hours as prose says them ("9 to 19 hours a week"); throws for a level with no set hours. */
export function weeklyHours(level: LabelledLevel, who: 'adult' | 'adolescent' = 'adult'): string {
  if (!level.hours) throw new Error(`Level "${level.id ?? '?'}" has no weekly hours`);
  return formatHourBand(level.hours[who]);
}

/** A level's published cost range as prose says it ("$200 to $300 a session"); throws for a level with none. */
export function costRange(level: LabelledLevel): string {
  if (!level.cost) throw new Error(`Level "${level.id ?? '?'}" has no cost range`);
  return formatMoneyRange(level.cost.low, level.cost.high, level.cost.unit);
}

/** What the diagram and tables print for a level's weekly hours. */
export function hoursLabel(level: LabelledLevel, who: 'adult' | 'adolescent' = 'adult'): string {
  if (level.roundTheClock) return '24-hour care';
  if (!level.hours) return 'No set hours';
  const text = weeklyHours(level, who);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A level's name and price range short enough for one line of a select box on a 320 px phone ("IOP: $200 to $300");
 * the unit (a session or a day) is in the price fields' labels beside it.
 */
export function shortCostLabel(level: LabelledLevel & { short: string }): string {
  if (!level.cost) throw new Error(`Level "${level.id ?? '?'}" has no cost range`);
  return `${level.short}: ${formatMoneyRange(level.cost.low, level.cost.high)}`;
}

export function costLabel(level: LabelledLevel): string {
  return level.cost ? costRange(level) : 'Varies; no range published';
}
