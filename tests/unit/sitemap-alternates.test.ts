import { describe, expect, it } from 'vitest';
import { sitemapAlternates } from '../../src/lib/sitemap-alternates.ts';

const site = 'https://example.org';

describe('sitemapAlternates', () => {
  it('names both languages and x-default (English) on both pages of a pair', () => {
    const alternates = sitemapAlternates('/');
    for (const page of ['/costs/', '/es/costos/']) alternates.keep(`${site}${page}`);
    const expected = [
      { url: `${site}/costs/`, lang: 'en' },
      { url: `${site}/es/costos/`, lang: 'es' },
      { url: `${site}/costs/`, lang: 'x-default' },
    ];
    expect(alternates.linksOf(`${site}/costs/`)).toEqual(expected);
    expect(alternates.linksOf(`${site}/es/costos/`)).toEqual(expected);
  });

  it('pairs pages whose Spanish address is in Spanish words, under a base path', () => {
    const alternates = sitemapAlternates('/iop/');
    for (const page of ['/iop/about/', '/iop/es/acerca-de/']) alternates.keep(`${site}${page}`);
    expect(alternates.linksOf(`${site}/iop/es/acerca-de/`)?.map((link) => link.url)).toEqual([
      `${site}/iop/about/`,
      `${site}/iop/es/acerca-de/`,
      `${site}/iop/about/`,
    ]);
  });

  it('names no twin the sitemap does not list, and none for a page without one', () => {
    const alternates = sitemapAlternates('/');
    alternates.keep(`${site}/search/`);
    expect(alternates.linksOf(`${site}/search/`)).toBeUndefined();
    alternates.keep(`${site}/handouts/costs/`);
    expect(alternates.linksOf(`${site}/no-twin/`)).toBeUndefined();
  });
});
