import { describe, expect, it } from 'vitest';
import { glossary, type GlossaryEntry } from '../../src/data/glossary.ts';
import { glossaryEs, type GlossaryTextEs } from '../../src/data/glossary-es.ts';
import { spanishAvoidWordProblems } from '../../src/lib/avoid-words-es.ts';
import { INFLESZ_FAIRLY_EASY, spanishReadability, spanishSentences, spanishWords } from '../../src/lib/readability-es.ts';

/** One definition may read "normal" (INFLESZ 55 to 64); the glossary as a whole must read "bastante fácil". */
const ENTRY_FLOOR = 55;
const GLOSSARY_FLOOR = INFLESZ_FAIRLY_EASY;
/** The Spanish brief: sentences of 15 words or fewer where possible, never over 22. */
const MAX_SENTENCE_WORDS = 22;

type SpanishGlossary = Readonly<Record<string, GlossaryTextEs>>;

/**
 * Expansions that may hold an avoided word, with the reason. Only a proper name qualifies.
 * SAMHSA's own Spanish name (as the agency itself publishes it) contains "Abuso"; it is the agency's legal name,
 * like the English "Substance Abuse", which the English glossary test exempts for the same reason. Its term and
 * definition are still checked.
 */
const EXPANSION_EXEMPT = new Set(['samhsa']);

// Each check is a function that returns the problems it finds, so the tests below can show it fails on a broken
// glossary before they show the real one passes.

function idProblems(english: readonly GlossaryEntry[], spanish: SpanishGlossary): string[] {
  const englishIds = new Set(english.map((entry) => entry.id));
  return [
    ...[...englishIds].filter((id) => !Object.hasOwn(spanish, id)).map((id) => `"${id}" has no Spanish entry`),
    ...Object.keys(spanish).filter((id) => !englishIds.has(id)).map((id) => `"${id}" has no English entry`),
  ];
}

function blankProblems(spanish: SpanishGlossary): string[] {
  return Object.entries(spanish).flatMap(([id, entry]) => [
    ...(entry.term.trim() ? [] : [`${id}: blank term`]),
    ...(entry.definition.trim() ? [] : [`${id}: blank definition`]),
  ]);
}

function expansionProblems(english: readonly GlossaryEntry[], spanish: SpanishGlossary): string[] {
  return english.flatMap((entry) => {
    const spanishEntry = spanish[entry.id];
    if (!spanishEntry) return [];
    const inEnglish = Boolean(entry.expansion?.trim());
    const inSpanish = Boolean(spanishEntry.expansion?.trim());
    if (inEnglish && !inSpanish) return [`${entry.id}: the English has an expansion, the Spanish has none`];
    if (!inEnglish && inSpanish) return [`${entry.id}: the Spanish has an expansion, the English has none`];
    return [];
  });
}

function avoidWordProblems(spanish: SpanishGlossary): string[] {
  return Object.entries(spanish).flatMap(([id, entry]) => {
    const checked = [entry.term, entry.definition, ...(EXPANSION_EXEMPT.has(id) ? [] : [entry.expansion ?? ''])];
    return checked.flatMap(spanishAvoidWordProblems).map((problem) => `${id}: ${problem}`);
  });
}

/** The English rule: no hours, lengths or prices typed in a definition (those come from FACTS.md). */
const PRICE = /\$\s?\d/u;
const DURATION = /\b\d+(?:[.,]\d+)?\s*(?:(?:a|-|–)\s*\d+\s*)?(?:o más\s+)?(?:horas?|d[ií]as?|semanas?|mes(?:es)?|sesi[oó]n(?:es)?)\b/iu;

function numberProblems(spanish: SpanishGlossary): string[] {
  return Object.entries(spanish).flatMap(([id, entry]) =>
    [PRICE, DURATION].flatMap((pattern) => {
      const match = pattern.exec(entry.definition);
      return match ? [`${id}: types "${match[0]}"`] : [];
    }),
  );
}

function longSentenceProblems(spanish: SpanishGlossary): string[] {
  return Object.entries(spanish).flatMap(([id, entry]) =>
    spanishSentences(entry.definition)
      .filter((sentence) => spanishWords(sentence).length > MAX_SENTENCE_WORDS)
      .map((sentence) => `${id}: ${spanishWords(sentence).length} words: ${sentence}`),
  );
}

function entryReadabilityProblems(spanish: SpanishGlossary): string[] {
  return Object.entries(spanish).flatMap(([id, entry]) => {
    const { score } = spanishReadability(entry.definition);
    return score < ENTRY_FLOOR ? [`${id}: INFLESZ ${score.toFixed(1)} < ${ENTRY_FLOOR}`] : [];
  });
}

/** All definitions, one per line, in the English glossary's order. */
function wholeGlossaryScore(english: readonly GlossaryEntry[], spanish: SpanishGlossary): number {
  const lines = english.map((entry) => spanish[entry.id]?.definition ?? '');
  return spanishReadability(lines.join('\n')).score;
}

const spanish: SpanishGlossary = glossaryEs;

