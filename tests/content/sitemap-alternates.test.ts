import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishPathOf, SPANISH_PREFIX, spanishPathOf } from '../../src/lib/spanish-edition.ts';
import { distDir } from './dist.ts';
import { deploySettings } from './social-meta.ts';

/**
 * The built sitemap names each page's other-language twin (xhtml:link alternates, astro.config.mjs and
 * src/lib/sitemap-alternates.ts), the same pairs as the pages' own hreflang links.
 */
const { siteUrl, basePath } = deploySettings();
const absolute = (path: string): string => new URL(`${basePath}${path.slice(1)}`, siteUrl).href;
const pathOf = (url: string): string => `/${new URL(url).pathname.slice(basePath.length)}`;

/** Every <url> of every sitemap the index lists: its address and its alternates as "hreflang href", sorted. */
function sitemapEntries(): Map<string, string[]> {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname.split('/').pop()!);
  const entries = new Map<string, string[]>();
  for (const file of files) {
    for (const [, body] of readFileSync(join(distDir, file), 'utf8').matchAll(/<url>(.*?)<\/url>/gs)) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(body!)![1]!;
      const links = [...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
      entries.set(loc, links.sort());
    }
  }
  return entries;
}

describe('the sitemap lists each page’s language alternates', () => {
  const entries = sitemapEntries();
  const urls = [...entries.keys()];
  const isSpanish = (url: string): boolean => pathOf(url).startsWith(SPANISH_PREFIX);
  const twinUrl = (url: string): string | undefined => {
    const twin = isSpanish(url) ? englishPathOf(pathOf(url)) : spanishPathOf(pathOf(url));
    return twin && absolute(twin);
  };

  it('holds both editions (the check is not vacuous)', () => {
    expect(urls.filter(isSpanish).length).toBeGreaterThanOrEqual(18);
    expect(urls.filter((url) => !isSpanish(url) && entries.has(twinUrl(url) ?? '')).length).toBeGreaterThanOrEqual(18);
  });

  it('every English page with a Spanish twin lists en, es and x-default, and so does the twin', () => {
    const wrong = urls.flatMap((url) => {
      const twin = twinUrl(url);
      if (!twin || !entries.has(twin)) return [];
      const [en, es] = isSpanish(url) ? [twin, url] : [url, twin];
      const expected = [`en ${en}`, `es ${es}`, `x-default ${en}`].sort();
      const found = entries.get(url)!;
      return JSON.stringify(found) === JSON.stringify(expected) ? [] : [`${url}: [${found.join(', ')}], expected [${expected.join(', ')}]`];
    });
    expect(wrong).toEqual([]);
  });

  it('names no alternate that the sitemap does not list', () => {
    const wrong = urls.flatMap((url) =>
      entries
        .get(url)!
        .map((line) => line.split(' ')[1]!)
        .filter((href) => !entries.has(href))
        .map((href) => `${url}: alternate ${href} is not in the sitemap`),
    );
    expect(wrong).toEqual([]);
  });

  it('leaves out the handouts in both languages', () => {
    expect(urls.filter((url) => /\/(handouts|es\/hojas)\//.test(pathOf(url)))).toEqual([]);
  });
});
