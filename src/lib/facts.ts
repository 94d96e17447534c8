import { formatDate, formatMoneyRange, formatRange } from './format.ts';
import { costRange, weeklyHours } from './level-labels.ts';
import { helpLine, helplineTty } from '../data/crisis.ts';
import { levelById } from '../data/levels.ts';
import { naloxone } from '../data/overdose.ts';
import { sedativeWithdrawal } from '../data/withdrawal.ts';
import { benefitsAdvisors, fmla, parity, part2 } from '../data/rights.ts';
import { iopSchedule, residentialStayDays, tricareIop } from '../data/schedule.ts';
import { medicareIopCoverage } from '../data/coverage.ts';

const iop = levelById('iop');
const php = levelById('php');
const outpatient = levelById('outpatient');
const residential = levelById('residential');

/**
 * A whole IOP at the published per-session range, over the usual days a week and program weeks: worked out from the
 * same data as the estimator's examples, never typed, so the two cannot disagree.
 */
function iopProgramCostWords(): string {
  const cost = iop.cost!;
  const { daysPerWeek, programWeeks } = iopSchedule;
  const low = cost.low * daysPerWeek.min * programWeeks.min;
  const high = cost.high * daysPerWeek.max * programWeeks.max;
  return `${formatMoneyRange(low, high)} before insurance (${formatRange(daysPerWeek.min, daysPerWeek.max, 'days')} a week for ${formatRange(programWeeks.min, programWeeks.max, 'weeks')})`;
}

/**
 * Every number writers may put in prose, as the words pages print. MDX uses <Fact name="..."/>, so a changed
 * figure in src/data changes every page at once.
 */
export const facts = {
  iopHoursAdult: weeklyHours(iop, 'adult'),
  iopHoursAdolescent: weeklyHours(iop, 'adolescent'),
  iopMinimumHoursAdult: `at least ${iop.hours!.adult.min} hours a week`,
  outpatientHoursAdult: weeklyHours(outpatient, 'adult'),
  phpHours: weeklyHours(php, 'adult'),
  stepDownHours: `fewer than ${iopSchedule.stepDown.adultBelow} hours a week (${iopSchedule.stepDown.adolescentBelow} for teens) for ${formatRange(iopSchedule.stepDown.weeks.min, iopSchedule.stepDown.weeks.max, 'weeks')}`,
  iopDaysPerWeek: `${formatRange(iopSchedule.daysPerWeek.min, iopSchedule.daysPerWeek.max, 'days')} a week`,
  iopSessionLength: `about ${iopSchedule.sessionHours} hours`,
  iopProgramLength: `${formatRange(iopSchedule.programWeeks.min, iopSchedule.programWeeks.max, 'weeks')} or longer`,
  iopLengthCommon: `about ${iopSchedule.commonLengthDays} days`,
  residentialLength: formatRange(residentialStayDays.min, residentialStayDays.max, 'days'),
  tricareHours: `${tricareIop.weeklyHours.min} to ${tricareIop.weeklyHours.max} or more hours a week, with at least ${tricareIop.minHoursPerTreatmentDay} hours on each treatment day`,
  costIopSession: costRange(iop),
  costPhpDay: costRange(php),
  costResidentialDay: costRange(residential),
  costIopProgram: iopProgramCostWords(),
  medicareIopStart: formatDate(new Date(`${medicareIopCoverage.start}T00:00:00Z`)),
  acaSince: '2014',
  parityYear: String(parity.lawYear),
  parityRuleYear: String(parity.ruleYear),
  benefitsAdvisors: benefitsAdvisors.display,
  fmlaLeave: `up to ${fmla.weeksPerYear} weeks of unpaid, job-protected leave a year`,
  part2RuleYear: String(part2.finalRuleYear),
  part2ComplianceDate: formatDate(new Date(`${part2.complianceDate}T00:00:00Z`)),
  withdrawalWorsensOver: formatRange(sedativeWithdrawal.worsensOverDays.min, sedativeWithdrawal.worsensOverDays.max, 'days'),
  naloxoneOverTheCounterSince: String(naloxone.overTheCounterSince),
  helpline: helpLine('helpline').display,
  helplineTty,
  crisisLine: helpLine('crisis').display,
  emergency: helpLine('emergency').display,
  helplineText: `text your ZIP code to ${helpLine('helpline').textNumber!.display} (${helpLine('helpline').textNumber!.note})`,
} as const;

export type FactName = keyof typeof facts;

export function isFactName(name: string): name is FactName {
  return Object.hasOwn(facts, name);
}

/** The words a <Fact name="..."/> prints; an unknown name throws, so a typo stops the build or the check. */
export function factText(name: string): string {
  if (!isFactName(name)) throw new Error(`<Fact name="${name}"/> is not a known fact. Known facts: ${Object.keys(facts).join(', ')}`);
  return facts[name];
}
