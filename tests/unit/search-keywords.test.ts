import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { withSearchKeywords } from '../../src/lib/search-keywords.ts';

const page = '<main><p>before</p><article class="x" data-pagefind-body><h1>Costs</h1></article></main>';

describe('withSearchKeywords', () => {
  it('puts the keywords first inside the indexed article, weighted and hidden', () => {
    const root = parse(withSearchKeywords(page, ['rehab cost', 'price of IOP']));
    const article = root.querySelector('article')!;
    const block = article.querySelector('p')!;
    expect(article.childNodes[0]).toBe(block);
    expect(block.text).toBe('rehab cost, price of IOP');
    expect(block.getAttribute('data-pagefind-weight')).toBe('8');
    expect(block.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('main > p')!.text).toBe('before');
  });

  it('leaves a page without keywords untouched', () => {
    expect(withSearchKeywords(page, [])).toBe(page);
  });

  it('escapes the words, so a keyword cannot add markup', () => {
    const root = parse(withSearchKeywords(page, ['<b>bold</b> & more']));
    expect(root.querySelectorAll('b')).toHaveLength(0);
    expect(root.querySelector('article p')!.text).toBe('<b>bold</b> & more');
  });

  it('fails loudly when a page with keywords has no indexed article', () => {
    expect(() => withSearchKeywords('<main></main>', ['x'])).toThrow(/no <article data-pagefind-body>/);
  });
});
