import { describe, expect, it } from 'vitest';
import {
  mergeRankings,
  moveFocus,
  normalizeQuery,
  queryPlan,
  resultCountMessage,
  significantTerms,
  toResultView,
} from '../../src/lib/search.ts';
import { isSearchShortcut } from '../../src/lib/search-shortcut.ts';

describe('query clean-up', () => {
  it('lower-cases and drops punctuation', () => {
    expect(normalizeQuery('  How much does it COST?? ')).toBe('how much does it cost');
  });

  it('keeps the meaningful words of a question', () => {
    expect(significantTerms('How much does it cost?')).toEqual(['much', 'cost']);
    expect(significantTerms('what is it')).toEqual(['what', 'is', 'it']);
  });

  it('plans strict to loose tries without repeats', () => {
    expect(queryPlan('Can I keep working?')).toEqual([
      { query: 'can i keep working', tier: 0 },
      { query: 'keep working', tier: 1 },
      { query: 'keep', tier: 2 },
      { query: 'working', tier: 2 },
    ]);
    expect(queryPlan('suboxone')).toEqual([{ query: 'suboxone', tier: 0 }]);
    expect(queryPlan('  ?? ')).toEqual([]);
  });
});

describe('ranking', () => {
  it('puts pages found by stricter tries first, then pages matching more single words', () => {
    const order = mergeRankings([
      { tier: 0, hits: [{ id: 'exact', score: 1 }] },
      { tier: 1, hits: [{ id: 'exact', score: 5 }, { id: 'loose', score: 9 }] },
      { tier: 2, hits: [{ id: 'one-word', score: 3 }, { id: 'two-words', score: 2 }] },
      { tier: 2, hits: [{ id: 'two-words', score: 2 }, { id: 'loose', score: 50 }] },
    ]);
    expect(order).toEqual(['exact', 'loose', 'two-words', 'one-word']);
  });
});

describe('result shaping', () => {
  const data = {
    url: '/costs/',
    excerpt: 'page <mark>cost</mark>',
    meta: { title: 'How much does an IOP cost?' },
    filters: { group: ['Costs and choosing'] },
    sub_results: [
      { title: 'How much does an IOP cost?', url: '/costs/', excerpt: 'top' },
      { title: 'What changes the cost?', url: '/costs/#what-changes-the-cost', excerpt: 'a', anchor: { element: 'h2', id: 'what-changes-the-cost' }, locations: [1, 2, 3] },
      { title: 'Insurance', url: '/costs/#insurance', excerpt: 'b <mark>insurance</mark>', anchor: { element: 'h2', id: 'insurance' }, locations: [9] },
    ],
  };

  it('opens at the section whose heading names the reader’s words', () => {
    expect(toResultView(data, 'insurance pay')).toMatchObject({
      pageTitle: 'How much does an IOP cost?',
      sectionTitle: 'Insurance',
      url: '/costs/#insurance',
      pageUrl: '/costs/',
      excerptHtml: 'b <mark>insurance</mark>',
      group: 'Costs and choosing',
    });
  });

  it('otherwise opens at the section with the most matches', () => {
    expect(toResultView(data, 'money').url).toBe('/costs/#what-changes-the-cost');
  });

  it('falls back to the page when no section has an anchor', () => {
    const view = toResultView({ ...data, sub_results: [data.sub_results[0]!] }, 'cost');
    expect(view).toMatchObject({ url: '/costs/', sectionTitle: undefined, excerptHtml: 'page <mark>cost</mark>' });
  });
});

describe('announcements and keys', () => {
  it('words the result count for screen readers', () => {
    expect(resultCountMessage(0, 'xyz')).toBe('No results for “xyz”.');
    expect(resultCountMessage(1, 'cost')).toBe('1 result for “cost”.');
    expect(resultCountMessage(5, ' cost ')).toBe('5 results for “cost”.');
    expect(resultCountMessage(5, '')).toBe('');
  });

  it('moves through results with the arrow keys and back to the box', () => {
    expect(moveFocus(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveFocus(2, 'ArrowDown', 3)).toBe(2);
    expect(moveFocus(0, 'ArrowUp', 3)).toBe(-1);
    expect(moveFocus(1, 'End', 3)).toBe(2);
    expect(moveFocus(2, 'Home', 3)).toBe(0);
    expect(moveFocus(-1, 'ArrowDown', 0)).toBe(-1);
  });

  it('opens search on "/" (not while typing) and on Ctrl+K or ⌘K', () => {
    const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
      key: k,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      ...mods,
    });
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
  });
});
