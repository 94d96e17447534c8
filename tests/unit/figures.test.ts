import { describe, expect, it } from 'vitest';
import { axisMax, rangeBars, staircase } from '../../src/lib/figures.ts';

describe('figure geometry', () => {
  it('rounds an axis up to the next step', () => {
    expect(axisMax([800, 450], 200)).toBe(800);
    expect(axisMax([801], 200)).toBe(1000);
    expect(() => axisMax([], 200)).toThrow();
  });

  it('puts every range on one scale that starts at zero', () => {
    const { bars, ticks, max } = rangeBars(
      [
        { label: 'A', low: 500, high: 800 },
        { label: 'B', low: 200, high: 300 },
      ],
      { plotLeft: 10, plotWidth: 400, rowHeight: 50, top: 0, tickStep: 200 },
    );
    expect(max).toBe(800);
    expect(bars[0]).toMatchObject({ x: 260, width: 150, y: 0 });
    expect(bars[1]).toMatchObject({ x: 110, width: 50, y: 50 });
    expect(ticks.map((t) => [t.value, t.x])).toEqual([
      [0, 10],
      [200, 110],
      [400, 210],
      [600, 310],
      [800, 410],
    ]);
  });

  it('refuses an upside-down range', () => {
    expect(() =>
      rangeBars([{ label: 'bad', low: 9, high: 1 }], { plotLeft: 0, plotWidth: 100, rowHeight: 10, top: 0, tickStep: 5 }),
    ).toThrow(/upside down/);
  });

  it('narrows each step of the staircase evenly down to the minimum width', () => {
    const steps = staircase(
      [
        { label: 'a', detail: '' },
        { label: 'b', detail: '' },
        { label: 'c', detail: '' },
      ],
      { width: 300, minWidth: 100, rowHeight: 40 },
    );
    expect(steps.map((s) => [s.width, s.y])).toEqual([
      [300, 0],
      [200, 40],
      [100, 80],
    ]);
  });
});
