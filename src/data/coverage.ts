import { medicaidCostSharing, medicareIop, medicareIopCosts, type FactSource } from './sources.ts';

/** The day Medicare began to cover IOP services (Consolidated Appropriations Act, 2023, section 4124). */
export const medicareIopCoverage = { start: '2024-01-01', source: medicareIop } as const;

/** Kinds of coverage a reader can pick in the cost estimator, and what each usually means for what they pay. */
export interface CoverageChoice {
  id: 'plan' | 'medicaid' | 'medicare' | 'none';
  label: string;
  /** Plain words on what the reader usually pays with this coverage, and what to fill in. */
  meaning: string;
  source?: FactSource;
}

export const coverageChoices: readonly CoverageChoice[] = [
  {
    id: 'plan',
    label: 'A job-based plan or a plan I bought',
    meaning:
      'Fill in your deductible, your coinsurance or copay, and your out-of-pocket maximum below. Your plan papers or the phone number on your card can tell you.',
  },
  {
    id: 'medicaid',
    label: 'Medicaid',
    meaning:
      'Medicaid covers IOP care in most states, and each state sets its own rules. Where it pays for your program, what you pay is usually nothing or a small copay: most Medicaid charges are kept to small amounts, and children do not pay them. Ask your Medicaid plan, and check that the program takes Medicaid. If you know your copay, fill it in below.',
    source: medicaidCostSharing,
  },
  {
    id: 'medicare',
    label: 'Medicare',
    meaning:
      'Medicare Part B covers IOP care in hospital clinics, community mental health centers and some other clinics. You pay the Part B deductible first. After that, you pay a share (coinsurance) of the Medicare-approved amount for each service and for each day of the program. Other coverage, such as a Medigap or Medicaid plan, may pay some of it. Ask the program what your share will be and fill it in below.',
    source: medicareIopCosts,
  },
  {
    id: 'none',
    label: 'No insurance',
    meaning:
      'Leave the insurance boxes blank. The estimate is then the full price. Ask programs about sliding-scale fees: they go down when your income is low. If you may qualify for Medicaid, look for programs that take it.',
  },
];

export function coverageChoice(id: string): CoverageChoice | undefined {
  return coverageChoices.find((choice) => choice.id === id);
}
