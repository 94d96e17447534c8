import { part2Rule as part2RuleSource, fmlaOverview, adaOudGuidance, parityRule2024, type FactSource } from './sources.ts';

/** Work and privacy rights readers ask about (FACTS.md, "Costs and coverage"). Values only; pages word them via facts.ts. */
export const fmla = {
  /** Unpaid, job-protected leave a year for a serious health condition, all at once or in pieces. */
  weeksPerYear: 12,
  source: fmlaOverview,
} as const;

export const part2 = {
  /** 42 CFR Part 2 final rule that aligned substance use treatment records with HIPAA. */
  finalRuleYear: 2024,
  /** The day programs had to follow the 2024 rule (YYYY-MM-DD). */
  complianceDate: '2026-02-16',
  source: part2RuleSource,
} as const;

export const adaOud = { guidanceYear: 2022, source: adaOudGuidance } as const;

export const parity = {
  lawYear: 2008,
  /** A 2024 rule added requirements; in 2025 the agencies said they would not enforce the new parts while they reconsider. */
  ruleYear: 2024,
  source: parityRule2024,
} as const satisfies Record<string, number | FactSource>;

/** The Labor Department's benefits advisors answer questions and complaints about job-based plans, parity included. */
export const benefitsAdvisors = { display: '1-866-444-3272', dial: '18664443272', source: parityRule2024 } as const;
