// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { normalizeBasePath, normalizeSiteUrl } from './src/lib/site-config.ts';

// Owners set these when deploying (README, "Environment variables"); the defaults suit a local preview.
const site = normalizeSiteUrl(process.env.SITE_URL ?? 'https://iop-guide.example.org');
const base = normalizeBasePath(process.env.BASE_PATH ?? '/');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests build fixture collections side by side; each needs its own output and cache folders.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx(), sitemap()],
  vite: {
    plugins: [tailwindcss()],
  },
});
