import { formatHourBand, formatMoneyRange } from './format.ts';

interface LabelledLevel {
  hours: { adult: { min: number; max: number | null; maxExclusive?: boolean }; adolescent: { min: number; max: number | null; maxExclusive?: boolean } } | null;
  roundTheClock: boolean;
  cost: { low: number; high: number; unit: string } | null;
}

/** What the diagram and tables print for a level's weekly hours. */
export function hoursLabel(level: LabelledLevel, who: 'adult' | 'adolescent' = 'adult'): string {
  if (level.roundTheClock) return '24-hour care';
  if (!level.hours) return 'No set hours';
  const text = formatHourBand(level.hours[who]);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function costLabel(level: LabelledLevel): string {
  return level.cost ? formatMoneyRange(level.cost.low, level.cost.high, level.cost.unit) : 'Varies; no range published';
}
