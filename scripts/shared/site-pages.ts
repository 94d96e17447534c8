import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// One definition for the page list, the published links and the dist tests, so OUT_DIR moves all of them together.
export const distDir = process.env.OUT_DIR ?? 'dist';

export function isRedirect(file: string): boolean {
  return readFileSync(file, 'utf8').includes('http-equiv="refresh"');
}

/** Every page the build wrote, as the URL path a reader opens (e.g. "/costs/"), so new pages are checked too. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'pagefind' || name === '_astro') continue;
      if (statSync(path).isDirectory()) walk(path);
      // Redirect stubs (src/data/redirects.ts) are Astro's, not pages; the published-links test covers them.
      else if (name === 'index.html' && !isRedirect(path)) pages.push(`/${relative(distDir, dir).split(sep).join('/')}/`.replace(/^\/\/$/, '/'));
    }
  };
  walk(distDir);
  return pages.sort();
}

/** Topic pages: one per file in the topics folder (drafts are not built, so they drop out here too). */
export function topicPages(): string[] {
  const built = new Set(builtPages());
  return readdirSync(process.env.TOPICS_DIR ?? 'content/topics')
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `/${name.replace(/\.mdx$/, '')}/`)
    .filter((path) => built.has(path))
    .sort();
}
