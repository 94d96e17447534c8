import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { topicGroups } from '../../src/data/topic-groups.ts';
import { escapeHtml } from '../../src/lib/escape.ts';
import { searchBoxMarkup } from '../../src/lib/search-box-markup.ts';

describe('searchBoxMarkup', () => {
  const root = parse(searchBoxMarkup({ idPrefix: 'dialog-search', base: '/guide/' }));

  it('ties every label, status and result list to its control by id', () => {
    const input = root.querySelector('input[type="search"]')!;
    expect(input.id).toBe('dialog-search-input');
    expect(root.querySelector(`label[for="${input.id}"]`)?.text).toBe('Search the guide');
    expect(root.querySelector(`#${input.getAttribute('aria-describedby')}`)?.getAttribute('role')).toBe('status');
    expect(root.querySelector(`#${input.getAttribute('aria-controls')}`)?.tagName).toBe('OL');
    const select = root.querySelector('select')!;
    expect(root.querySelector(`label[for="${select.id}"]`)?.text).toBe('Topic group');
  });

  it('offers every topic group as a filter, after "All topics"', () => {
    const options = root.querySelectorAll('option').map((option) => option.text);
    expect(options).toEqual(['All topics', ...topicGroups]);
  });

  it('submits to the search page under the base path, so it works without JavaScript', () => {
    const form = root.querySelector('form')!;
    expect(form.getAttribute('action')).toBe('/guide/search/');
    expect(form.getAttribute('method')).toBe('get');
    expect(root.querySelector('input')!.getAttribute('name')).toBe('q');
    expect(root.querySelector('search-box')!.getAttribute('data-base')).toBe('/guide/');
  });

  it('keeps the query in the address only when asked', () => {
    expect(root.querySelector('search-box')!.hasAttribute('data-sync-url')).toBe(false);
    const page = parse(searchBoxMarkup({ idPrefix: 'page-search', base: '/', syncUrl: true }));
    expect(page.querySelector('search-box')!.hasAttribute('data-sync-url')).toBe(true);
  });

  it('escapes what it is given', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    const hostile = parse(searchBoxMarkup({ idPrefix: 'x"><script>', base: '/' }));
    expect(hostile.querySelectorAll('script')).toHaveLength(0);
  });
});
