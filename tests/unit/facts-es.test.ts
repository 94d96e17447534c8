import { describe, expect, it } from 'vitest';
import { facts } from '../../src/lib/facts.ts';
import { factsEs, factTextEs } from '../../src/lib/facts-es.ts';
import { formatHourBandEs, formatMoneyRangeEs, formatRangeEs, costUnitEs } from '../../src/lib/format-es.ts';

const figures = (text: string): string[] => (text.match(/\d[\d,]*/g) ?? []).map((figure) => figure.replace(/,$/, ""));

describe('Spanish facts', () => {
  it('give every English fact, with the same figures in the same order', () => {
    expect(Object.keys(factsEs).sort()).toEqual(Object.keys(facts).sort());
    for (const [name, english] of Object.entries(facts)) {
      const spanish = factsEs[name as keyof typeof facts];
      expect(figures(spanish), name).toEqual(figures(english));
      expect(figures(english).length, `${name} has a figure to compare`).toBeGreaterThan(0);
    }
  });

  it('read as Spanish', () => {
    expect(factsEs.iopHoursAdult).toBe('de 9 a 19 horas a la semana');
    expect(factsEs.phpHours).toBe('20 horas o más a la semana');
    expect(factsEs.outpatientHoursAdult).toBe('menos de 9 horas a la semana');
    expect(factsEs.costIopSession).toBe('de $200 a $300 por sesión');
    expect(factsEs.part2ComplianceDate).toBe('16 de febrero de 2026');
    expect(factsEs.helplineText).toMatch(/solo en inglés/);
  });

  it('refuse an unknown name with the known ones', () => {
    expect(() => factTextEs('costIop')).toThrow(/not a known fact.*costIopSession/);
    expect(factTextEs('crisisLine')).toBe('988');
  });
});

describe('Spanish number words', () => {
  it('say ranges, money and hour bands the es-US way', () => {
    expect(formatRangeEs(3, 5, 'días')).toBe('de 3 a 5 días');
    expect(formatRangeEs(3, 3, 'días')).toBe('3 días');
    expect(formatMoneyRangeEs(3600, 18000)).toBe('de $3,600 a $18,000');
    expect(formatMoneyRangeEs(350, 350, 'día')).toBe('$350 por día');
    expect(formatHourBandEs({ min: 6, max: 19 })).toBe('de 6 a 19 horas a la semana');
    expect(() => formatRangeEs(5, 3, 'días')).toThrow(/upside down/);
    expect(() => costUnitEs('week')).toThrow(/No Spanish word for the cost unit "week"/);
  });
});
