import { describe, expect, it } from 'vitest';
import { costEstimates } from '../../src/data/costs.ts';
import { helpLines } from '../../src/data/crisis.ts';
import { facts } from '../../src/lib/facts.ts';
import { glossary } from '../../src/data/glossary.ts';
import { levelById, levels } from '../../src/data/levels.ts';
import { residentialStayDays, sampleWeek, tricareIop } from '../../src/data/schedule.ts';
import { trackMinutes } from '../../src/lib/week.ts';

describe('levels of care data', () => {
  it('is listed from most to least intensive with unique ids', () => {
    expect(levels.map((level) => level.intensity)).toEqual([...levels.map((l) => l.intensity)].sort((a, b) => a - b));
    expect(new Set(levels.map((level) => level.id)).size).toBe(levels.length);
  });

  for (const who of ['adult', 'adolescent'] as const) {
    it(`has ${who} hour bands that do not overlap and rise with intensity`, () => {
      const banded = levels.filter((level) => level.hours).map((level) => level.hours![who]);
      // Least intensive first, so each band must start at or above where the previous one ends.
      const rising = [...banded].reverse();
      for (let i = 1; i < rising.length; i += 1) {
        const lower = rising[i - 1]!;
        const upper = rising[i]!;
        expect(lower.max, 'only the most intensive band may be open-ended').not.toBeNull();
        if (lower.maxExclusive) expect(upper.min).toBeGreaterThanOrEqual(lower.max!);
        else expect(upper.min).toBeGreaterThan(lower.max!);
      }
      for (const band of banded) if (band.max !== null) expect(band.min).toBeLessThanOrEqual(band.max);
    });
  }

  it('marks round-the-clock levels as having no weekly hours', () => {
    for (const level of levels) if (level.roundTheClock) expect(level.hours).toBeNull();
  });

  it('gives every cost range low ≤ high, a unit and a source', () => {
    const ranges = Object.values(costEstimates);
    expect(ranges.length).toBeGreaterThanOrEqual(3);
    for (const range of ranges) {
      expect(range.low).toBeGreaterThan(0);
      expect(range.low).toBeLessThanOrEqual(range.high);
      expect(range.source.publisher.length).toBeGreaterThan(5);
      expect(range.source.strength).toBe('estimate');
    }
  });

  it('prices more intensive care higher', () => {
    const priced = levels.filter((level) => level.cost);
    for (let i = 1; i < priced.length; i += 1) expect(priced[i - 1]!.cost!.low).toBeGreaterThan(priced[i]!.cost!.low);
  });
});

describe('schedule data', () => {
  it('keeps each sample track inside the adult IOP band', () => {
    const band = levelById('iop').hours!.adult;
    for (const track of sampleWeek) {
      const hours = trackMinutes(track) / 60;
      expect(hours, track.name).toBeGreaterThanOrEqual(band.min);
      expect(hours, track.name).toBeLessThanOrEqual(band.max!);
    }
  });

  it('has ordered ranges', () => {
    expect(residentialStayDays.min).toBeLessThan(residentialStayDays.max);
    expect(tricareIop.weeklyHours.min).toBeLessThan(tricareIop.weeklyHours.max);
  });
});

describe('facts', () => {
  it('prints the same hours and costs the data holds', () => {
    const iop = levelById('iop');
    expect(facts.iopHoursAdult).toBe(`${iop.hours!.adult.min} to ${iop.hours!.adult.max} hours a week`);
    expect(facts.costIopSession).toBe(`$${iop.cost!.low} to $${iop.cost!.high} a session`);
    // 3 sessions a week for 6 weeks at the low price; 5 a week for 12 weeks at the high price.
    expect(facts.costIopProgram).toMatch(/^\$3,600 to \$18,000 before insurance \(3 to 5 days a week for 6 to 12 weeks\)$/);
  });

  it('takes every level’s cost range from the one cited set in costs.ts', () => {
    const fromLevels = levels.flatMap((level) => (level.cost ? [level.cost] : []));
    expect(new Set(fromLevels)).toEqual(new Set(Object.values(costEstimates)));
  });
});

describe('help lines', () => {
  it('have dialable numbers that match what is shown', () => {
    for (const line of helpLines) expect(line.display.replace(/\D/g, '')).toBe(line.dial);
  });
});

describe('glossary data', () => {
  it('has unique, URL-safe ids and no dangling "see also" links', () => {
    const ids = glossary.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of glossary) {
      expect(entry.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      for (const see of entry.see ?? []) expect(ids, `${entry.id} → ${see}`).toContain(see);
    }
  });
});
