import { asamCriteria, providerEstimates, samhsaIopAdvisory, type FactSource } from './sources.ts';

/** Hours of treatment a week. `max` null means "or more"; `below` marks an upper bound that is not reached. */
export interface HourBand {
  min: number;
  max: number | null;
  /** True when the band is "fewer than `max`" rather than "`min` to `max`". */
  maxExclusive?: boolean;
}

export interface CostRange {
  low: number;
  high: number;
  unit: 'day' | 'session';
  source: FactSource;
}

export interface LevelOfCare {
  id: 'withdrawal' | 'residential' | 'php' | 'iop' | 'outpatient' | 'continuing';
  name: string;
  short: string;
  /** The ASAM Criteria (3rd edition) level numbers, as most US programs and insurers still cite them. */
  asam: string;
  /** 1 is the most intensive. */
  intensity: number;
  /** Weekly hours for adults and adolescents; null where care is round the clock or has no set hours. */
  hours: { adult: HourBand; adolescent: HourBand } | null;
  roundTheClock: boolean;
  setting: string;
  typicalLength: string;
  cost: CostRange | null;
  /** The topic page slug that explains this level best, for links from figures. */
  href: string;
  source: FactSource;
}

export const levels: readonly LevelOfCare[] = [
  {
    id: 'withdrawal',
    name: 'Medically managed withdrawal (detox)',
    short: 'Withdrawal care',
    asam: 'WM (1 to 4)',
    intensity: 1,
    hours: null,
    roundTheClock: true,
    setting: 'A hospital or a unit with medical staff day and night',
    typicalLength: 'Days, until withdrawal is safely over',
    cost: null,
    href: '/levels-of-care/',
    source: asamCriteria,
  },
  {
    id: 'residential',
    name: 'Inpatient or residential care',
    short: 'Residential',
    asam: '3.1 to 4',
    intensity: 2,
    hours: null,
    roundTheClock: true,
    setting: 'Living at the treatment center',
    typicalLength: 'Often 28 to 90 days',
    cost: { low: 500, high: 800, unit: 'day', source: providerEstimates },
    href: '/levels-of-care/',
    source: asamCriteria,
  },
  {
    id: 'php',
    name: 'Partial hospitalization program (PHP)',
    short: 'PHP',
    asam: '2.5',
    intensity: 3,
    hours: { adult: { min: 20, max: null }, adolescent: { min: 20, max: null } },
    roundTheClock: false,
    setting: 'Most of the day at a program, nights at home',
    typicalLength: 'Often a few weeks',
    cost: { low: 350, high: 450, unit: 'day', source: providerEstimates },
    href: '/levels-of-care/',
    source: asamCriteria,
  },
  {
    id: 'iop',
    name: 'Intensive outpatient program (IOP)',
    short: 'IOP',
    asam: '2.1',
    intensity: 4,
    hours: { adult: { min: 9, max: 19 }, adolescent: { min: 6, max: 19 } },
    roundTheClock: false,
    setting: 'A few hours on several days a week, living at home',
    typicalLength: 'Often 6 to 12 weeks or longer',
    cost: { low: 200, high: 300, unit: 'session', source: providerEstimates },
    href: '/what-is-an-iop/',
    source: samhsaIopAdvisory,
  },
  {
    id: 'outpatient',
    name: 'Standard outpatient care',
    short: 'Outpatient',
    asam: '1',
    intensity: 5,
    hours: { adult: { min: 0, max: 9, maxExclusive: true }, adolescent: { min: 0, max: 6, maxExclusive: true } },
    roundTheClock: false,
    setting: 'Regular visits, such as weekly therapy',
    typicalLength: 'As long as it helps',
    cost: null,
    href: '/levels-of-care/',
    source: asamCriteria,
  },
  {
    id: 'continuing',
    name: 'Continuing care (aftercare)',
    short: 'Continuing care',
    asam: 'Not a set level',
    intensity: 6,
    hours: null,
    roundTheClock: false,
    setting: 'Check-ins, mutual-support groups, recovery housing',
    typicalLength: 'Months to years',
    cost: null,
    href: '/levels-of-care/',
    source: asamCriteria,
  },
];

export function levelById(id: LevelOfCare['id']): LevelOfCare {
  const level = levels.find((candidate) => candidate.id === id);
  if (!level) throw new Error(`Unknown level of care "${id}"`);
  return level;
}
