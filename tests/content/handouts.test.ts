import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, topicPages } from '../../scripts/shared/site-pages.ts';
import { words } from '../../src/i18n/index.ts';
import { handoutPath, handoutWords } from '../../src/lib/handout.ts';
import { handoutPathIn, pathIn, topicPathIn } from '../../src/lib/spanish-edition.ts';
import { formatDate } from '../../src/i18n/format-date.ts';
import { qrLabel } from '../../src/lib/qr-code.ts';
import { readFrontMatter } from '../../src/lib/topic-prose.ts';
import { deploySettings } from './social-meta.ts';
import { builtPage, distDir, text } from './dist.ts';

/** The one-page handouts as built: one per topic, kept out of search and search engines, with what they promise. */
const { siteUrl, basePath } = deploySettings();
const topics = topicPages().map((path) => path.slice(1, -1));
const full = (path: string): string => new URL(`${basePath}${path.slice(1)}`, siteUrl).href;
/** The Spanish topics as built: one per file in the Spanish topics folder (drafts are not built, so they drop out). */
const spanishDir = process.env.SPANISH_TOPICS_DIR ?? 'content/es/topics';
const spanishTopics = readdirSync(spanishDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''))
  .filter((slug) => existsSync(join(distDir, topicPathIn('es', slug), 'index.html')))
  .sort();
const es = words('es');

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
    // What Pagefind indexed, read from its fragments (one gzipped record per page, "pagefind_dcd" then JSON with
    // the page's url): every indexed page, whichever script added it, and no handout in either language among them.
    const fragments = join(distDir, 'pagefind', 'fragment');
    const indexedUrls = readdirSync(fragments).map(
      (name) => (JSON.parse(gunzipSync(readFileSync(join(fragments, name))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string }).url,
    );
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(indexedUrls.length).toBe(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0));
    expect(indexedUrls.length).toBeGreaterThan(topics.length);
    expect(indexedUrls.filter((url) => /\/(handouts|es\/hojas)\//.test(url))).toEqual([]);
    const withBody = builtPages().filter((path) => builtPage(path).querySelector('[data-pagefind-body]'));
    expect(withBody.some((path) => path.startsWith('/handouts/') || path.startsWith('/es/hojas/'))).toBe(false);
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

describe('Spanish one-page handouts (/es/hojas/)', () => {
  it('exist for every Spanish topic (the check is not vacuous)', () => {
    expect(spanishTopics.length).toBeGreaterThanOrEqual(10);
    for (const slug of spanishTopics) expect(existsSync(join(distDir, handoutPathIn('es', slug), 'index.html')), slug).toBe(true);
  });

  for (const slug of spanishTopics) {
    it(`${handoutPathIn('es', slug)} carries the Spanish title, key points, help lines, review date, address and QR code`, () => {
      const page = builtPage(handoutPathIn('es', slug));
      const front = readFrontMatter(readFileSync(join(spanishDir, `${slug}.mdx`), 'utf8')) as {
        title: string;
        keyPoints: string[];
        reviewed: { last: Date | string };
      };
      expect(page.querySelector('html')?.getAttribute('lang')).toBe('es');
      expect(text(page.querySelector('h1'))).toBe(front.title);
      // The same words as the Spanish page's "En resumen", every key number filled with the Spanish fact words.
      const points = page.querySelectorAll('.handout-points li').map((li) => text(li));
      expect(points).toEqual(builtPage(topicPathIn('es', slug)).querySelectorAll('.key-points li').map((li) => text(li)));
      expect(points).toHaveLength(front.keyPoints.length);
      for (const point of points) expect(point).not.toMatch(/\{fact:/i);
      expect(text(page.querySelector('#handout-points-heading'))).toBe(es.handout.keyPointsHeading);
      // The Spanish help lines: 988's "oprima 2" and the helpline in English and Spanish.
      const help = page.querySelector('.handout .crisis-lines');
      expect(text(help?.querySelector('h2'))).toBe(es.handout.helpHeading);
      for (const dial of ['911', '988', '18006624357']) expect(help?.querySelector(`a[href="tel:${dial}"]`), dial).not.toBeNull();
      expect(text(help)).toContain('oprima 2');
      expect(text(help)).toContain(es.crisisLines.lines.helpline.name);
      const reviewed = new Date(front.reviewed.last);
      const time = page.querySelector('.handout-page time');
      expect(time?.getAttribute('datetime')).toBe(reviewed.toISOString().slice(0, 10));
      expect(text(time)).toBe(formatDate(reviewed, 'es'));
      const address = full(topicPathIn('es', slug));
      expect(text(page.querySelector('.handout-address'))).toBe(address);
      expect(page.querySelector('.handout-page svg')?.getAttribute('aria-label')).toBe(qrLabel(address, 'es'));
      expect(page.querySelector('.handout-overdose a')?.getAttribute('href')).toBe(`${basePath}${pathIn('es', '/opioids-and-overdose/').slice(1)}`);
      expect(text(page.querySelector('.handout-disclaimer'))).toBe(es.footer.disclaimer);
      // Nothing of the English handout's own words is left.
      for (const english of [handoutWords.keyPointsHeading, handoutWords.backToPage, handoutWords.fullPageHeading]) expect(text(page)).not.toContain(english);
    });
  }

  it('stay out of the site search, search engines and the sitemap', () => {
    const sitemaps = ['sitemap-0.xml', 'sitemap-1.xml'].filter((file) => existsSync(join(distDir, file)));
    const sitemap = sitemaps.map((file) => readFileSync(join(distDir, file), 'utf8')).join('\n');
    for (const slug of spanishTopics) {
      const page = builtPage(handoutPathIn('es', slug));
      expect(page.querySelector('[data-pagefind-body]'), slug).toBeNull();
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content'), slug).toBe('noindex');
      expect(sitemap, slug).not.toContain(full(handoutPathIn('es', slug)));
      expect(sitemap, slug).toContain(`<loc>${full(topicPathIn('es', slug))}</loc>`);
    }
  });

  it('are linked from each Spanish topic’s share bar', () => {
    for (const slug of spanishTopics) {
      const link = builtPage(topicPathIn('es', slug))
        .querySelectorAll('.share-bar a')
        .find((a) => text(a) === es.share.handout);
      expect(link?.getAttribute('href'), slug).toBe(`${basePath}es/hojas/${slug}/`);
    }
  });

  it('have a Spanish <title> and a meta description short enough for a preview', () => {
    for (const slug of spanishTopics) {
      const page = builtPage(handoutPathIn('es', slug));
      expect(text(page.querySelector('title')), slug).toMatch(new RegExp(`^${es.handout.titlePrefix}`));
      const description = page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, slug).toBeLessThanOrEqual(160);
    }
  });
});
