import { describe, expect, it } from 'vitest';
import { coverageChoices } from '../../src/data/coverage.ts';
import { levels } from '../../src/data/levels.ts';
import { spanishAvoidWordProblems } from '../../src/lib/avoid-words-es.ts';
import { defaultForm, estimateCost, messages, pricedLevels, type CostEstimate, type CostField, type CostForm } from '../../src/lib/cost-estimate.ts';
import { estimatorWords } from '../../src/lib/cost-estimator-words.ts';
import { coverageWordsEs, estimatorWordsEs, levelWordsEs, messageEs, messagesEs, moneyRangeEs, priceEs } from '../../src/lib/cost-estimator-words-es.ts';
import { estimatorPage } from '../../src/lib/cost-estimator-words-page.ts';
import { estimatorPageEs } from '../../src/lib/cost-estimator-words-page-es.ts';
import { INFLESZ_FAIRLY_EASY, spanishReadability } from '../../src/lib/readability-es.ts';

const priced = pricedLevels();
const iopForm = defaultForm(priced.find((level) => level.id === 'iop')!, { perWeek: 3, hoursEach: 3, weeks: 12 });

function ok(form: CostForm): CostEstimate {
  const result = estimateCost(form);
  if (!result.ok) throw new Error(`Expected an estimate, got errors: ${JSON.stringify(result.errors)}`);
  return result.estimate;
}

/** Every dollar figure and percentage in a text, in order: what the two languages must agree on. */
const figures = (lines: readonly string[]): string[] => lines.join(' ').match(/\$[\d,]+(?:\.\d\d)?|\d+(?:\.\d+)?%/g) ?? [];

/** Forms that reach every branch of the working: cents, a deductible bigger than the bill, copays, the cap, $0. */
const forms: Record<string, CostForm> = {
  'no insurance': iopForm,
  'coinsurance and a cap': { ...iopForm, weeks: '10', perWeek: '4', deductible: '1,000', coinsurance: '20', outOfPocketMax: '2500' },
  'copays by the day': { ...iopForm, level: 'php', priceLow: '350', priceHigh: '450', weeks: '8', deductible: '500', copay: '40' },
  'a price with cents': { ...iopForm, priceLow: '199.50', priceHigh: '199.50' },
  'cents in the copays': { ...iopForm, priceLow: '199.99', deductible: '250.5', copay: '42.75' },
  'a deductible bigger than the bill': { ...iopForm, weeks: '1', perWeek: '1', deductible: '5000', coinsurance: '10' },
  'nothing after the deductible': { ...iopForm, deductible: '0', coinsurance: '0' },
  'a copay above the price': { ...iopForm, priceLow: '30', priceHigh: '30', copay: '40' },
  'one week, one session': { ...iopForm, weeks: '1', perWeek: '1', hoursEach: '1' },
  'residential care': { ...iopForm, level: 'residential', priceLow: '500', priceHigh: '800', perWeek: '7' },
  'more hours than an IOP usually has': { ...iopForm, perWeek: '5', hoursEach: '4' },
};

describe('the Spanish working', () => {
  for (const [name, form] of Object.entries(forms)) {
    it(`gives the same figures as the English working, in the same order (${name})`, () => {
      const estimate = ok(form);
      const spanish = estimatorWordsEs.working(estimate);
      expect(spanish).toHaveLength(estimate.working.length);
      expect(figures(spanish)).toEqual(figures(estimate.working));
      expect(spanish.join(' ')).not.toMatch(/NaN|undefined|Infinity|\b(weeks?|sessions?|days?|deductible|copay|bill)\b/);
    });
  }

  it('says the working in Spanish words', () => {
    const estimate = ok(forms['coinsurance and a cap']!);
    expect(estimatorWordsEs.working(estimate)).toEqual([
      '10 semanas × 4 sesiones a la semana × de $200 a $300 = de $8,000 a $12,000.',
      'Con $200 por sesión (una factura de $8,000): $1,000 de deducible + 20% de coseguro sobre los otros $7,000 ($1,400) = $2,400.',
      'Con $300 por sesión (una factura de $12,000): $1,000 de deducible + 20% de coseguro sobre los otros $11,000 ($2,200) = $3,200, pero lo que le queda de su máximo de gastos de bolsillo es $2,500, así que usted paga $2,500.',
    ]);
    expect(estimatorWordsEs.working(ok(forms['a price with cents']!))).toEqual(['12 semanas × 3 sesiones a la semana × $199.50 = $7,182.']);
    expect(estimatorWordsEs.working(ok(forms['one week, one session']!))[0]).toBe('1 semana × 1 sesión a la semana × de $200 a $300 = de $200 a $300.');
  });
});

