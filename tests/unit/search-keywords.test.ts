import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SEARCH_KEYWORDS_ID, toolSearchCopy, withSearchKeywords } from '../../src/lib/search-keywords.ts';

const page = '<main><p>before</p><article class="x" data-pagefind-body><h1>Costs</h1><p>last</p></article><p>after</p></main>';

describe('withSearchKeywords', () => {
  it('puts the keywords last inside the indexed article, as a hidden, weighted section of their own', () => {
    const root = parse(withSearchKeywords(page, ['rehab cost', 'price of IOP']));
    const article = root.querySelector('article')!;
    const block = article.querySelector(`#${SEARCH_KEYWORDS_ID}`)!;
    expect(article.childNodes.at(-1)).toBe(block);
    expect(block.tagName).toMatch(/^H[1-6]$/);
    expect(block.text).toBe('rehab cost, price of IOP');
    expect(block.getAttribute('data-pagefind-weight')).toBe('8');
    expect(block.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('main > p')!.text).toBe('before');
    expect(root.querySelectorAll('main > p').at(-1)!.text).toBe('after');
  });

  it('leaves a page without keywords untouched', () => {
    expect(withSearchKeywords(page, [])).toBe(page);
  });

  it('escapes the words, so a keyword cannot add markup', () => {
    const root = parse(withSearchKeywords(page, ['<b>bold</b> & more']));
    expect(root.querySelectorAll('b')).toHaveLength(0);
    expect(root.querySelector(`#${SEARCH_KEYWORDS_ID}`)!.text).toBe('<b>bold</b> & more');
  });

  it('fails loudly when a page with keywords has no indexed body', () => {
    expect(() => withSearchKeywords('<main></main>', ['x'])).toThrow(/no <article data-pagefind-body>/);
  });
});

describe('toolSearchCopy', () => {
  const tool =
    '<!doctype html><html lang="en"><head><meta name="description" content="Estimate what an IOP may cost &amp; pay."></head>' +
    '<body><nav>Topics</nav><main><h1 class="t">IOP <em>cost</em> estimator</h1><form><label>Every topic</label></form></main></body></html>';

  it('gives the index the title, the description and the keywords, and none of the controls', () => {
    const root = parse(toolSearchCopy(tool, ['calculator']));
    const body = root.querySelector('[data-pagefind-body]')!;
    expect(root.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(body.querySelector('h1')!.text).toBe('IOP cost estimator');
    expect(body.querySelector('[data-pagefind-meta="description"]')!.text).toBe('Estimate what an IOP may cost & pay.');
    expect(body.querySelector(`#${SEARCH_KEYWORDS_ID}`)!.text).toBe('calculator');
    expect(root.text).not.toContain('Every topic');
    expect(root.text).not.toContain('Topics');
  });

  it('refuses a tool page without a heading or a description', () => {
    expect(() => toolSearchCopy('<html lang="en"><body><h1>x</h1></body></html>', [])).toThrow(/meta name="description"/);
  });
});
