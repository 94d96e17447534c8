import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { redirects } from '../../src/data/redirects.ts';
import { builtPages } from '../../scripts/shared/site-pages.ts';
import { distDir } from './dist.ts';
import { currentLinks, publishedLinks, publishedListPath } from '../../scripts/shared/published-links.ts';

const published = publishedLinks();

function resolve(link: string): string | null {
  const [path = '', fragment] = link.split('#');
  const file = join(distDir, path, 'index.html');
  if (!existsSync(file)) return `${link}: no page at ${path}`;
  const html = readFileSync(file, 'utf8');
  const refresh = /http-equiv="refresh" content="0;url=([^"]+)"/.exec(html);
  if (refresh) {
    const target = redirects[path];
    if (!target || !refresh[1]!.endsWith(target)) return `${link}: redirects to ${refresh[1]}, not as src/data/redirects.ts says`;
    return resolve(fragment ? `${target}#${fragment}` : target);
  }
  if (fragment && !parse(html).getElementById(fragment)) return `${link}: ${path} has no element with id "${fragment}"`;
  return null;
}

describe('published links never break', () => {
  it('lists the site’s pages and section anchors', () => {
    expect(published.length).toBeGreaterThan(100);
    expect(new Set(published).size, 'no duplicates').toBe(published.length);
  });

  it('every published link still resolves to a page and, for a #fragment, to an element with that id', () => {
    const broken = published.map(resolve).filter((problem): problem is string => problem !== null);
    console.log(`Published links: ${published.length} checked`);
    expect(broken).toEqual([]);
  });

  it('an old address forwards with the site’s security policy and icon, and the host file answers it with a 301', () => {
    const hostFile = readFileSync(join(distDir, '_redirects'), 'utf8');
    for (const [from, to] of Object.entries(redirects)) {
      const page = parse(readFileSync(join(distDir, from, 'index.html'), 'utf8'));
      expect(page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'), from).toContain("script-src 'self'");
      expect(page.querySelector('link[rel="icon"]')?.getAttribute('href'), from).toBe('/favicon.svg');
      // The script carries the #section; the refresh inside <noscript> forwards readers without JavaScript.
      expect(page.querySelector('script[src="/forward.js"]')?.getAttribute('data-to'), from).toBe(to);
      expect(page.querySelector('noscript')?.innerHTML, from).toContain(`content="0;url=${to}"`);
      expect(hostFile.split('\n'), from).toContain(`${from} ${to} 301`);
    }
  });

  it(`every page and ## or ### anchor of the built site is in ${publishedListPath}`, () => {
    const listed = new Set(published);
    const missing = currentLinks(builtPages()).filter((link) => !listed.has(link));
    expect(missing, `add these lines to ${publishedListPath} (never remove any)`).toEqual([]);
  });
});