describe('the Spanish note on weekly hours', () => {
  it('finds the same fit as the English note: usual, fewer or more hours than the level’s usual ones', () => {
    for (const form of Object.values(forms)) {
      const estimate = ok(form);
      const spanish = estimatorWordsEs.hoursNote(estimate);
      expect(spanish.includes('menos horas que eso')).toBe(estimate.hoursNote.includes('fewer hours than that'));
      expect(spanish.includes('más horas que eso')).toBe(estimate.hoursNote.includes('more hours than that'));
      expect(spanish.includes('de día y de noche')).toBe(estimate.hoursNote.includes('day and night'));
    }
    expect(estimatorWordsEs.hoursNote(ok(iopForm))).toBe('Son 9 horas a la semana. Un IOP para adultos suele tener de 9 a 19 horas a la semana.');
    expect(estimatorWordsEs.hoursNote(ok(forms['one week, one session']!))).toBe(
      'Es 1 hora a la semana. Un IOP para adultos suele tener de 9 a 19 horas a la semana. Su horario tiene menos horas que eso.',
    );
  });
});

describe('Spanish messages', () => {
  it('has a Spanish message for every English one the arithmetic can give', () => {
    for (const [field, entry] of Object.entries(messages) as Array<[CostField, string | Record<string, string>]>) {
      const english = typeof entry === 'string' ? [entry] : Object.values(entry);
      for (const message of english) {
        const spanish = messageEs(field, message);
        expect(spanish, `${field}: ${message}`).not.toBe('Revise lo que escribió en esta casilla.');
        expect(spanish).not.toBe(message);
      }
    }
  });

  it('refuses a malformed amount in Spanish, keeping the way US readers write money', () => {
    const result = estimateCost({ ...iopForm, priceHigh: '1,000.5,000', perWeek: 'abc' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(estimatorWordsEs.error('priceHigh', result.errors.priceHigh!)).toBe('Error: Escriba el precio más alto con un número, como 1,250 o 1250.50.');
    expect(estimatorWordsEs.error('perWeek', result.errors.perWeek!)).toBe('Error: Escriba las sesiones o días a la semana con un número, como 3.');
    expect(messagesEs.priceLow.tooMany).toBe('Escriba un precio de $999,999 o menos.');
  });

  it('gives an unknown message a plain Spanish line rather than English', () => {
    expect(messageEs('weeks', 'Something new')).toBe('Revise lo que escribió en esta casilla.');
    expect(messageEs('level', 'Something new')).toBe('Revise lo que escribió en esta casilla.');
    expect(messageEs('level', messages.level)).toBe(messagesEs.level);
  });
});

describe('Spanish labels and announcements', () => {
  it('marks the chosen level, and says when the prices are the reader’s own', () => {
    expect(estimatorWordsEs.comparisonLabel({ chosen: false, ownPrices: false })).toBe('');
    expect(estimatorWordsEs.comparisonLabel({ chosen: true, ownPrices: false })).toBe(' (su elección)');
    expect(estimatorWordsEs.comparisonLabel({ chosen: true, ownPrices: true })).toBe(' (su elección, sus precios)');
  });

  it('reads the total, what the reader might pay, and how many boxes need a change', () => {
    expect(estimatorWordsEs.estimateAnnouncement({ total: { low: 3600, high: 5400 }, youPay: null })).toBe(
      'Estimación actualizada. Total del programa: de $3,600 a $5,400.',
    );
    expect(estimatorWordsEs.estimateAnnouncement({ total: { low: 3600, high: 5400 }, youPay: { low: 900, high: 900 } })).toBe(
      'Estimación actualizada. Total del programa: de $3,600 a $5,400. Usted podría pagar $900.',
    );
    expect(estimatorWordsEs.errorsAnnouncement(1)).toBe('1 casilla necesita un cambio para actualizar la estimación.');
    expect(estimatorWordsEs.errorsAnnouncement(3)).toBe('3 casillas necesitan un cambio para actualizar la estimación.');
    expect(() => estimatorWordsEs.errorsAnnouncement(0)).toThrow();
  });

  it('writes money as US Spanish speakers read it (es-US)', () => {
    expect(moneyRangeEs(7200, 10800)).toBe('de $7,200 a $10,800');
    expect(moneyRangeEs(900, 900)).toBe('$900');
    expect(priceEs(1250.5)).toBe('$1,250.50');
    expect(priceEs(200)).toBe('$200');
    expect(estimatorWordsEs.dollars(1234567)).toBe('$1,234,567');
  });

  it('names every level of care and every coverage choice in Spanish', () => {
    expect(Object.keys(levelWordsEs).sort()).toEqual(levels.map((level) => level.id).sort());
    expect(Object.keys(coverageWordsEs).sort()).toEqual(coverageChoices.map((choice) => choice.id).sort());
    expect(coverageWordsEs.medicaid.label).toBe('Medicaid');
    expect(coverageWordsEs.medicare.label).toBe('Medicare');
    for (const choice of coverageChoices) expect(estimatorWordsEs.coverageMeaning(choice.id)).toBe(coverageWordsEs[choice.id].meaning);
  });
});

describe('Spanish prose in the words', () => {
  const written = [
    ...Object.values(coverageWordsEs).map((choice) => choice.meaning),
    ...Object.values(messagesEs).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry))),
  ].join('\n');

  it(`reads "bastante fácil" or easier (INFLESZ ${INFLESZ_FAIRLY_EASY} or more)`, () => {
    expect(spanishReadability(written).score).toBeGreaterThanOrEqual(INFLESZ_FAIRLY_EASY);
  });

  it('uses none of the avoided words, in the messages or on the page', () => {
    expect(spanishAvoidWordProblems(written)).toEqual([]);
    expect(spanishAvoidWordProblems(JSON.stringify(estimatorPageEs))).toEqual([]);
  });

  it('pairs every worked example with a Spanish label, and links to Spanish section ids without accents', () => {
    expect(Object.keys(estimatorPageEs.examples.labels)).toEqual(Object.keys(estimatorPage.examples.labels));
    for (const id of [estimatorPageEs.examples.headingId, estimatorPageEs.howItWorks.headingId, estimatorPageEs.howItWorks.questionsId]) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

describe('the English words for the browser', () => {
  it('are the arithmetic’s own sentences, unchanged', () => {
    const estimate = ok(forms['coinsurance and a cap']!);
    expect(estimatorWords.working(estimate)).toEqual(estimate.working);
    expect(estimatorWords.hoursNote(estimate)).toBe(estimate.hoursNote);
    expect(estimatorWords.error('weeks', messages.weeks.zero)).toBe(`Error: ${messages.weeks.zero}`);
    expect(estimatorWords.coverageMeaning('medicaid')).toBe(coverageChoices.find((choice) => choice.id === 'medicaid')!.meaning);
    expect(estimatorWords.moneyRange(3600, 5400)).toBe('$3,600 to $5,400');
  });
});
