import { describe, expect, it } from 'vitest';
import { searchSynonyms } from '../../src/data/search-synonyms.ts';
import { SEARCH_KEYWORDS_ID } from '../../src/lib/search-keywords.ts';
import {
  foldForMatching,
  mergeRankings,
  moveFocus,
  normalizeQuery,
  phraseMatch,
  queryPlan,
  resultCountMessage,
  rewriteWithSynonyms,
  sectionTerms,
  shownQuery,
  significantTerms,
  Tier,
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
    expect(queryPlan('Can I keep working?').map(({ query, tier }) => [query, tier])).toEqual([
      ['can i keep working', Tier.exact],
      ['keep working', Tier.meaningful],
      ['keep', Tier.oneWord],
      ['working', Tier.oneWord],
      ['worki', Tier.wordStart],
    ]);
    expect(queryPlan('suboxone').map(({ query }) => query)).toEqual(['suboxone', 'subox']);
    expect(queryPlan('  ?? ')).toEqual([]);
  });

  it('marks the tries whose matches can pick a section: meaningful words only', () => {
    const plan = queryPlan('what is cbt');
    expect(plan.find((step) => step.query === 'what is cbt')?.sections).toBe(false);
    expect(plan.find((step) => step.query === 'cbt')?.sections).toBe(true);
  });
});

describe('synonyms', () => {
  const synonyms = [
    { phrases: ['narcan'], meaning: 'naloxone' },
    { phrases: ['drogas', 'alcohol y drogas'], meaning: 'español' },
    { phrases: ['12 step'], meaning: 'support groups' },
  ];

  it('matches whole words, ignoring accents, case and hyphens', () => {
    expect(foldForMatching('Cuánto CUESTA 12-step')).toBe('cuanto cuesta 12 step');
    expect(rewriteWithSynonyms('How to use Narcan?', synonyms)?.query).toBe('how to use naloxone');
    expect(rewriteWithSynonyms('12-step groups', synonyms)?.query).toBe('support groups groups');
    expect(rewriteWithSynonyms('narcanx', synonyms)).toBeUndefined();
  });

  it('replaces the longest phrase first, and brings each meaning in once', () => {
    expect(rewriteWithSynonyms('alcohol y drogas', synonyms)).toEqual({ query: 'español', meaningTerms: ['espanol'] });
    expect(rewriteWithSynonyms('alcohol y drogas, drogas', synonyms)?.query).toBe('español');
  });

  it('tries the site’s words after the reader’s, or first when the reader’s words are only the phrase', () => {
    const mixed = queryPlan('how to use narcan spray', synonyms);
    expect(mixed.slice(0, 2).map(({ query, tier }) => [query, tier])).toEqual([
      ['how to use narcan spray', Tier.exact],
      ['how to use naloxone spray', Tier.synonyms],
    ]);
    const whole = queryPlan('narcan', synonyms);
    expect(whole.find((step) => step.query === 'naloxone')).toMatchObject({ tier: Tier.exact, rewritten: true });
    expect(whole.find((step) => step.query === 'narcan')?.tier).toBe(Tier.synonyms);
  });

  it('has no phrase in two entries, and no entry whose meaning is one of its own phrases', () => {
    const seen = new Map<string, string>();
    for (const entry of searchSynonyms) {
      expect(entry.phrases.length, entry.meaning).toBeGreaterThan(0);
      for (const phrase of entry.phrases) {
        const folded = foldForMatching(phrase);
        expect(seen.get(folded), `"${phrase}" is in two entries`).toBeUndefined();
        seen.set(folded, entry.meaning);
      }
      expect(entry.expect.page).toMatch(/^\/([a-z-]+\/)*$/);
    }
    expect(searchSynonyms.length).toBeGreaterThanOrEqual(15);
  });
});

describe('status line', () => {
  it('repeats a short query whole and cuts a long one at a word, with an ellipsis', () => {
    expect(shownQuery('  sliding   scale ')).toBe('sliding scale');
    const long = 'what happens if i cannot pay for the program and my insurance says no and i have no savings at all';
    const shown = shownQuery(long);
    expect(shown.length).toBeLessThanOrEqual(61);
    expect(shown.endsWith('…')).toBe(true);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
    expect(long[shown.length - 1]).toBe(' ');
    expect(resultCountMessage(3, long)).toBe(`3 results for “${shown}”.`);
  });
});

