import { describe, expect, it } from 'vitest';
import { coverageChoice, coverageChoices } from '../../src/data/coverage.ts';
import { fleschKincaidGrade } from '../../src/lib/readability.ts';

describe('coverage choices in the cost estimator', () => {
  it('offer Medicaid and Medicare, each with what it usually means and a checked source', () => {
    for (const id of ['medicaid', 'medicare'] as const) {
      const choice = coverageChoice(id)!;
      expect(choice.label, id).toMatch(id === 'medicaid' ? /^Medicaid$/ : /^Medicare$/);
      expect(choice.source?.url, id).toMatch(/^https:\/\/www\.(medicaid|medicare)\.gov\//);
      expect(choice.source?.strength, id).toBe('checked');
    }
    expect(coverageChoice('medicare')!.meaning).toMatch(/Part B deductible/);
    expect(coverageChoice('medicaid')!.meaning).toMatch(/each state sets its own rules/);
  });

  it('are written plainly: grade 8 or lower, and never promise a price', () => {
    expect(coverageChoices.map((choice) => choice.id)).toEqual(['plan', 'medicaid', 'medicare', 'none']);
    for (const choice of coverageChoices) {
      expect(fleschKincaidGrade(choice.meaning), choice.id).toBeLessThanOrEqual(8);
      expect(choice.meaning, choice.id).not.toMatch(/\$\d/);
    }
  });
});
