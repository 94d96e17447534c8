import { withBase } from './site-config.ts';
import { englishPathOf, SPANISH_PREFIX, spanishPathOf } from './spanish-edition.ts';

/** One <xhtml:link rel="alternate"> of a sitemap entry, as @astrojs/sitemap writes it. */
export interface SitemapLink {
  url: string;
  lang: string;
}

/**
 * The sitemap's language alternates. @astrojs/sitemap's own `i18n` option pairs pages by the same path after the
 * locale ("/about/" with "/es/about/"), but Spanish addresses are Spanish words ("/es/acerca-de/"), so the pairs come
 * from src/lib/spanish-edition.ts, as the pages' own hreflang links do (BaseLayout). A twin is named only when the
 * sitemap lists it too: `keep` sees every page the filter keeps, and the integration filters all pages before it
 * serializes any.
 */
export function sitemapAlternates(base: string): {
  keep: (page: string) => true;
  linksOf: (page: string) => SitemapLink[] | undefined;
} {
  const listed = new Set<string>();
  return {
    keep(page) {
      listed.add(page);
      return true;
    },
    linksOf(page) {
      const url = new URL(page);
      if (!url.pathname.startsWith(base)) return undefined;
      const own = `/${url.pathname.slice(base.length)}`;
      const spanish = own.startsWith(SPANISH_PREFIX);
      const twin = spanish ? englishPathOf(own) : spanishPathOf(own);
      if (!twin) return undefined;
      const twinUrl = new URL(withBase(twin, base), url.origin).href;
      if (!listed.has(twinUrl)) return undefined;
      const [en, es] = spanish ? [twinUrl, url.href] : [url.href, twinUrl];
      return [
        { url: en, lang: 'en' },
        { url: es, lang: 'es' },
        { url: en, lang: 'x-default' },
      ];
    },
  };
}
