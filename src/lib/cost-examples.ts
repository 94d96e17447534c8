import { iopSchedule, residentialStayDays } from '../data/schedule.ts';
import { defaultForm, estimateCost, pricedLevels, type CostEstimate, type PricedLevel } from './cost-estimate.ts';

/** Names an example for the words of each language (src/lib/cost-estimator-words-page*.ts). */
export type WorkedExampleId = 'shorterIop' | 'longerIop' | 'longerIopMoreDays' | 'shortResidential';

export interface WorkedExample {
  id: WorkedExampleId;
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
  const plans: Array<Omit<WorkedExample, 'estimate'>> = [
    { id: 'shorterIop', label: 'A shorter IOP', level: level('iop'), perWeek: daysPerWeek.min, weeks: programWeeks.min },
    { id: 'longerIop', label: 'A longer IOP', level: level('iop'), perWeek: daysPerWeek.min, weeks: programWeeks.max },
    { id: 'longerIopMoreDays', label: 'A longer IOP, more days', level: level('iop'), perWeek: daysPerWeek.max, weeks: programWeeks.max },
    { id: 'shortResidential', label: 'A short residential stay', level: level('residential'), perWeek: 7, weeks: residentialWeeks },
  ];
  return plans.map((plan) => {
    const result = estimateCost(defaultForm(plan.level, { perWeek: plan.perWeek, hoursEach: sessionHours, weeks: plan.weeks }), priced);
    if (!result.ok) throw new Error(`Worked example "${plan.label}" is invalid: ${JSON.stringify(result.errors)}`);
    return { ...plan, estimate: result.estimate };
  });
}
