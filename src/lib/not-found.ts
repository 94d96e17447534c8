import { withBase } from './site-config.ts';

/**
 * The Spanish "page not found". Astro writes src/pages/es/404.astro to es/404/index.html (build.format 'directory'
 * gives the 404 name to the root page only); the build moves it to es/404.html, beside the English 404.html, where
 * hosts look: Cloudflare Pages serves the nearest 404.html up the folder tree, Netlify follows the rule below, and
 * nginx an `error_page` (README, "Deploying").
 */
export const spanishNotFound = { builtAs: 'es/404/index.html', servedAs: 'es/404.html' } as const;

/**
 * The `_redirects` lines that answer an unknown address under /es/ with the Spanish not-found page and status 404.
 * Netlify applies a rule that is not forced (no `!`) only when no file matches, so every real Spanish page still
 * loads; the line goes last so a renamed Spanish page's 301 above it wins.
 */
export function notFoundRules(base: string): string[] {
  return [
    '# Unknown addresses under /es/ answer with the Spanish not-found page (Cloudflare Pages finds es/404.html itself).',
    `${withBase('/es/*', base)} ${withBase(`/${spanishNotFound.servedAs}`, base)} 404`,
  ];
}
