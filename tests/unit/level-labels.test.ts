import { describe, expect, it } from 'vitest';
import { levelById, levels } from '../../src/data/levels.ts';
import { estimatedTextWidth } from '../../src/lib/charts.ts';
import { costRange, shortCostLabel } from '../../src/lib/level-labels.ts';

describe('short cost labels for the estimator’s level select', () => {
  it('names the level briefly with its range from src/data', () => {
    const iop = levelById('iop');
    expect(shortCostLabel(iop)).toBe(`IOP: ${costRange({ ...iop, cost: { ...iop.cost!, unit: '' } }).replace(/ a $/, '')}`);
    expect(shortCostLabel(iop)).toMatch(/^IOP: \$[\d,]+ to \$[\d,]+$/);
  });

  it('fits one line of the select on a 320 px phone even in a wide font (the e2e test measures the real one)', () => {
    for (const level of levels.filter((l) => l.cost)) expect(estimatedTextWidth(shortCostLabel(level), 16), level.id).toBeLessThanOrEqual(260);
  });

  it('throws for a level with no published range', () => {
    const unpriced = levels.find((level) => !level.cost)!;
    expect(() => shortCostLabel(unpriced)).toThrow(/no cost range/);
  });
});
