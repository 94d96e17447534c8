// Our topic pages against the same pages built with Starlight: what a first visit to each transfers, side by side.
import { median } from './format.ts';
import type { PageWeight } from './weight.ts';

export interface ComparedPage {
  route: string;
  ours: PageWeight;
  theirs: PageWeight;
  /** Our first-visit total over Starlight's: below 1 means our page is lighter. */
  ratio: number;
}

export interface WeightComparison {
  pages: ComparedPage[];
  /** Topic pages of ours that the Starlight build did not produce (a broken comparison, never a win). */
  missing: string[];
  medianRatio: number;
  /** The page where we come closest to Starlight (or pass it). */
  worst?: ComparedPage;
}

export function compareTopicWeights(ours: readonly PageWeight[], theirs: readonly PageWeight[]): WeightComparison {
  const theirsByRoute = new Map(theirs.map((page) => [page.route, page]));
  const pages: ComparedPage[] = [];
  const missing: string[] = [];
  for (const page of ours.filter((candidate) => candidate.isTopic)) {
    const counterpart = theirsByRoute.get(page.route);
    if (!counterpart) missing.push(page.route);
    else pages.push({ route: page.route, ours: page, theirs: counterpart, ratio: page.total / counterpart.total });
  }
  const worst = [...pages].sort((a, b) => b.ratio - a.ratio)[0];
  return { pages, missing, medianRatio: pages.length ? median(pages.map((page) => page.ratio)) : Number.NaN, worst };
}