describe('the checks catch a broken Spanish glossary', () => {
  const english: GlossaryEntry[] = [
    { id: 'iop', term: 'IOP', expansion: 'intensive outpatient program', definition: 'A program.' },
    { id: 'parity', term: 'Parity', definition: 'Equal treatment.' },
  ];
  const good: SpanishGlossary = {
    iop: { term: 'IOP', expansion: 'programa ambulatorio intensivo', definition: 'Es un programa. Usted vive en su casa.' },
    parity: { term: 'Paridad', definition: 'Quiere decir trato igual.' },
  };

  it('pass a good glossary', () => {
    expect(idProblems(english, good)).toEqual([]);
    expect(blankProblems(good)).toEqual([]);
    expect(expansionProblems(english, good)).toEqual([]);
    expect(avoidWordProblems(good)).toEqual([]);
    expect(numberProblems(good)).toEqual([]);
    expect(longSentenceProblems(good)).toEqual([]);
    expect(entryReadabilityProblems(good)).toEqual([]);
    expect(wholeGlossaryScore(english, good)).toBeGreaterThanOrEqual(GLOSSARY_FLOOR);
  });

  it('find a missing and an extra id', () => {
    const missing: SpanishGlossary = { iop: good.iop! };
    expect(idProblems(english, missing)).toEqual(['"parity" has no Spanish entry']);
    expect(idProblems(english, { ...good, extra: { term: 'Extra', definition: 'Sobra.' } })).toEqual(['"extra" has no English entry']);
  });

  it('find a blank term or definition', () => {
    expect(blankProblems({ ...good, parity: { term: ' ', definition: '' } })).toEqual(['parity: blank term', 'parity: blank definition']);
  });

  it('find an expansion missing, blank or extra', () => {
    expect(expansionProblems(english, { ...good, iop: { term: 'IOP', definition: 'Es un programa.' } })).toHaveLength(1);
    expect(expansionProblems(english, { ...good, iop: { term: 'IOP', expansion: '  ', definition: 'Es un programa.' } })).toHaveLength(1);
    expect(expansionProblems(english, { ...good, parity: { term: 'Paridad', expansion: 'paridad', definition: 'Trato igual.' } })).toEqual([
      'parity: the Spanish has an expansion, the English has none',
    ]);
  });

  it('find an avoided word in a definition, a term or an expansion, and exempt only SAMHSA’s name', () => {
    expect(avoidWordProblems({ parity: { term: 'Paridad', definition: 'No trate a nadie como un adicto.' } })).toHaveLength(1);
    expect(avoidWordProblems({ parity: { term: 'Prueba limpia', definition: 'Trato igual.' } })).toHaveLength(1);
    expect(avoidWordProblems({ iop: { term: 'IOP', expansion: 'programa contra el abuso', definition: 'Un programa.' } })).toHaveLength(1);
    expect(avoidWordProblems({ samhsa: { term: 'SAMHSA', expansion: 'Abuso de Sustancias', definition: 'Una agencia.' } })).toEqual([]);
    expect(avoidWordProblems({ samhsa: { term: 'SAMHSA', definition: 'Ayuda a los alcohólicos.' } })).toHaveLength(1);
  });

  it('find a price or a length typed in a definition', () => {
    expect(numberProblems({ iop: { term: 'IOP', definition: 'Cuesta $250 al día.' } })).toHaveLength(1);
    expect(numberProblems({ iop: { term: 'IOP', definition: 'Dura de 6 a 12 semanas.' } })).toHaveLength(1);
    expect(numberProblems({ iop: { term: 'IOP', definition: 'Son 9 horas o más.' } })).toHaveLength(1);
    expect(numberProblems({ medicare: { term: 'Medicare', definition: 'Es para personas de 65 años o más.' } })).toEqual([]);
  });

  it('find a sentence over the word limit', () => {
    const long = `${'palabra '.repeat(MAX_SENTENCE_WORDS)}final.`;
    expect(longSentenceProblems({ iop: { term: 'IOP', definition: long } })).toHaveLength(1);
  });

  it('find a hard definition and a hard glossary', () => {
    const dense =
      'La hospitalización parcial constituye una modalidad terapéutica intermedia caracterizada por intervenciones multidisciplinarias estructuradas.';
    const hard: SpanishGlossary = { ...good, parity: { term: 'Paridad', definition: dense } };
    expect(entryReadabilityProblems(hard)).toHaveLength(1);
    const allHard: SpanishGlossary = { iop: { ...good.iop!, definition: dense }, parity: { term: 'Paridad', definition: dense } };
    expect(wholeGlossaryScore(english, allHard)).toBeLessThan(GLOSSARY_FLOOR);
  });
});

describe('the Spanish glossary', () => {
  it('has an entry for every English id and no id the English lacks', () => {
    expect(glossary.length).toBeGreaterThan(0);
    expect(idProblems(glossary, spanish)).toEqual([]);
    expect(Object.keys(spanish)).toHaveLength(glossary.length);
  });

  it('has a term and a definition in every entry', () => {
    expect(blankProblems(spanish)).toEqual([]);
  });

  it('has an expansion exactly where the English entry has one', () => {
    expect(expansionProblems(glossary, spanish)).toEqual([]);
  });

  it('uses no avoided word (SAMHSA’s own name is the one exemption, in its expansion)', () => {
    expect(avoidWordProblems(spanish)).toEqual([]);
  });

  it('types no price, hours or length in a definition', () => {
    expect(numberProblems(spanish)).toEqual([]);
  });

  it(`keeps every sentence at ${MAX_SENTENCE_WORDS} words or fewer`, () => {
    expect(longSentenceProblems(spanish)).toEqual([]);
  });

  it(`scores INFLESZ ${ENTRY_FLOOR} or more for each definition`, () => {
    expect(entryReadabilityProblems(spanish)).toEqual([]);
  });

  it(`scores INFLESZ ${GLOSSARY_FLOOR} or more for all definitions together, one per line`, () => {
    const score = wholeGlossaryScore(glossary, spanish);
    console.log(`  Spanish glossary INFLESZ: ${score.toFixed(1)} (${glossary.length} definitions)`);
    expect(score).toBeGreaterThanOrEqual(GLOSSARY_FLOOR);
  });
});
