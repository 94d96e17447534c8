import silabas from 'silabas';

/**
 * Readability of Spanish prose: the Szigriszt-Pazos perspicuity index read on the INFLESZ scale (Barrio-Cantalejo
 * et al., 2008), the measure Spanish health-information studies use. Syllables come from the silabas library (the
 * University of Las Palmas syllabifier), not a vowel count: Spanish hiatus ("río", "leer") and diphthongs ("cuando")
 * decide the count, and a vowel count gets both wrong.
 */

/** Scores at or above this read as "bastante fácil" (fairly easy) or easier: the site's floor for a Spanish page. */
export const INFLESZ_FAIRLY_EASY = 65;

const INFLESZ_BANDS = [
  { from: 80, band: 'muy fácil' },
  { from: 65, band: 'bastante fácil' },
  { from: 55, band: 'normal' },
  { from: 40, band: 'algo difícil' },
  { from: -Infinity, band: 'muy difícil' },
] as const;

export type InfleszBand = (typeof INFLESZ_BANDS)[number]['band'];

/** Words are runs of letters (with accents, ü and ñ); figures such as "988" or "$250" are not words to sound out. */
const WORD = /[\p{L}]+(?:['’-][\p{L}]+)*/gu;

export function spanishWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Syllables in one word as it is spoken; hyphenated words count each part. */
export function syllableCount(word: string): number {
  return word
    .split(/['’-]/)
    .filter(Boolean)
    .reduce((total, part) => total + silabas(part).syllables().length, 0);
}

/** The sentences of prose: each line is one or more sentences, ended by . ? ! or the line's end. */
export function spanishSentences(prose: string): string[] {
  return prose
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.?!…])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => spanishWords(sentence).length > 0);
}

export interface SpanishReadability {
  /** Szigriszt-Pazos perspicuity: 206.835 − 62.3 × syllables per word − words per sentence. */
  score: number;
  band: InfleszBand;
  words: number;
  sentences: number;
  syllables: number;
}

export function spanishReadability(prose: string): SpanishReadability {
  const sentences = spanishSentences(prose);
  const words = sentences.flatMap(spanishWords);
  if (words.length === 0) throw new Error('Cannot score Spanish prose with no words');
  const syllables = words.reduce((total, word) => total + syllableCount(word), 0);
  const score = 206.835 - 62.3 * (syllables / words.length) - words.length / sentences.length;
  return { score, band: infleszBand(score), words: words.length, sentences: sentences.length, syllables };
}

export function infleszBand(score: number): InfleszBand {
  return INFLESZ_BANDS.find((entry) => score >= entry.from)!.band;
}

/** The sentences that pull a page's score down most, lowest first, to show a writer what to rewrite. */
export function hardestSpanishSentences(prose: string, count: number): { sentence: string; score: number }[] {
  return spanishSentences(prose)
    .filter((sentence) => spanishWords(sentence).length >= 4)
    .map((sentence) => ({ sentence, score: spanishReadability(sentence).score }))
    .sort((a, b) => a.score - b.score)
    .slice(0, count);
}
