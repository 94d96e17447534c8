import { asamAlcoholWithdrawal, type FactSource } from './sources.ts';

/**
 * Withdrawal from alcohol, benzodiazepines and other sedatives (FACTS.md, "Withdrawal, opioids and overdose"):
 * symptoms can start within hours and get worse over these days, so even mild early symptoms need a doctor's plan.
 */
export const sedativeWithdrawal = {
  worsensOverDays: { min: 1, max: 3 },
  source: asamAlcoholWithdrawal,
} as const satisfies { worsensOverDays: { min: number; max: number }; source: FactSource };
