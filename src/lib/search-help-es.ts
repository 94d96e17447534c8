import { helpLines } from '../data/crisis.ts';
import { fallbackTopicsEs } from '../data/search-fallback-es.ts';
import { es } from '../i18n/es.ts';
import type { NoResultsHelp } from './search-help.ts';
import { pathIn } from './spanish-edition.ts';

/**
 * The help a Spanish search that finds nothing shows (noResultsMarkup in src/lib/search-help.ts): Spanish topics,
 * the same crisis and help lines with their Spanish words (the numbers stay in src/data/crisis.ts), and the
 * "Díganos qué buscaba" email. Its own module, so English search never carries the Spanish dictionary.
 */
export const spanishHelp: NoResultsHelp = {
  words: es.searchBox,
  topics: fallbackTopicsEs,
  lines: helpLines.map((line) => ({ ...line, ...es.crisisLines.lines[line.id] })),
  home: pathIn('es', '/'),
  glossary: pathIn('es', '/glossary/'),
};
