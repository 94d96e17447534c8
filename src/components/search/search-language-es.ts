import { searchSynonymsEs } from '../../data/search-synonyms-es.ts';
import { spanishQueries } from '../../lib/search-es.ts';
import { searchWordsEs } from '../../lib/search-words-es.ts';
import type { SearchLanguage } from './search-language.ts';

/**
 * Search on Spanish pages (see search-language.ts): Spanish synonyms, empty words and status line. The help for an
 * empty search reads the Spanish dictionary (the help lines' words), so it comes only when a search finds nothing.
 */
export const spanish: SearchLanguage = {
  synonyms: searchSynonymsEs,
  queries: spanishQueries,
  words: searchWordsEs,
  // Spanish pages' records are about 15 % larger than English ones: eight reads keep the first search near 146 kB,
  // under the 150 kB budget with room for the pages to grow; the Spanish question set ranks the same as with ten.
  reranked: 8,
  help: async () => (await import('../../lib/search-help-es.ts')).spanishHelp,
};
