import { describe, expect, it } from 'vitest';
import { workedExamples } from '../../src/lib/cost-examples.ts';
import { spanishAvoidWordProblems } from '../../src/lib/avoid-words-es.ts';
import { moneyRangeEs } from '../../src/lib/cost-estimator-words-es.ts';
import { hardestSpanishSentences, INFLESZ_FAIRLY_EASY, spanishReadability } from '../../src/lib/readability-es.ts';
import { builtPage, text } from './dist.ts';

/**
 * The Spanish cost estimator as built (/es/calculadora-de-costos/): plain Spanish, Spanish links, the same numbers as
 * the English page. What the script says after typing is checked in tests/unit/cost-estimator-words-es.test.ts and
 * tests/e2e/estimator-es.spec.ts.
 */
const path = '/es/calculadora-de-costos/';

/** The page's readable words, one block per line, with what shows when JavaScript is off (noscript) included. */
function prose(): string {
  const main = builtPage(path).querySelector('main')!;
  return main.structuredText
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

describe('the Spanish cost estimator page', () => {
  it(`reads "bastante fácil" or easier (INFLESZ ${INFLESZ_FAIRLY_EASY} or more)`, () => {
    const { score } = spanishReadability(prose());
    expect(score, JSON.stringify(hardestSpanishSentences(prose(), 5))).toBeGreaterThanOrEqual(INFLESZ_FAIRLY_EASY);
  });

  it('uses none of the avoided words', () => {
    expect(spanishAvoidWordProblems(prose())).toEqual([]);
  });

  it('is in Spanish, paired with the English page', () => {
    const page = builtPage(path);
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('es');
    expect(page.querySelector('link[hreflang="en"]')!.getAttribute('href')).toMatch(/\/cost-estimator\/$/);
    expect(text(page.querySelector('h1'))).toBe('Calculadora de costos de un IOP');
  });

  it('links only to Spanish pages inside the site, and to sections that exist', () => {
    const links = builtPage(path)
      .querySelector('main')!
      .querySelectorAll('a[href^="/"]')
      .map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const href of links) {
      expect(href, href).toMatch(/^\/es\//);
      const [page, id] = href.split('#');
      if (id) expect(builtPage(page!).getElementById(id), href).not.toBeNull();
    }
  });

  it('prices the worked examples with the same numbers as the English page', () => {
    const rows = builtPage(path).querySelectorAll('[data-table="cost-examples"] tbody tr');
    const examples = workedExamples();
    expect(rows.length).toBe(examples.length);
    rows.forEach((row, index) => {
      const { total } = examples[index]!.estimate;
      expect(text(row.querySelector('[data-cost]'))).toBe(moneyRangeEs(total.low, total.high));
    });
  });
});
