import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, topicPages } from '../../scripts/shared/site-pages.ts';
import { spanishTopicsDir } from '../../src/content/topics-dir.ts';
import { spanishNotFound } from '../../src/lib/not-found.ts';
import { distDir } from './dist.ts';
import { expectSocialMeta } from './social-meta.ts';

const topicSlugs = new Set(topicPages().map((path) => path.slice(1, -1)));
const spanishSlugs = new Set(readdirSync(spanishTopicsDir).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -'.mdx'.length)));

/** The preview a page should carry: its topic's own image, or its edition's home image. */
function expectedPreview(route: string): { type: 'website' | 'article'; imagePath: string; locale: string } {
  const spanish = route.startsWith('/es/');
  // A page under a topic (the glossary's letter pages, /glossary/a-c/) is part of that topic and shares its preview.
  const topic = /^\/([a-z0-9-]+)\/(?:[a-z0-9-]+\/)?$/.exec(spanish ? route.slice('/es'.length) : route)?.[1];
  const isTopic = topic !== undefined && (spanish ? spanishSlugs : topicSlugs).has(topic);
  const folder = spanish ? 'og/es/' : 'og/';
  return { type: isTopic ? 'article' : 'website', imagePath: `${folder}${isTopic ? topic : 'index'}.png`, locale: spanish ? 'es_US' : 'en_US' };
}

describe('link previews on every page', () => {
  const routes = builtPages();
  it('checks pages in both languages (the check is not vacuous)', () => {
    expect(routes.some((route) => route.startsWith('/es/'))).toBe(true);
    expect(routes.some((route) => !route.startsWith('/es/'))).toBe(true);
  });

  for (const route of routes) {
    it(`${route} has Open Graph and Twitter card tags with an image, in its language`, () => {
      const html = readFileSync(join(distDir, route, 'index.html'), 'utf8');
      const page = parse(html);
      // A page with a twin in the other language names that language as og:locale:alternate, and only then.
      const hasTwin = page.querySelector('link[rel="alternate"][hreflang="x-default"]') !== null;
      const preview = expectedPreview(route);
      expectSocialMeta(html, route.slice(1), {
        ...preview,
        alternateLocale: hasTwin ? (preview.locale === 'es_US' ? 'en_US' : 'es_US') : null,
      });
    });
  }

  it('the not-found pages carry their edition’s home preview', () => {
    for (const [file, imagePath, locale] of [
      ['404.html', 'og/index.png', 'en_US'],
      [spanishNotFound.servedAs, 'og/es/index.png', 'es_US'],
    ] as const) {
      const page = parse(readFileSync(join(distDir, file), 'utf8'));
      expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content'), file).toMatch(new RegExp(`/${imagePath}$`));
      expect(page.querySelector('meta[property="og:locale"]')?.getAttribute('content'), file).toBe(locale);
    }
  });
});
