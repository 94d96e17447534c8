import { formatHourBand, formatMoneyRange, formatRange } from '../lib/format.ts';
import { iopDailyCostAlt, iopWholeProgramCost } from './costs.ts';
import { helpLine, helplineTty } from './crisis.ts';
import { levelById } from './levels.ts';
import { iopSchedule, residentialStayDays, tricareIop } from './schedule.ts';

const iop = levelById('iop');
const php = levelById('php');
const outpatient = levelById('outpatient');
const residential = levelById('residential');

function costOf(level: typeof iop): string {
  if (!level.cost) throw new Error(`Level "${level.id}" has no cost range`);
  return formatMoneyRange(level.cost.low, level.cost.high, level.cost.unit);
}

function hoursOf(level: typeof iop, who: 'adult' | 'adolescent'): string {
  if (!level.hours) throw new Error(`Level "${level.id}" has no weekly hours`);
  return formatHourBand(level.hours[who]);
}

/**
 * Every number writers may put in prose, as the words pages print. MDX uses <Fact name="..."/>, so a changed
 * figure in src/data changes every page at once.
 */
export const facts = {
  iopHoursAdult: hoursOf(iop, 'adult'),
  iopHoursAdolescent: hoursOf(iop, 'adolescent'),
  iopMinimumHoursAdult: `at least ${iop.hours!.adult.min} hours a week`,
  outpatientHoursAdult: hoursOf(outpatient, 'adult'),
  phpHours: hoursOf(php, 'adult'),
  stepDownHours: `fewer than ${iopSchedule.stepDown.adultBelow} hours a week (${iopSchedule.stepDown.adolescentBelow} for teens) for ${formatRange(iopSchedule.stepDown.weeks.min, iopSchedule.stepDown.weeks.max, 'weeks')}`,
  iopDaysPerWeek: `${formatRange(iopSchedule.daysPerWeek.min, iopSchedule.daysPerWeek.max, 'days')} a week`,
  iopSessionLength: `about ${iopSchedule.sessionHours} hours`,
  iopProgramLength: `${formatRange(iopSchedule.programWeeks.min, iopSchedule.programWeeks.max, 'weeks')} or longer`,
  iopLengthCommon: `about ${iopSchedule.commonLengthDays} days`,
  residentialLength: formatRange(residentialStayDays.min, residentialStayDays.max, 'days'),
  tricareHours: `${tricareIop.weeklyHours.min} to ${tricareIop.weeklyHours.max} or more hours a week, with at least ${tricareIop.minHoursPerTreatmentDay} hours on each treatment day`,
  costIopSession: costOf(iop),
  costIopDay: formatMoneyRange(iopDailyCostAlt.low, iopDailyCostAlt.high, iopDailyCostAlt.unit),
  costPhpDay: costOf(php),
  costResidentialDay: costOf(residential),
  costIopProgram: formatMoneyRange(iopWholeProgramCost.low, iopWholeProgramCost.high),
  medicareIopStart: 'January 1, 2024',
  acaSince: '2014',
  parityYear: '2008',
  helpline: helpLine('helpline').display,
  helplineTty,
  crisisLine: helpLine('crisis').display,
  emergency: helpLine('emergency').display,
  helplineText: `text your ZIP code to ${helpLine('helpline').textNumber!.display}`,
  /** The year a naloxone nasal spray went on sale without a prescription (FDA, March 2023; FACTS.md, "Withdrawal, opioids and overdose"). */
  naloxoneOtcSince: '2023',
  /** How long alcohol or sedative withdrawal can keep getting worse (ASAM Clinical Practice Guideline on Alcohol Withdrawal Management, 2020). */
  withdrawalWorsensOver: '1 to 3 days',
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
