// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { topicsDir } from './src/content/topics-dir.ts';
import { redirects } from './src/data/redirects.ts';
import { draftLinkGuard } from './src/integrations/draft-link-guard.ts';
import { hostRedirects } from './src/integrations/host-redirects.ts';
import { forwardsFrom, isForwardingAddress } from './src/lib/forwards.ts';
import { isHandoutAddress } from './src/lib/handout.ts';
import { sitemapAlternates } from './src/lib/sitemap-alternates.ts';
import { normalizeBasePath, normalizeSiteUrl } from './src/lib/site-config.ts';

// Owners set these when deploying (README, "Environment variables"); the defaults suit a local preview.
const site = normalizeSiteUrl(process.env.SITE_URL ?? 'https://iop-guide.example.org');
const base = normalizeBasePath(process.env.BASE_PATH ?? '/');
// Each page's twin in the other language, written into the sitemap as xhtml:link alternates (en, es, x-default).
const alternates = sitemapAlternates(base);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // English stays at the root; the Spanish edition lives under /es/ (src/lib/spanish-edition.ts names its addresses).
  // No redirect by browser language: a link sent in an email opens the page it names.
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false } },
  // Tests build fixture collections side by side; each needs its own output and cache folders.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !isForwardingAddress(page, forwardsFrom(redirects), base) && !isHandoutAddress(page, base) && alternates.keep(page),
      // The locales as the pages' hreflang links name them; the pairs themselves come from `serialize`, since the
      // option alone pairs only pages whose paths match after /es/ (src/lib/sitemap-alternates.ts).
      i18n: { defaultLocale: 'en', locales: { en: 'en', es: 'es' } },
      serialize: (item) => ({ ...item, links: alternates.linksOf(item.url) }),
    }),
    draftLinkGuard(topicsDir, base),
    hostRedirects(redirects, base),
  ],
  // Every stylesheet is a file: the same policy then holds whether a host sends it as a header or not.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No code blocks on this site; Shiki's inline styles would break the policy.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    cacheDir: process.env.CACHE_DIR ? `${process.env.CACHE_DIR}/vite` : undefined,
    // Small scripts stay files too, never inline: the header policy in public/_headers has no hashes.
    // One stylesheet for the whole site (under 10 kB gzipped): a reader's first page fetches it once and every
    // later page finds it cached, and no page's HTML lists three or four stylesheet links.
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
  },
});
