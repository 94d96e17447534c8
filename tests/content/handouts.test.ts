import { existsSync, readFileSync } from 'node:fs';
import { toolPages } from '../../src/data/tools.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, topicPages } from '../../scripts/shared/site-pages.ts';
import { handoutPath, handoutWords } from '../../src/lib/handout.ts';
import { qrLabel } from '../../src/lib/qr-code.ts';
import { readFrontMatter } from '../../src/lib/topic-prose.ts';
import { deploySettings } from './social-meta.ts';
import { builtPage, distDir, text } from './dist.ts';

/** The one-page handouts as built: one per topic, kept out of search and search engines, with what they promise. */
const { siteUrl, basePath } = deploySettings();
const topics = topicPages().map((path) => path.slice(1, -1));
const full = (path: string): string => new URL(`${basePath}${path.slice(1)}`, siteUrl).href;

describe('one-page handouts', () => {
  it('exist for every topic (the check is not vacuous)', () => {
    expect(topics.length).toBeGreaterThanOrEqual(10);
    for (const topic of topics) expect(existsSync(join(distDir, handoutPath(topic), 'index.html')), topic).toBe(true);
  });

  for (const topic of topics) {
    it(`${handoutPath(topic)} carries the title, key points, help lines, review date, address and QR code`, () => {
      const page = builtPage(handoutPath(topic));
      const front = readFrontMatter(readFileSync(`content/topics/${topic}.mdx`, 'utf8')) as {
        title: string;
        keyPoints: string[];
        reviewed: { last: Date | string };
      };
      expect(text(page.querySelector('h1'))).toBe(front.title);
      // The same words as the page's "In short", with every key number filled in.
      const points = page.querySelectorAll('.handout-points li').map((li) => text(li));
      expect(points).toEqual(builtPage(`/${topic}/`).querySelectorAll('.key-points li').map((li) => text(li)));
      expect(points).toHaveLength(front.keyPoints.length);
      expect(front.keyPoints.length).toBeGreaterThanOrEqual(3);
      for (const point of points) expect(point).not.toMatch(/\{fact:/i);
      const help = page.querySelector('.handout .crisis-lines');
      for (const dial of ['911', '988', '18006624357']) expect(help?.querySelector(`a[href="tel:${dial}"]`), dial).not.toBeNull();
      const reviewed = new Date(front.reviewed.last).toISOString().slice(0, 10);
      expect(page.querySelector('.handout-page time')?.getAttribute('datetime')).toBe(reviewed);
      const address = full(`/${topic}/`);
      expect(text(page.querySelector('.handout-address'))).toBe(address);
      const qr = page.querySelector('.handout-page svg');
      expect(qr?.getAttribute('role')).toBe('img');
      expect(qr?.getAttribute('aria-label')).toBe(qrLabel(address));
      expect(page.querySelector('.handout-overdose a')?.getAttribute('href')).toBe(`${basePath}opioids-and-overdose/`);
    });
  }

  it('stay out of the site search, search engines and the sitemap', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const topic of topics) {
      const page = builtPage(handoutPath(topic));
      expect(page.querySelector('[data-pagefind-body]'), topic).toBeNull();
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content'), topic).toBe('noindex');
      expect(sitemap, topic).not.toContain(full(handoutPath(topic)));
      expect(sitemap, topic).toContain(`<loc>${full(`/${topic}/`)}</loc>`);
    }
    // Pagefind indexes the pages with data-pagefind-body plus the tool pages, which scripts/index-search.ts adds from
    // src/data/tools.ts: its count is exactly those, so no handout is in it.
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const withBody = builtPages().filter((path) => builtPage(path).querySelector('[data-pagefind-body]'));
    expect(withBody.some((path) => path.startsWith('/handouts/'))).toBe(false);
    expect(indexed).toBe(withBody.length + toolPages.length);
  });

  it('are linked from each topic’s share bar', () => {
    for (const topic of topics) {
      const link = builtPage(`/${topic}/`)
        .querySelectorAll('.share-bar a')
        .find((a) => text(a) === handoutWords.linkText);
      expect(link?.getAttribute('href'), topic).toBe(`${basePath}handouts/${topic}/`);
    }
  });

  it('have a meta description short enough for a preview', () => {
    for (const topic of topics) {
      const description = builtPage(handoutPath(topic)).querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, topic).toBeLessThanOrEqual(160);
    }
  });

  it('put the address and its QR code at the top of every printed topic, out of the search index', () => {
    for (const topic of topics) {
      const article = builtPage(`/${topic}/`).querySelector('article[data-pagefind-body]')!;
      const block = article.querySelector('.print-address');
      expect(block, topic).not.toBeNull();
      expect(article.childNodes.find((node) => node.nodeType === 1), topic).toBe(block);
      expect(block!.getAttribute('data-pagefind-ignore'), topic).not.toBeNull();
      expect(text(block)).toContain(full(`/${topic}/`));
      expect(block!.querySelector('svg')?.getAttribute('aria-label')).toBe(qrLabel(full(`/${topic}/`)));
    }
  });
});
