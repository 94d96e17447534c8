// The Spanish edition's fixed pages over the BUILT site (OUT_DIR picks the folder): the home page /es/, the About page
// /es/acerca-de/ and the not-found page es/404.html. Each reads plainly (INFLESZ ≥ 65, no avoided word), speaks
// Spanish, and links inside the Spanish edition to sections that exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/data/site.ts';
import { spanishAvoidWordProblems } from '../../src/lib/avoid-words-es.ts';
import { spanishNotFound } from '../../src/lib/not-found.ts';
import { INFLESZ_FAIRLY_EASY, spanishReadability } from '../../src/lib/readability-es.ts';
import { spanishTopicSlugs } from '../../src/lib/spanish-edition.ts';
import { distDir } from './dist.ts';
import { builtPages } from '../../scripts/shared/site-pages.ts';
import { deploySettings } from './social-meta.ts';

const { basePath } = deploySettings();
const pages = { '/es/': 'es/index.html', '/es/acerca-de/': 'es/acerca-de/index.html', '/es/404.html': spanishNotFound.servedAs } as const;

function built(file: string): HTMLElement {
  const path = join(distDir, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: build the site first (OUT_DIR=... npx astro build)`);
  return parse(readFileSync(path, 'utf8'));
}

const BLOCK = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'DT', 'DD', 'DIV', 'SECTION', 'UL', 'DL', 'ARTICLE']);

/** The prose a reader reads in <main>, one block per line, so a heading or a card never runs into the next sentence. */
function prose(node: Node): string {
  if (node.nodeType === 3) return node.textContent;
  const element = node as HTMLElement;
  const inner = element.childNodes.map(prose).join('');
  const block = BLOCK.has(element.tagName) || element.classList?.contains('block');
  return block ? `\n${inner}\n` : inner;
}

function mainProse(page: HTMLElement): string {
  return prose(page.querySelector('main')!)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Every link in <main> that stays on the site, as a path without the base path. */
function internalLinks(page: HTMLElement): string[] {
  return page
    .querySelectorAll('main a[href]')
    .map((link) => link.getAttribute('href')!)
    .filter((href) => href.startsWith('/'))
    .map((href) => `/${href.slice(basePath.length)}`);
}

describe('the Spanish fixed pages', () => {
  for (const [route, file] of Object.entries(pages)) {
    describe(route, () => {
      it(`reads fairly easily (INFLESZ ≥ ${INFLESZ_FAIRLY_EASY}) and uses no avoided word`, () => {
        const text = mainProse(built(file));
        const { score, words, sentences } = spanishReadability(text);
        console.log(`  ${route}: INFLESZ ${score.toFixed(1)} (${words} words, ${sentences} sentences)`);
        expect(score).toBeGreaterThanOrEqual(INFLESZ_FAIRLY_EASY);
        expect(spanishAvoidWordProblems(text)).toEqual([]);
      });

      it('is a Spanish page that links only inside the Spanish edition, to sections that exist', () => {
        const page = built(file);
        expect(page.querySelector('html')!.getAttribute('lang')).toBe('es');
        const english = built('index.html');
        const links = internalLinks(page);
        expect(links.length).toBeGreaterThan(0);
        for (const link of links) {
          // The About page names its English twin, marked as English; nothing else leaves the Spanish edition.
          if (link === '/about/') continue;
          expect(link, `${route} links to ${link}`).toMatch(/^\/es\//);
          const [path, id] = link.split('#');
          if (!id) continue;
          const target = built(join(path!, 'index.html'));
          expect(target.getElementById(id), `${link}: no element with that id`).not.toBeNull();
        }
        expect(english.querySelector('html')!.getAttribute('lang')).toBe('en');
      });
    });
  }

  it('the home page lists every Spanish topic and the key facts link to Spanish sections', () => {
    const page = built(pages['/es/']);
    const links = new Set(internalLinks(page));
    for (const slug of Object.values(spanishTopicSlugs)) expect(links, slug).toContain(`/es/${slug}/`);
    const keyFacts = page.querySelectorAll('[data-key-facts] a').map((link) => `/${link.getAttribute('href')!.slice(basePath.length)}`);
    expect(keyFacts).toContain('/es/horarios/#cuanto-tiempo-dura-un-iop');
    expect(keyFacts).toContain('/es/para-quien-es/#por-que-la-abstinencia-necesita-atencion-medica');
    expect(page.querySelector('.last-reviewed time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the About page says who translated it, that no medical translator has reviewed it, and that English is the reference', () => {
    const page = built(pages['/es/acerca-de/']);
    const text = mainProse(page);
    expect(text).toContain('Nuestro equipo tradujo las páginas del inglés al español.');
    expect(text).toContain('Un traductor médico que domine el español todavía no las ha revisado.');
    expect(text).toContain('vale el texto en inglés');
    expect(text).not.toMatch(/revisad[oa]s? por un traductor/);
    const mailto = page.querySelector('main a[href^="mailto:"]')!.getAttribute('href')!;
    expect(mailto.startsWith(`mailto:${site.correctionsEmail}?`)).toBe(true);
    expect(page.querySelectorAll('main .prose h2[id]').length).toBeGreaterThanOrEqual(8);
  });

  it('the not-found pages name each other, and the host answers unknown Spanish addresses with the Spanish one', () => {
    expect(existsSync(join(distDir, spanishNotFound.builtAs)), 'es/404/ is moved, not left as a page').toBe(false);
    const spanish = built(spanishNotFound.servedAs);
    expect(spanish.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(internalLinks(spanish)).toContain('/es/buscar/');
    expect(internalLinks(spanish)).toContain('/es/');
    expect(spanish.querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute('href')).toMatch(/\/404\.html$/);
    const english = built('404.html');
    expect(english.querySelector('link[rel="alternate"][hreflang="es"]')?.getAttribute('href')).toMatch(/\/es\/404\.html$/);
    const rules = readFileSync(join(distDir, '_redirects'), 'utf8').split('\n');
    expect(rules).toContain(`${basePath}es/* ${basePath}es/404.html 404`);
    expect(rules.at(-2), 'the catch-all comes after every 301').toBe(`${basePath}es/* ${basePath}es/404.html 404`);
  });
});

/**
 * Every built Spanish page, whatever made it (topics, letter pages, handouts, tools, search): the words a reader gets
 * in <main> avoid the words we do not use, and any page with enough running text to score reads "bastante fácil".
 * A page of fewer words (a search page, a list of links) has too few sentences for a formula to mean anything.
 */
describe('every built Spanish page', () => {
  const MIN_WORDS_TO_SCORE = 80;
  // The glossary's A to Z index is a list of words, not sentences; its meanings are scored on the letter pages.
  const lists = new Set(['/es/glosario/']);
  const spanishPages = builtPages().filter((path) => path.startsWith('/es/'));

  it('is checked at all (topics, letter pages, handouts and tools are built)', () => {
    expect(spanishPages.length).toBeGreaterThanOrEqual(18 + 4 + 18 + 3);
  });

  /** Official names that hold an avoided word; pages print them as they are, as the topics do inside <Name>. */
  const officialNames = ['Administración de Servicios de Salud Mental y Abuso de Sustancias', 'Alcohólicos Anónimos'];

  for (const path of spanishPages) {
    it(`${path} uses no avoided word and reads INFLESZ ≥ ${INFLESZ_FAIRLY_EASY} where it has running text`, () => {
      const page = built(join(path, 'index.html'));
      const text = mainProse(page);
      const withoutNames = officialNames.reduce((rest, name) => rest.replaceAll(name, ''), text);
      expect(spanishAvoidWordProblems(withoutNames)).toEqual([]);
      const { score, words } = spanishReadability(text);
      if (words >= MIN_WORDS_TO_SCORE && !lists.has(path)) expect(score, `${path}: INFLESZ ${score.toFixed(1)}`).toBeGreaterThanOrEqual(INFLESZ_FAIRLY_EASY);
    });
  }
});
