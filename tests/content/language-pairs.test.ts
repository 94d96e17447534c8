import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/shared/site-pages.ts';
import { withBase } from '../../src/lib/site-config.ts';
import { englishPathOf, SPANISH_PREFIX, spanishPathOf } from '../../src/lib/spanish-edition.ts';
import { builtPage, distDir } from './dist.ts';
import { deploySettings } from './social-meta.ts';

/**
 * The two editions as built: every page has its twin in the other language, and each pair points at each other in
 * the three ways a reader or a search engine meets it (hreflang links, <html lang>, the header's language switch).
 * Twins are named by src/lib/spanish-edition.ts, the same source BaseLayout reads.
 */
const { siteUrl, basePath } = deploySettings();
/**
 * The not-found pages: host servers answer a missing address with /404.html, which Astro writes as a file; the
 * Spanish one lives under /es/ (as /es/404.html or /es/404/). They pair with each other, not through the address map.
 */
const notFoundFiles = { en: ['404.html'], es: ['es/404.html', 'es/404/index.html'] } as const;
const notFound = (lang: 'en' | 'es'): string | undefined => notFoundFiles[lang].find((file) => existsSync(join(distDir, file)));
const isNotFound = (path: string): boolean => path === '/es/404/';
const pages = builtPages().filter((path) => !isNotFound(path));
const built = new Set(pages);
const absolute = (path: string): string => new URL(`${basePath}${path.slice(1)}`, siteUrl).href;
const isSpanish = (path: string): boolean => path.startsWith(SPANISH_PREFIX);
const twinOf = (path: string): string | undefined => (isSpanish(path) ? englishPathOf(path) : spanishPathOf(path));

const parsed = new Map<string, HTMLElement>();
const page = (path: string): HTMLElement => {
  if (!parsed.has(path)) parsed.set(path, builtPage(path));
  return parsed.get(path)!;
};

/** A page's <link rel="alternate" hreflang> links, as "hreflang href" lines, sorted. */
const alternates = (path: string): string[] =>
  page(path)
    .querySelectorAll('link[rel="alternate"][hreflang]')
    .map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`)
    .sort();

/** The pairs both of whose pages are built, each once, English first. */
const pairs = pages.filter((path) => !isSpanish(path) && built.has(twinOf(path) ?? '')).map((en) => [en, twinOf(en)!] as const);

/** Pages whose twin is not built, each with the reason. */
function missingTwins(): string[] {
  const missing: string[] = pages.flatMap((path) => {
    const twin = twinOf(path);
    if (!twin) return [`${path}: no twin named in src/lib/spanish-edition.ts`];
    return built.has(twin) ? [] : [`${path}: its twin ${twin} is not built`];
  });
  const [en, es] = [notFound('en'), notFound('es')];
  if (en && !es) missing.push(`/${en}: its twin, a Spanish not-found page (/${notFoundFiles.es.join(' or /')}), is not built`);
  if (es && !en) missing.push(`/${es}: its twin /${notFoundFiles.en[0]} is not built`);
  return missing;
}

describe('English and Spanish pages come in pairs', () => {
  it('the check is not vacuous: both editions are built and paired', () => {
    expect(pages.filter(isSpanish).length).toBeGreaterThanOrEqual(36);
    // 18 topics and their 18 handouts at least.
    expect(pairs.length).toBeGreaterThanOrEqual(36);
  });

  it('every English page has a Spanish twin, and every Spanish page an English one', () => {
    const missing = missingTwins();
    if (missing.length) console.log(`Pages without a built twin (${missing.length}):\n${missing.join('\n')}`);
    expect(missing).toEqual([]);
  });

  it('<html lang> is "es" on every /es/ page and "en" everywhere else, the not-found pages included', () => {
    const wrong = pages.flatMap((path) => {
      const lang = page(path).querySelector('html')?.getAttribute('lang');
      const expected = isSpanish(path) ? 'es' : 'en';
      return lang === expected ? [] : [`${path}: lang="${lang}", expected "${expected}"`];
    });
    for (const expected of ['en', 'es'] as const) {
      const file = notFound(expected);
      if (!file) continue;
      const lang = parse(readFileSync(join(distDir, file), 'utf8')).querySelector('html')?.getAttribute('lang');
      if (lang !== expected) wrong.push(`/${file}: lang="${lang}", expected "${expected}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('each page of a pair names itself, its twin and x-default (English) in its hreflang links, and its twin names it back', () => {
    const wrong = pairs.flatMap(([en, es]) => {
      const expected = [`en ${absolute(en)}`, `es ${absolute(es)}`, `x-default ${absolute(en)}`].sort();
      return [en, es].flatMap((path) => {
        const found = alternates(path);
        return JSON.stringify(found) === JSON.stringify(expected) ? [] : [`${path}: [${found.join(', ')}], expected [${expected.join(', ')}]`];
      });
    });
    expect(wrong).toEqual([]);
  });

  it('no page names a missing page as its other-language version', () => {
    const files = [notFound('en'), notFound('es')].filter((file): file is string => file !== undefined);
    const fileAddress = (file: string): string => `/${file.replace(/index\.html$/, '')}`;
    const known = new Set([...pages, ...files.map(fileAddress)].map(absolute));
    // The not-found pages' own links are checked too; they are read from their files.
    for (const file of files) parsed.set(fileAddress(file), parse(readFileSync(join(distDir, file), 'utf8')));
    const wrong = [...pages, ...files.map(fileAddress)].flatMap((path) =>
      alternates(path)
        .map((line) => line.split(' ')[1]!)
        .filter((href) => !known.has(href))
        .map((href) => `${path}: hreflang link to ${href}, which is not built`),
    );
    expect(wrong).toEqual([]);
  });

  it('the header’s language switch opens the twin', () => {
    const wrong = pairs.flatMap((pair) =>
      pair.flatMap((path, i) => {
        const twin = pair[1 - i]!;
        const links = page(path).querySelectorAll('header a.language-switch');
        const href = links.map((link) => link.getAttribute('href'));
        const expected = withBase(twin, basePath);
        return href.length === 1 && href[0] === expected ? [] : [`${path}: language switch [${href.join(', ')}], expected ${expected}`];
      }),
    );
    // The not-found pages' switches open each other.
    const [en, es] = [notFound('en'), notFound('es')];
    if (en && es) {
      for (const [file, other] of [[en, es], [es, en]] as const) {
        const href = parse(readFileSync(join(distDir, file), 'utf8')).querySelectorAll('header a.language-switch').map((a) => a.getAttribute('href'));
        const expected = withBase(`/${other.replace(/index\.html$/, '')}`, basePath);
        if (href.length !== 1 || href[0] !== expected) wrong.push(`/${file}: language switch [${href.join(', ')}], expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
