import { fdaOtcNaloxone, type FactSource } from './sources.ts';

/** Overdose facts (FACTS.md, "Withdrawal, opioids and overdose"). Values only; pages word them via facts.ts. */
export const naloxone = {
  /** The year the FDA approved a naloxone nasal spray for sale without a prescription. */
  overTheCounterSince: 2023,
  source: fdaOtcNaloxone,
} as const satisfies Record<string, number | FactSource>;

/** The signs of an opioid overdose, in plain words, in the order a bystander notices them. */
export const overdoseSigns: readonly string[] = [
  'Very small pupils (the black center of the eye)',
  'Will not wake up or respond to your voice or touch',
  'Slow, weak or no breathing; choking or snoring sounds',
  'Blue, gray or pale lips or fingernails',
];
