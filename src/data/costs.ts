import { providerEstimates } from './sources.ts';

/** Cost figures that do not belong to one level's daily or per-session range. Estimates, never prices. */
export const iopDailyCostAlt = { low: 250, high: 350, unit: 'day', source: providerEstimates } as const;
export const iopWholeProgramCost = { low: 3000, high: 10000, source: providerEstimates } as const;
