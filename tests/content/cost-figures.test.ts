import { describe, expect, it } from 'vitest';
import { costEstimates } from '../../src/data/costs.ts';
import { workedExamples } from '../../src/lib/cost-examples.ts';
import { builtPage, text } from './dist.ts';
import { builtPages } from '../../scripts/shared/site-pages.ts';

/**
 * Every dollar amount a reader sees comes from the one cited set in src/data/costs.ts, or is worked out from it by the
 * estimator's arithmetic (its worked examples). A figure typed into a page, or left over from an old source, fails.
 */
function amountsIn(value: unknown, into: Set<number>): Set<number> {
  if (typeof value === 'number') into.add(value);
  else if (Array.isArray(value)) for (const item of value) amountsIn(item, into);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) if (key !== 'input') amountsIn(item, into);
  return into;
}

const allowed = new Set<number>([0]);
for (const range of Object.values(costEstimates)) {
  allowed.add(range.low);
  allowed.add(range.high);
}
// The worked examples: their totals and comparison rows, as the estimator computes them.
for (const example of workedExamples()) amountsIn(example.estimate, allowed);

const dollar = /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d\d)?/g;

describe('cost figures come from one cited set', () => {
  const pages = builtPages().map((path) => ({ path, body: text(builtPage(path).querySelector('main')) }));

  it('finds dollar amounts to check (the check is not vacuous)', () => {
    expect(pages.filter((page) => new RegExp(dollar.source).test(page.body)).length).toBeGreaterThanOrEqual(3);
  });

  it('shows no dollar amount on any page that src/data/costs.ts does not give or the estimator does not work out', () => {
    const stray = pages.flatMap(({ path, body }) =>
      [...body.matchAll(dollar)]
        .map((match) => ({ figure: match[0], value: Number(match[1]!.replace(/,/g, '')) }))
        .filter(({ value }) => !allowed.has(value))
        .map(({ figure }) => `${path}: ${figure}`),
    );
    expect(stray).toEqual([]);
  });
});
