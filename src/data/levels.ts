import { costEstimates, type CostRange } from './costs.ts';
import { asamCriteria, samhsaIopAdvisory, type FactSource } from './sources.ts';

export type { CostRange };

/** Hours of treatment a week. `max` null means "or more"; `below` marks an upper bound that is not reached. */
export interface HourBand {
  min: number;
  max: number | null;
  /** True when the band is "fewer than `max`" rather than "`min` to `max`". */
  maxExclusive?: boolean;
}

export interface LevelOfCare {
  id: 'inpatient' | 'residential' | 'php' | 'iop' | 'outpatient' | 'continuing';
  name: string;
  short: string;
  /** The level numbers in the ASAM Criteria, 4th edition (2023), the current one. */
  asam: string;
  /** What a program or plan that still uses the 3rd edition (2013) may call it: the crosswalk readers need. */
  asamThirdEdition: string;
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
    id: 'inpatient',
    name: 'Medically managed inpatient care',
    short: 'Inpatient',
    asam: '4',
    asamThirdEdition: '4, medically managed intensive inpatient (4-WM for withdrawal)',
    intensity: 1,
    hours: null,
    roundTheClock: true,
    setting: 'A hospital, with doctors and nurses day and night',
    typicalLength: 'Days, until you are medically stable',
    cost: null,
    href: '/levels-of-care/',
    source: asamCriteria,
  },
  {
    id: 'residential',
    name: 'Residential (live-in) treatment',
    short: 'Residential',
    asam: '3.1, 3.5 or 3.7',
    asamThirdEdition: '3.1, 3.3, 3.5 or 3.7 (3.2-WM and 3.7-WM for withdrawal)',
    intensity: 2,
    hours: null,
    roundTheClock: true,
    setting: 'Living at the treatment center',
    typicalLength: 'Often 28 to 90 days',
    cost: costEstimates.residential,
    href: '/levels-of-care/',
    source: asamCriteria,
  },
  {
    id: 'php',
    name: 'High-intensity outpatient or PHP',
    short: 'PHP',
    asam: '2.5',
    asamThirdEdition: '2.5, partial hospitalization',
    intensity: 3,
    hours: { adult: { min: 20, max: null }, adolescent: { min: 20, max: null } },
    roundTheClock: false,
    setting: 'Most of the day at a program, nights at home',
    typicalLength: 'Often a few weeks',
    cost: costEstimates.php,
    href: '/levels-of-care/',
    source: asamCriteria,
  },
  {
    id: 'iop',
    name: 'Intensive outpatient program (IOP)',
    short: 'IOP',
    asam: '2.1 (2.7 with medical care)',
    asamThirdEdition: '2.1, intensive outpatient (2-WM for withdrawal)',
    intensity: 4,
    hours: { adult: { min: 9, max: 19 }, adolescent: { min: 6, max: 19 } },
    roundTheClock: false,
    setting: 'A few hours on several days a week, living at home',
    typicalLength: 'Often 6 to 12 weeks or longer',
    cost: costEstimates.iop,
    href: '/what-is-an-iop/',
    source: samhsaIopAdvisory,
  },
  {
    id: 'outpatient',
    name: 'Standard outpatient care',
    short: 'Outpatient',
    asam: '1.5 (1.7 with medical care)',
    asamThirdEdition: '1, outpatient (1-WM for withdrawal)',
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
    asam: '1.0 (long-term check-ins)',
    asamThirdEdition: 'Not a set level',
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

/**
 * Withdrawal care is not a level of its own in the 4th edition: it is built into these levels, so it can happen in a
 * hospital, a live-in program or, when it is safe, as an outpatient.
 */
export const withdrawalCareLevels = ['1.7', '2.7', '3.7', '4'] as const;

export function levelById(id: LevelOfCare['id']): LevelOfCare {
  const level = levels.find((candidate) => candidate.id === id);
  if (!level) throw new Error(`Unknown level of care "${id}"`);
  return level;
}
