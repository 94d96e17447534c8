import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { levels } from '../../src/data/levels.ts';
import { sampleWeek } from '../../src/data/schedule.ts';
import { providerEstimates } from '../../src/data/sources.ts';
import { formatDollars, formatHourBand } from '../../src/lib/format.ts';
import { builtChart, builtPage, text } from './dist.ts';

// Expected values are computed from src/data here, independently of the components that print them.
const expectedHours = (level: (typeof levels)[number], who: 'adult' | 'adolescent'): string =>
  level.roundTheClock ? '24-hour care' : level.hours ? formatHourBand(level.hours[who]).replace(/^./, (c) => c.toUpperCase()) : 'No set hours';

/**
 * The levels a chart marks: the groups whose shape is drawn unlike all the others (a different bar fill or step
 * outline), which must also carry the ▶ mark, so the highlight never rests on colour alone.
 */
function marked(groups: HTMLElement[], paint: 'fill' | 'stroke'): string[] {
  // With two groups, each would be "unlike the other"; the charts have at least three.
  expect(groups.length).toBeGreaterThan(2);
  const paintOf = (group: HTMLElement): string => group.querySelector('rect')?.getAttribute(paint) ?? '';
  const count = (value: string): number => groups.filter((group) => paintOf(group) === value).length;
  const odd = groups.filter((group) => count(paintOf(group)) === 1);
  for (const group of groups) expect(text(group.querySelector('text')).startsWith('▶'), group.getAttribute('data-level')!).toBe(odd.includes(group));
  return odd.map((group) => group.getAttribute('data-level')!);
}

describe('figures on built pages equal src/data', () => {
  const levelsPage = builtPage('levels-of-care');
  const costsPage = builtPage('costs');
  const schedulesPage = builtPage('schedules');

  it('the levels diagram shows every level, in order, with its adult hours, and highlights the IOP', () => {
    const { img, svg } = builtChart(levelsPage, 'levels');
    const steps = svg.querySelectorAll('g[data-level]');
    expect(steps.map((step) => step.getAttribute('data-level'))).toEqual(levels.map((level) => level.name));
    steps.forEach((step, index) => expect(text(step.querySelector('[data-hours]'))).toBe(expectedHours(levels[index]!, 'adult')));
    expect(marked(steps, 'stroke')).toEqual(['Intensive outpatient program (IOP)']);
    expect(svg.querySelector('svg')?.getAttribute('role')).toBe('img');
    expect(text(svg.querySelector('desc'))).toContain(`${levels[3]!.name}: ${expectedHours(levels[3]!, 'adult')}`);
    expect(img.getAttribute('alt')).toMatch(/levels of care/);
  });

  it('the levels table beside it holds the same facts, for adults and teens', () => {
    const rows = levelsPage.querySelectorAll('[data-table="levels"] tbody tr');
    expect(rows).toHaveLength(levels.length);
    rows.forEach((row, index) => {
      const level = levels[index]!;
      const cells = row.querySelectorAll('td').map(text);
      expect(text(row.querySelector('th'))).toBe(level.name);
      expect(cells.slice(0, 3)).toEqual([level.asam, expectedHours(level, 'adult'), expectedHours(level, 'adolescent')]);
    });
  });

  it('the cost chart and table show every priced level with its low and high estimate', () => {
    const priced = levels.filter((level) => level.cost);
    const { img, svg } = builtChart(costsPage, 'costs');
    const bars = svg.querySelectorAll('g[data-level]');
    expect(bars.map((bar) => bar.getAttribute('data-level'))).toEqual(priced.map((level) => level.name));
    expect(marked(bars, 'fill')).toEqual(['Intensive outpatient program (IOP)']);
    expect(img.getAttribute('alt')).toMatch(/cost ranges/);
    bars.forEach((bar, index) => {
      const cost = priced[index]!.cost!;
      expect(text(bar.querySelector('[data-cost]'))).toBe(`${formatDollars(cost.low)} to ${formatDollars(cost.high)} a ${cost.unit}`);
    });
    const rows = costsPage.querySelectorAll('[data-table="costs"] tbody tr');
    expect(rows).toHaveLength(priced.length);
    rows.forEach((row, index) => {
      const cost = priced[index]!.cost!;
      expect(row.querySelectorAll('td').map(text)).toEqual([formatDollars(cost.low), formatDollars(cost.high), cost.unit]);
    });
    const note = text(costsPage.querySelector('[data-estimate-note]'));
    expect(note).toMatch(/estimates, not prices/);
    // The source keeps its own capitals ("US"), lowered only where it starts mid-sentence.
    expect(note).toContain(`from ${providerEstimates.publisher.replace(/^./, (c) => c.toLowerCase())}`);
    expect(note).toContain(String(providerEstimates.published));
  });

  it('the week view lists every sample session and the weekly totals', () => {
    const table = schedulesPage.querySelector('[data-table="week"]')!;
    for (const track of sampleWeek) {
      for (const sessions of Object.values(track.days)) {
        for (const session of sessions ?? []) expect(text(table)).toContain(session.activity);
      }
    }
    const totals = table.querySelectorAll('tfoot td').map((cell) => Number(cell.getAttribute('data-total-minutes')));
    const expected = sampleWeek.map((track) =>
      Object.values(track.days)
        .flat()
        .reduce((sum, s) => {
          const [sh, sm] = s!.start.split(':').map(Number);
          const [eh, em] = s!.end.split(':').map(Number);
          return sum + (eh! * 60 + em!) - (sh! * 60 + sm!);
        }, 0),
    );
    expect(totals).toEqual(expected);
  });
});
