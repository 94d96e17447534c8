// The Spanish glossary over the BUILT site (run `npm run build` first, or set OUT_DIR): the Spanish A to Z index at
// /es/glosario/, the Spanish letter pages, and every link to a glossary word on a Spanish page.
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/data/glossary.ts';
import { pageTitle, sitePages } from '../../src/lib/glossary-pages.ts';
import { glossaryInOrder, spanishGlossary, spanishSitePages } from '../../src/lib/glossary-pages-es.ts';
import { builtPages } from '../../scripts/shared/site-pages.ts';
import { builtPage, text } from './dist.ts';

const index = builtPage('/es/glosario/');
const pageOfId = new Map(spanishSitePages.flatMap((page) => page.entries.map((entry) => [entry.id, `/${page.path}`] as const)));
const letterPages = spanishSitePages.map((page) => `/${page.path}`);
const spanishPages = builtPages().filter((path) => path.startsWith('/es/'));

describe('the Spanish glossary letter pages', () => {
  it('are all built, twins of the English ones, and are the only pages under /es/glosario/', () => {
    const built = spanishPages.filter((path) => path.startsWith('/es/glosario/') && path !== '/es/glosario/');
    expect(built).toEqual(letterPages);
    expect(built.map((path) => path.replace('/es/glosario/', '/glossary/'))).toEqual(sitePages.map((page) => `/${page.path}`));
  });

  for (const page of spanishSitePages) {
    describe(`/${page.path}`, () => {
      const root = builtPage(`/${page.path}`);

      it('is in Spanish, and names its English twin', () => {
        expect(root.querySelector('html')?.getAttribute('lang')).toBe('es');
        const english = root.querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute('href');
        expect(english).toMatch(new RegExp(`/glossary/${page.range.slug}/$`));
      });

      it('holds exactly its own Spanish words, in Spanish A to Z order, each a heading with the English id', () => {
        const ids = root.querySelectorAll('article .prose .gl > h2[id]').map((heading) => heading.id);
        expect(ids).toEqual(page.entries.map((entry) => entry.id));
        expect(ids.length).toBeGreaterThan(0);
        for (const entry of page.entries) {
          const heading = root.getElementById(entry.id)!;
          expect(text(heading.querySelector('dfn'))).toBe(entry.term);
          if (entry.expansion) expect(text(heading.querySelector('span'))).toBe(`(${entry.expansion})`);
          expect(text(heading.nextElementSibling)).toBe(entry.definition);
        }
      });

      it('has the Spanish glossary topic’s frame under its own Spanish title', () => {
        expect(text(root.querySelector('h1'))).toBe(pageTitle(page));
        expect(pageTitle(page)).toMatch(/^Glosario: /);
        expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`/${page.path}$`));
        expect(text(root.querySelector('.review-dates'))).toBe(text(index.querySelector('.review-dates')));
        expect(root.querySelector('#sources + ol')?.toString()).toBe(index.querySelector('#sources + ol')?.toString());
        expect(root.querySelector('article[data-pagefind-body]')).not.toBeNull();
      });

      it('links to the Spanish A to Z index and every Spanish letter page, in Spanish', () => {
        const nav = root.querySelector('nav.gl-nav')!;
        expect(nav.getAttribute('aria-label')).toBe('Páginas del glosario');
        expect(nav.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual(['/es/glosario/', ...letterPages]);
        expect(nav.querySelector('[aria-current="page"]')?.getAttribute('href')).toBe(`/${page.path}`);
        expect(text(nav.querySelector('a'))).toBe('Todas las palabras, de la A a la Z');
      });

      it('marks the Spanish glossary in the topic lists as the section the reader is in', () => {
        for (const nav of root.querySelectorAll('nav.topic-nav')) {
          expect(nav.querySelectorAll('[aria-current]').map((link) => [link.getAttribute('href'), link.getAttribute('aria-current')])).toEqual([
            ['/es/glosario/', 'true'],
          ]);
        }
      });

      it('points each "Vea también" link at the Spanish page that holds the word, named in Spanish', () => {
        const links = root.querySelectorAll('.gl-see a');
        expect(links.length).toBeGreaterThan(0);
        for (const see of root.querySelectorAll('.gl-see')) expect(text(see)).toMatch(/^Vea también: /);
        for (const link of links) {
          const href = link.getAttribute('href')!;
          const [path, id] = href.split('#') as [string, string];
          expect(path === '' ? `/${page.path}` : path, href).toBe(pageOfId.get(id));
          expect(text(link), href).toBe(spanishGlossary.find((entry) => entry.id === id)!.term);
        }
      });
    });
  }
});

describe('the Spanish A to Z index at /es/glosario/', () => {
  it('lists every Spanish word in Spanish order, under its English id, linking to its Spanish letter page', () => {
    const items = index.querySelectorAll('glossary-index li[id]');
    expect(items.map((item) => item.id)).toEqual(glossaryInOrder('es').map((entry) => entry.id));
    expect(items).toHaveLength(glossary.length);
    for (const item of items) {
      const link = item.querySelector('a')!;
      expect(link.getAttribute('href')).toBe(`${pageOfId.get(item.id)}#${item.id}`);
      expect(text(link)).toBe(spanishGlossary.find((entry) => entry.id === item.id)!.term);
    }
  });

  it('is in Spanish, links to every Spanish letter page, and stays out of the search index', () => {
    expect(text(index.querySelector('glossary-index h2'))).toBe('Todas las palabras, de la A a la Z');
    expect(index.querySelectorAll('nav.gl-nav a').map((link) => link.getAttribute('href'))).toEqual(['/es/glosario/', ...letterPages]);
    expect(index.querySelector('glossary-index')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });
});

describe('links to glossary words from Spanish pages', () => {
  const anchorsOf = new Map(letterPages.map((path) => [path, new Set(builtPage(path).querySelectorAll('.gl > h2[id]').map((heading) => heading.id))]));

  it('each resolve to an existing word on a built Spanish letter page, never to the English glossary', () => {
    let checked = 0;
    for (const path of spanishPages) {
      const root = builtPage(path);
      for (const link of root.querySelectorAll('main a.term, main a[href*="/glosario/"], main a[href*="/glossary/"]')) {
        const raw = link.getAttribute('href')!;
        const href = raw.startsWith('#') ? `${path}${raw}` : raw;
        expect(href, `${path}: ${raw}`).not.toMatch(/^\/glossary\//);
        if (!href.includes('#') || !href.startsWith('/es/glosario/')) continue;
        const [target, id] = href.split('#') as [string, string];
        if (target === '/es/glosario/') continue; // the index's own items, checked above
        checked += 1;
        expect(anchorsOf.get(target)?.has(id), `${path}: ${raw}`).toBe(true);
      }
    }
    // Term links in the Spanish topics, plus every "Vea también" and index link.
    expect(checked).toBeGreaterThan(glossary.length);
  });

  it('from the Spanish topics go straight to the letter page that holds the meaning', () => {
    let terms = 0;
    for (const path of spanishPages.filter((each) => !each.startsWith('/es/glosario/'))) {
      for (const link of builtPage(path).querySelectorAll('main a.term')) {
        terms += 1;
        const [target, id] = link.getAttribute('href')!.split('#') as [string, string];
        expect(target, `${path}: ${link.getAttribute('href')}`).toBe(pageOfId.get(id));
      }
    }
    expect(terms).toBeGreaterThan(10);
  });
});
