// The glossary over the BUILT site (run `npm run build` first): the A to Z index at /glossary/ and the letter pages.
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/data/glossary.ts';
import { pageTitle, sitePages } from '../../src/lib/glossary-pages.ts';
import { builtPages } from '../../scripts/shared/site-pages.ts';
import { builtPage, text } from './dist.ts';
import { publishedLinks } from '../../scripts/shared/published-links.ts';
import { topicFiles } from './helpers.ts';

const index = builtPage('/glossary/');
const pageOfId = new Map(sitePages.flatMap((page) => page.entries.map((entry) => [entry.id, `/${page.path}`] as const)));

describe('the glossary letter pages', () => {
  it('are all built, and are the only pages under /glossary/', () => {
    const built = builtPages().filter((path) => path.startsWith('/glossary/') && path !== '/glossary/');
    expect(built).toEqual(sitePages.map((page) => `/${page.path}`));
  });

  for (const page of sitePages) {
    describe(`/${page.path}`, () => {
      const root = builtPage(`/${page.path}`);

      it('holds exactly its own words, A to Z, each a heading with the word’s id', () => {
        const ids = root.querySelectorAll('article .prose .gl > h2[id]').map((heading) => heading.id);
        expect(ids).toEqual(page.entries.map((entry) => entry.id));
        expect(ids.length).toBeGreaterThan(0);
        for (const entry of page.entries) {
          const heading = root.getElementById(entry.id)!;
          expect(text(heading.querySelector('dfn'))).toBe(entry.term);
          expect(text(heading.nextElementSibling)).toBe(entry.definition);
        }
      });

      it('has the topic frame: its title, the glossary’s review dates and sources, and search indexing', () => {
        expect(text(root.querySelector('h1'))).toBe(pageTitle(page));
        expect(root.querySelector('title')?.text).toBe(`${pageTitle(page)} | IOP Guide`);
        expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`/${page.path}$`));
        expect(text(root.querySelector('.review-dates'))).toBe(text(index.querySelector('.review-dates')));
        expect(root.querySelector('#sources + ol')?.toString()).toBe(index.querySelector('#sources + ol')?.toString());
        expect(root.querySelector('article[data-pagefind-body]')).not.toBeNull();
      });

      it('links to the A to Z index and to every other letter page', () => {
        const links = root.querySelectorAll('nav.gl-nav a').map((link) => link.getAttribute('href'));
        expect(links).toEqual(['/glossary/', ...sitePages.map((each) => `/${each.path}`)]);
        expect(root.querySelector('nav.gl-nav [aria-current="page"]')?.getAttribute('href')).toBe(`/${page.path}`);
      });

      it('marks the glossary in the topic lists as the section the reader is in, not as this page', () => {
        const navs = root.querySelectorAll('nav.topic-nav');
        expect(navs.length).toBeGreaterThan(0);
        for (const nav of navs) {
          expect(nav.querySelectorAll('[aria-current="page"]')).toHaveLength(0);
          expect(nav.querySelectorAll('[aria-current]').map((link) => [link.getAttribute('href'), link.getAttribute('aria-current')])).toEqual([
            ['/glossary/', 'true'],
          ]);
        }
      });

      it('points each "See also" link at the page that holds the word', () => {
        const links = root.querySelectorAll('.gl-see a');
        expect(links.length).toBeGreaterThan(0);
        for (const link of links) {
          const href = link.getAttribute('href')!;
          const [path, id] = href.split('#') as [string, string];
          expect(path === '' ? `/${page.path}` : path, href).toBe(pageOfId.get(id));
        }
      });

      it('carries no scoped-style attributes from the glossary components', () => {
        for (const part of root.querySelectorAll('.gl, .gl *, .gl-nav, .gl-nav *')) expect(part.rawAttrs, part.tagName).not.toMatch(/data-astro-cid/);
      });
    });
  }
});

describe('the A to Z index at /glossary/', () => {
  it('keeps every word’s old id, on an item that links to the word on its letter page', () => {
    const items = index.querySelectorAll('glossary-index li[id]');
    expect(items.map((item) => item.id).sort()).toEqual(glossary.map((entry) => entry.id).sort());
    for (const item of items) {
      const link = item.querySelector('a')!;
      expect(link.getAttribute('href')).toBe(`${pageOfId.get(item.id)}#${item.id}`);
      expect(text(link)).toBe(glossary.find((entry) => entry.id === item.id)!.term);
    }
  });

  it('keeps every published /glossary/#word address on such an item', () => {
    const old = publishedLinks().filter((link) => link.startsWith('/glossary/#'));
    expect(old.length).toBeGreaterThanOrEqual(60);
    for (const link of old) {
      const id = link.slice('/glossary/#'.length);
      expect(index.querySelector(`glossary-index li[id="${id}"] a`)?.getAttribute('href'), link).toBe(`${pageOfId.get(id)}#${id}`);
    }
  });

  it('links to every letter page, and keeps the word list out of the search index', () => {
    expect(index.querySelectorAll('nav.gl-nav a').map((link) => link.getAttribute('href'))).toEqual(['/glossary/', ...sitePages.map((page) => `/${page.path}`)]);
    expect(index.querySelector('glossary-index')?.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(index.querySelectorAll('.gl > h2')).toHaveLength(0);
  });

  it('carries no scoped-style attributes from the glossary components', () => {
    for (const part of index.querySelectorAll('glossary-index, glossary-index *, .gl-nav, .gl-nav *')) expect(part.rawAttrs, part.tagName).not.toMatch(/data-astro-cid/);
  });
});

describe('links to glossary words from topic pages', () => {
  it('go straight to the letter page that holds the meaning', () => {
    let checked = 0;
    for (const topic of topicFiles().filter((candidate) => candidate.slug !== 'glossary')) {
      const root = builtPage(`/${topic.slug}/`);
      for (const link of root.querySelectorAll('main a.term, main .prose a[href*="/glossary/"]')) {
        const href = link.getAttribute('href')!;
        if (!href.includes('#')) continue;
        checked += 1;
        expect(href, `${topic.slug}: ${href}`).not.toMatch(/^\/glossary\/#/);
        const [path, id] = href.split('#') as [string, string];
        expect(path, `${topic.slug}: ${href}`).toBe(pageOfId.get(id));
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
