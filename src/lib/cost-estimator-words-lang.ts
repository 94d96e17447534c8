import type { Lang } from '../i18n/languages.ts';
import { estimatorWords, type EstimatorWords } from './cost-estimator-words.ts';
import { estimatorWordsEs } from './cost-estimator-words-es.ts';
import { estimatorPage, type EstimatorPageText } from './cost-estimator-words-page.ts';
import { estimatorPageEs } from './cost-estimator-words-page-es.ts';

/**
 * The cost estimator's words in the page's language, for the markup built at build time. The browser never imports
 * this file: each page's script imports only its own language (components/cost-estimator/cost-estimator-en.ts, -es.ts).
 */
export function estimatorWordsIn(lang: Lang): { page: EstimatorPageText; live: EstimatorWords } {
  return lang === 'es' ? { page: estimatorPageEs, live: estimatorWordsEs } : { page: estimatorPage, live: estimatorWords };
}
