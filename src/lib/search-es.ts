/** What search needs to know about Spanish questions (src/lib/search.ts, QueryLanguage). */
import { foldForMatching, type QueryLanguage } from './search.ts';

/**
 * Spanish words that carry no meaning in a reader's question ("¿cuánto cuesta un iop?" is about "cuesta iop"),
 * written as readers type them, with and without accents. Question words that do carry meaning ("cuánto" next to
 * "dura" or "cuesta") are dropped too: the verb says what is asked, and the page's keywords hold the whole phrase.
 */
const STOP_WORDS_ES = (
  'a al algo algun alguna alguno como con cual cuales cuando cuanto cuanta cuantos cuantas de del donde el ella ellos en entre ' +
  'es esa ese eso esta este esto estoy hay la las le les lo los me mi mis muy o para pero por porque puedo puede que quien se ' +
  'ser si sin sobre son su sus tengo tiene un una uno unos unas y ya yo hace hacer debo deberia necesito quiero saber'
).split(' ');

/** Words on nearly every Spanish page: a section heading that holds one says little about what the reader wants. */
const COMMON_WORDS_ES = ['iop', 'programa', 'programas', 'tratamiento', 'atencion', 'ambulatorio', 'intensivo', 'centro'];

/** The stop words as readers type them: each without accents and, where it has one, with its written accent. */
function withAccents(words: readonly string[]): Set<string> {
  const accented: Record<string, string> = {
    algun: 'algún', como: 'cómo', cual: 'cuál', cuales: 'cuáles', cuando: 'cuándo', cuanto: 'cuánto', cuanta: 'cuánta',
    cuantos: 'cuántos', cuantas: 'cuántas', donde: 'dónde', esta: 'está', mi: 'mí', que: 'qué', quien: 'quién', si: 'sí',
    deberia: 'debería',
  };
  return new Set(words.flatMap((word) => (accented[word] ? [word, accented[word]] : [word])));
}

export const spanishQueries: QueryLanguage = {
  stopWords: withAccents(STOP_WORDS_ES),
  commonWords: new Set(COMMON_WORDS_ES.map(foldForMatching)),
};
