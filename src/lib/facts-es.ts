import { helpLine } from '../data/crisis.ts';
import { medicareIopCoverage } from '../data/coverage.ts';
import { levelById } from '../data/levels.ts';
import { fmla, part2 } from '../data/rights.ts';
import { iopSchedule, residentialStayDays, tricareIop } from '../data/schedule.ts';
import { sedativeWithdrawal } from '../data/withdrawal.ts';
import { facts, type FactName } from './facts.ts';
import { costUnitEs, formatDateEs, formatHourBandEs, formatMoneyRangeEs, formatRangeEs } from './format-es.ts';

const iop = levelById('iop');
const php = levelById('php');
const outpatient = levelById('outpatient');
const residential = levelById('residential');

function hours(level: typeof iop, who: 'adult' | 'adolescent' = 'adult'): string {
  if (!level.hours) throw new Error(`Level "${level.id}" has no weekly hours`);
  return formatHourBandEs(level.hours[who]);
}

function cost(level: typeof iop): string {
  if (!level.cost) throw new Error(`Level "${level.id}" has no cost range`);
  return formatMoneyRangeEs(level.cost.low, level.cost.high, costUnitEs(level.cost.unit));
}

/** The same sum as the English words: the published per-session range over the usual days and weeks. */
function iopProgramCost(): string {
  const range = iop.cost!;
  const { daysPerWeek, programWeeks } = iopSchedule;
  const low = range.low * daysPerWeek.min * programWeeks.min;
  const high = range.high * daysPerWeek.max * programWeeks.max;
  return `${formatMoneyRangeEs(low, high)} antes del seguro (${formatRangeEs(daysPerWeek.min, daysPerWeek.max, 'días')} a la semana durante ${programWeeks.min} a ${programWeeks.max} semanas)`;
}

/** Years and phone numbers read the same in both languages: taken from the English table, never typed again. */
const sharedNames = ['acaSince', 'parityYear', 'parityRuleYear', 'benefitsAdvisors', 'part2RuleYear', 'naloxoneOverTheCounterSince', 'helpline', 'helplineTty', 'crisisLine', 'emergency'] as const;
const sameInEveryLanguage = Object.fromEntries(sharedNames.map((name) => [name, facts[name]])) as Pick<typeof facts, (typeof sharedNames)[number]>;

const utcDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/**
 * What a <Fact name="..."/> prints on a Spanish page: the same src/data/ values as the English table in facts.ts,
 * in Spanish words. Typed against the English names, so a fact added in English and missing here fails the type check.
 */
export const factsEs: Record<FactName, string> = {
  ...sameInEveryLanguage,
  iopHoursAdult: hours(iop),
  iopHoursAdolescent: hours(iop, 'adolescent'),
  iopMinimumHoursAdult: `al menos ${iop.hours!.adult.min} horas a la semana`,
  outpatientHoursAdult: hours(outpatient),
  phpHours: hours(php),
  stepDownHours: `menos de ${iopSchedule.stepDown.adultBelow} horas a la semana (${iopSchedule.stepDown.adolescentBelow} para adolescentes) durante ${iopSchedule.stepDown.weeks.min} a ${iopSchedule.stepDown.weeks.max} semanas`,
  iopDaysPerWeek: `${formatRangeEs(iopSchedule.daysPerWeek.min, iopSchedule.daysPerWeek.max, 'días')} a la semana`,
  iopSessionLength: `unas ${iopSchedule.sessionHours} horas`,
  iopProgramLength: `${formatRangeEs(iopSchedule.programWeeks.min, iopSchedule.programWeeks.max, 'semanas')} o más`,
  iopLengthCommon: `unos ${iopSchedule.commonLengthDays} días`,
  residentialLength: formatRangeEs(residentialStayDays.min, residentialStayDays.max, 'días'),
  tricareHours: `de ${tricareIop.weeklyHours.min} a ${tricareIop.weeklyHours.max} horas o más a la semana, con al menos ${tricareIop.minHoursPerTreatmentDay} horas cada día de tratamiento`,
  costIopSession: cost(iop),
  costPhpDay: cost(php),
  costResidentialDay: cost(residential),
  costIopProgram: iopProgramCost(),
  medicareIopStart: formatDateEs(utcDay(medicareIopCoverage.start)),
  fmlaLeave: `hasta ${fmla.weeksPerYear} semanas al año de licencia sin sueldo, con su empleo protegido`,
  part2ComplianceDate: formatDateEs(utcDay(part2.complianceDate)),
  withdrawalWorsensOver: formatRangeEs(sedativeWithdrawal.worsensOverDays.min, sedativeWithdrawal.worsensOverDays.max, 'días'),
  helplineText: `enviar su código postal por mensaje de texto al ${helpLine('helpline').textNumber!.display} (solo en inglés)`,
};

/** The Spanish words for a fact; an unknown name throws, as in English. */
export function factTextEs(name: string): string {
  if (!Object.hasOwn(factsEs, name)) throw new Error(`<Fact name="${name}"/> is not a known fact. Known facts: ${Object.keys(factsEs).join(', ')}`);
  return factsEs[name as FactName];
}
