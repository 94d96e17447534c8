import type { Band } from './format.ts';

/**
 * The Spanish edition's way of saying numbers, for US Spanish (es-US): "de 9 a 19 horas a la semana", "$3,600",
 * "16 de febrero de 2026". The numbers come from the same src/data/ values as the English words.
 */

const dollars = new Intl.NumberFormat('es-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const longDate = new Intl.DateTimeFormat('es-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function formatDollarsEs(amount: number): string {
  if (!Number.isFinite(amount)) throw new Error(`Cannot format ${amount} as dollars`);
  return dollars.format(Math.round(amount));
}

/** "de 6 a 12 semanas"; one number alone when both ends agree ("3 días"). */
export function formatRangeEs(min: number, max: number, unit: string): string {
  if (min > max) throw new Error(`Range is upside down: ${min} > ${max}`);
  return min === max ? `${min} ${unit}` : `de ${min} a ${max} ${unit}`;
}

/** "de $200 a $300 por sesión"; `per` is the unit as Spanish says it after "por" ("sesión", "día"). */
export function formatMoneyRangeEs(low: number, high: number, per?: string): string {
  if (low > high) throw new Error(`Money range is upside down: ${low} > ${high}`);
  const range = low === high ? formatDollarsEs(low) : `de ${formatDollarsEs(low)} a ${formatDollarsEs(high)}`;
  return per ? `${range} por ${per}` : range;
}

/** "de 9 a 19 horas a la semana", "20 horas o más a la semana", "menos de 9 horas a la semana". */
export function formatHourBandEs(band: Band, per = 'a la semana'): string {
  if (band.max === null) return `${band.min} horas o más ${per}`;
  if (band.maxExclusive) return `menos de ${band.max} horas ${per}`;
  return `${formatRangeEs(band.min, band.max, 'horas')} ${per}`;
}

/** "16 de febrero de 2026". */
export function formatDateEs(date: Date): string {
  return longDate.format(date);
}

/** The data's cost units ("session", "day") as Spanish says them after "por". */
const costUnits: Record<string, string> = { session: 'sesión', day: 'día' };

export function costUnitEs(unit: string): string {
  const word = costUnits[unit];
  if (!word) throw new Error(`No Spanish word for the cost unit "${unit}"; add it to costUnits in src/lib/format-es.ts`);
  return word;
}
