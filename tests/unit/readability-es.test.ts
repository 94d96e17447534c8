import { describe, expect, it } from 'vitest';
import {
  hardestSpanishSentences,
  INFLESZ_FAIRLY_EASY,
  infleszBand,
  spanishReadability,
  spanishSentences,
  spanishWords,
  syllableCount,
} from '../../src/lib/readability-es.ts';

describe('Spanish syllables', () => {
  it('split hiatus and keep diphthongs, as spoken', () => {
    const cases: [string, number][] = [
      ['agua', 2],
      ['río', 2],
      ['leer', 2],
      ['país', 2],
      ['ahora', 3],
      ['cuando', 2],
      ['tratamiento', 4],
      ['desintoxicación', 6],
      ['psiquiatra', 3],
      ['teléfono', 4],
    ];
    for (const [word, count] of cases) expect(syllableCount(word), word).toBe(count);
  });

  it('count each part of a hyphenated word', () => {
    expect(syllableCount('médico-legal')).toBe(syllableCount('médico') + syllableCount('legal'));
  });
});

describe('Spanish words and sentences', () => {
  it('take letters with accents, ü and ñ as words, and leave figures out', () => {
    expect(spanishWords('¿Cuánto cuesta? Llame al 988 o al 1-800-662-4357: $250 al día, pingüino y niño.')).toEqual([
      'Cuánto', 'cuesta', 'Llame', 'al', 'o', 'al', 'al', 'día', 'pingüino', 'y', 'niño',
    ]);
  });

  it('split lines at their end and at . ? ! inside them', () => {
    expect(spanishSentences('Uno dos. ¿Tres cuatro? Cinco\nSeis siete!\n\n988')).toEqual(['Uno dos.', '¿Tres cuatro?', 'Cinco', 'Seis siete!']);
  });
});

describe('INFLESZ score', () => {
  it('follows Szigriszt-Pazos: 206.835 − 62.3 × syllables per word − words per sentence', () => {
    // El(1) agua(2) es(1) buena(2) / Leer(2) ayuda(3): 6 words, 11 syllables, 2 sentences.
    const result = spanishReadability('El agua es buena. Leer ayuda.');
    expect(result).toMatchObject({ words: 6, syllables: 11, sentences: 2 });
    expect(result.score).toBeCloseTo(206.835 - 62.3 * (11 / 6) - 3, 6);
    expect(result.band).toBe('muy fácil');
  });

  it('scores long sentences of long words lower than short plain ones', () => {
    const plain = spanishReadability('Un IOP es un programa de ayuda. Usted vive en su casa. Va a grupos varias veces a la semana.');
    const dense = spanishReadability(
      'La hospitalización parcial constituye una modalidad terapéutica intermedia caracterizada por intervenciones multidisciplinarias estructuradas con periodicidad prácticamente diaria.',
    );
    expect(plain.score).toBeGreaterThanOrEqual(INFLESZ_FAIRLY_EASY);
    expect(dense.score).toBeLessThan(40);
    expect(dense.band).toBe('muy difícil');
  });

  it('names the INFLESZ band at each edge', () => {
    expect(infleszBand(80)).toBe('muy fácil');
    expect(infleszBand(79.9)).toBe('bastante fácil');
    expect(infleszBand(65)).toBe('bastante fácil');
    expect(infleszBand(64.9)).toBe('normal');
    expect(infleszBand(55)).toBe('normal');
    expect(infleszBand(40)).toBe('algo difícil');
    expect(infleszBand(39.9)).toBe('muy difícil');
  });

  it('refuses prose with no words', () => {
    expect(() => spanishReadability('988 — 1-800-662-4357')).toThrow(/no words/);
  });

  it('lists the hardest sentences first', () => {
    const prose = 'Usted va a grupos. La planificación interdisciplinaria individualizada considera circunstancias particulares. Su casa es su casa.';
    expect(hardestSpanishSentences(prose, 1)[0]!.sentence).toMatch(/^La planificación/);
  });
});
