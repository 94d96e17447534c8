import { iopSchedule, residentialStayDays } from '../data/schedule.ts';
import { defaultForm, estimateCost, pricedLevels, type CostEstimate, type PricedLevel } from './cost-estimate.ts';

export interface WorkedExample {
  label: string;
  level: PricedLevel;
  perWeek: number;
  weeks: number;
  estimate: CostEstimate;
}

/**
 * The estimator's worked examples: typical programs priced with the published ranges and the estimator's own
 * arithmetic, so the page is useful without JavaScript and can never disagree with the form or with src/data.
 */
export function workedExamples(priced: readonly PricedLevel[] = pricedLevels()): WorkedExample[] {
  const level = (id: PricedLevel['id']): PricedLevel => {
    const found = priced.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`Worked examples need a cost range for "${id}"`);
    return found;
  };
  const { daysPerWeek, programWeeks, sessionHours } = iopSchedule;
  const residentialWeeks = Math.max(1, Math.round(residentialStayDays.min / 7));
  const plans = [
    { label: 'A shorter IOP', level: level('iop'), perWeek: daysPerWeek.min, weeks: programWeeks.min },
    { label: 'A longer IOP', level: level('iop'), perWeek: daysPerWeek.min, weeks: programWeeks.max },
    { label: 'A longer IOP, more days', level: level('iop'), perWeek: daysPerWeek.max, weeks: programWeeks.max },
    { label: 'A short residential stay', level: level('residential'), perWeek: 7, weeks: residentialWeeks },
  ];
  return plans.map((plan) => {
    const result = estimateCost(defaultForm(plan.level, { perWeek: plan.perWeek, hoursEach: sessionHours, weeks: plan.weeks }), priced);
    if (!result.ok) throw new Error(`Worked example "${plan.label}" is invalid: ${JSON.stringify(result.errors)}`);
    return { ...plan, estimate: result.estimate };
  });
}
