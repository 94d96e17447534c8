import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { distDir } from './site-pages.ts';

export const publishedListPath = 'tests/fixtures/published-links.txt';

/** The links the list promises, one per line; blank lines and # comments are ignored. */
export function publishedLinks(): string[] {
  return readFileSync(publishedListPath, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('# '));
}

/** Pages and section anchors the built site offers now: every page, and every ##/### heading id in topic content. */
export function currentLinks(routes: readonly string[]): string[] {
  const links: string[] = [];
  for (const route of routes) {
    links.push(route);
    const root = parse(readFileSync(join(distDir, route, 'index.html'), 'utf8'));
    for (const heading of root.querySelectorAll('article .prose h2[id], article .prose h3[id]')) links.push(`${route}#${heading.id}`);
  }
  return links;
}
