// Realistic people (tests/fixtures/self-check-scenarios.json) run through the self-check's rules. Each scenario's
// expected result and safety boxes were written from FACTS.md ("why"), not copied from what the code gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outcomeOrder, safetyOrder, selfCheckQuestions, type Outcome, type SafetyKind } from '../../src/lib/self-check-content.ts';
import { assessAnswers, findAnswerProblems } from '../../src/lib/self-check.ts';
import { voices } from '../../src/lib/self-check-words.ts';
import { wordsFor } from '../../src/lib/self-check-voices.ts';

interface Scenario {
  name: string;
  answers: Record<string, string>;
  expectedOutcome: Outcome;
  /** The exact safety boxes, in the order the result shows them (most urgent first); [] for none. */
  expectedSafety: SafetyKind[];
  why: string;
}

const { scenarios } = JSON.parse(readFileSync('tests/fixtures/self-check-scenarios.json', 'utf8')) as { scenarios: Scenario[] };

describe('self-check scenarios', () => {
  it('has at least 30 people, each named once, with a reason in one sentence', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
    for (const s of scenarios) expect(s.why.trim(), s.name).toMatch(/^[^.]+(\.[^ .][^.]*)*\.$/);
  });

  it('reaches every result and every safety box', () => {
    expect(new Set(scenarios.map((s) => s.expectedOutcome))).toEqual(new Set(outcomeOrder));
    expect(new Set(scenarios.flatMap((s) => s.expectedSafety))).toEqual(new Set(safetyOrder));
  });

  for (const scenario of scenarios) {
    it(scenario.name, () => {
      expect(findAnswerProblems(scenario.answers), 'every question answered with a real choice').toEqual([]);
      expect(Object.keys(scenario.answers)).toHaveLength(selfCheckQuestions.length);
      // The same rules whoever answers: for yourself, or for your teen, partner or a person you care for.
      for (const voice of voices) {
        const result = assessAnswers(scenario.answers, wordsFor(voice).questions);
        expect(result.outcome, `${voice}: ${scenario.why}`).toBe(scenario.expectedOutcome);
        expect(result.safety ?? [], `${voice}: ${scenario.why}`).toEqual(scenario.expectedSafety);
      }
    });
  }
});
