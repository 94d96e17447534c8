import { searchSynonyms } from '../../data/search-synonyms.ts';
import { englishHelp, type NoResultsHelp } from '../../lib/search-help.ts';
import { englishQueries, type QueryLanguage, type Synonym } from '../../lib/search.ts';
import { searchWords, type SearchWords } from '../../lib/search-words.ts';

/** Everything search does differently in one language: the readers' words, empty words, status line and help. */
export interface SearchLanguage {
  synonyms: readonly Synonym[];
  queries: QueryLanguage;
  words: Pick<SearchWords, 'resultCount' | 'loadError'>;
  /** What an empty search offers; fetched only when a search finds nothing, in languages that keep it apart. */
  help: () => Promise<NoResultsHelp>;
  /** How many top results are read in full for phrase ranking (src/components/search/pagefind.ts); 10 unless given. */
  reranked?: number;
}

const english: SearchLanguage = { synonyms: searchSynonyms, queries: englishQueries, words: searchWords, help: async () => englishHelp };

/**
 * The box's language (`data-lang` on <search-box>, English when absent). Spanish is a chunk of its own, fetched only
 * by Spanish pages, so English search keeps its bytes (the first search's budget, `npm run bench`).
 */
export async function searchLanguage(lang: string | undefined): Promise<SearchLanguage> {
  if (lang === 'es') return (await import('./search-language-es.ts')).spanish;
  return english;
}
