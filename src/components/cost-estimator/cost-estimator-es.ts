import { estimatorWordsEs } from '../../lib/cost-estimator-words-es.ts';
import { defineCostEstimator } from './cost-estimator-element.ts';

// The Spanish page's entry: the estimator with Spanish words only.
defineCostEstimator(estimatorWordsEs);
