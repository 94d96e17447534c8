import { estimatorWords } from '../../lib/cost-estimator-words.ts';
import { defineCostEstimator } from './cost-estimator-element.ts';

// The English page's entry: the estimator with English words only.
defineCostEstimator(estimatorWords);