describe('ranking', () => {
  it('puts pages found by stricter tries first, then pages matching more single words', () => {
    const order = mergeRankings([
      { tier: Tier.exact, hits: [{ id: 'exact', score: 1 }] },
      { tier: Tier.meaningful, hits: [{ id: 'exact', score: 5 }, { id: 'loose', score: 9 }] },
      { tier: Tier.oneWord, hits: [{ id: 'one-word', score: 3 }, { id: 'two-words', score: 2 }] },
      { tier: Tier.oneWord, hits: [{ id: 'two-words', score: 2 }, { id: 'loose', score: 50 }] },
    ]);
    expect(order).toEqual(['exact', 'loose', 'two-words', 'one-word']);
  });

  it('within a tier, puts pages whose own phrases match first', () => {
    const results = [{ tier: Tier.exact, hits: [{ id: 'words', score: 9 }, { id: 'phrase', score: 1 }] }, { tier: Tier.meaningful, hits: [{ id: 'looser', score: 99 }] }];
    expect(mergeRankings(results)).toEqual(['words', 'phrase', 'looser']);
    expect(mergeRankings(results, new Map([['phrase', 3], ['looser', 9]]))).toEqual(['phrase', 'words', 'looser']);
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

  it('picks the section whose heading holds the reader’s words, then the site’s words for them', () => {
    const page = {
      url: '/choosing-a-program/',
      excerpt: '',
      meta: { title: 'How do I choose an IOP?' },
      sub_results: [
        { title: 'Medicine for addiction treatment', url: '/choosing-a-program/#medicine', excerpt: 'm', anchor: { element: 'h2', id: 'medicine' }, locations: [1, 2, 3, 4] },
        { title: 'Warning signs', url: '/choosing-a-program/#warning-signs', excerpt: 'w', anchor: { element: 'h2', id: 'warning-signs' }, locations: [9] },
      ],
    };
    const synonyms = [{ phrases: ['red flags'], meaning: 'warning signs' }];
    expect(toResultView(page, 'red flags treatment center', synonyms).url).toBe('/choosing-a-program/#warning-signs');
    // Without the synonym, "treatment" in a heading is all there is to go on.
    expect(toResultView(page, 'red flags treatment center').url).toBe('/choosing-a-program/#medicine');
    expect(sectionTerms('red flags treatment', synonyms).get('treatment')).toBeLessThan(sectionTerms('red flags treatment', synonyms).get('warning')!);
  });

  it('never shows the search keywords: a keyword-only match shows the page’s opening or its description', () => {
    const keywords = { title: 'rehab, narcan, dual diagnosis', url: '/faq/#search-keywords', excerpt: 'rehab, <mark>narcan</mark>', anchor: { element: 'h6', id: SEARCH_KEYWORDS_ID, text: 'rehab, narcan, dual diagnosis' }, locations: [400] };
    const page = { url: '/faq/', excerpt: 'rehab, <mark>narcan</mark>, dual', meta: { title: 'Questions', description: 'Short & plain answers.' }, sub_results: [keywords] };
    expect(toResultView(page, 'narcan')).toMatchObject({ url: '/faq/', excerptHtml: 'Short &amp; plain answers.' });
    const opening = { title: 'Questions', url: '/faq/', excerpt: 'Short <mark>answers</mark>', locations: [3] };
    expect(toResultView({ ...page, sub_results: [opening, keywords] }, 'narcan').excerptHtml).toBe('Short <mark>answers</mark>');
  });

  it('counts a page’s own search phrase found whole in the query', () => {
    const keywords = { title: 'x', url: '/c/#k', excerpt: '', anchor: { element: 'h6', id: SEARCH_KEYWORDS_ID, text: 'mental health day program, PTSD, dual diagnosis' } };
    const page = { url: '/c/', excerpt: '', meta: { title: 'Which conditions do IOPs treat?' }, sub_results: [keywords] };
    expect(phraseMatch(page, 'Mental health day program')).toBe(4);
    expect(phraseMatch(page, 'dual diagnosis help')).toBe(2);
    expect(phraseMatch(page, 'ptsd')).toBe(1);
    expect(phraseMatch(page, 'day care')).toBe(0);
    expect(phraseMatch({ ...page, sub_results: [] }, 'mental health day program')).toBe(0);
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
