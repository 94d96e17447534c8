// Link previews over the BUILT site (run `npm run build` first; OUT_DIR picks another output folder).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { spanishTopicsDir } from '../../src/content/topics-dir.ts';
import { distDir } from './dist.ts';
import { topicFiles } from './helpers.ts';
import { deploySettings } from './social-meta.ts';

const published = topicFiles().filter((topic) => topic.front.draft !== true);
const publishedEs = topicFiles(spanishTopicsDir.replace(/^\.\//, '')).filter((topic) => topic.front.draft !== true);
const { siteUrl, basePath } = deploySettings();
const maxBytes = 100 * 1024;

/** A file in the build, with a hint when the site was not built first. */
function builtFile(path: string): string {
  const file = join(distDir, path);
  if (!existsSync(distDir)) throw new Error(`${distDir} is missing: run \`npm run build\` before the dist tests`);
  return file;
}

describe('link-preview images', () => {
  // The Spanish edition's images live under og/es/ (src/pages/og/es/[slug].png.ts), with the Spanish titles.
  const images = [
    ...['index', ...published.map((topic) => topic.slug)].map((slug) => `og/${slug}.png`),
    ...['index', ...publishedEs.map((topic) => topic.slug)].map((slug) => `og/es/${slug}.png`),
  ];
  it('covers both editions (the check is not vacuous)', () => {
    expect(publishedEs.length).toBeGreaterThan(0);
  });

  for (const image of images) {
    it(`${image} is a 1200×630 PNG under 100 kB`, async () => {
      const file = builtFile(image);
      expect(existsSync(file), `${file} exists`).toBe(true);
      const { format, width, height } = await sharp(file).metadata();
      expect({ format, width, height }).toEqual({ format: 'png', width: 1200, height: 630 });
      const bytes = statSync(file).size;
      expect(bytes).toBeLessThan(maxBytes);
      console.log(`  ${image} ${(bytes / 1024).toFixed(1)} kB`);
    });
  }

  it('makes no image for a draft topic', () => {
    for (const topic of topicFiles().filter((candidate) => candidate.front.draft === true)) {
      expect(existsSync(builtFile(`og/${topic.slug}.png`)), `draft ${topic.slug}`).toBe(false);
    }
    for (const topic of topicFiles(spanishTopicsDir.replace(/^\.\//, '')).filter((candidate) => candidate.front.draft === true)) {
      expect(existsSync(builtFile(`og/es/${topic.slug}.png`)), `Spanish draft ${topic.slug}`).toBe(false);
    }
  });
});

describe('robots.txt and the sitemap', () => {
  const sitemapUrl = new URL(`${basePath}sitemap-index.xml`, siteUrl).href;

  it('builds sitemap-index.xml', () => {
    expect(existsSync(builtFile('sitemap-index.xml'))).toBe(true);
  });

  it('lets every crawler in and names the sitemap by its full address', () => {
    const robots = readFileSync(builtFile('robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: *\S/m);
    const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map(([, url]) => url);
    expect(sitemaps).toEqual([sitemapUrl]);
  });

  it('keeps the preview images and robots.txt out of the sitemap', () => {
    const sitemap = readFileSync(builtFile('sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toMatch(/\/og\/[^<]*\.png/);
    expect(sitemap).not.toContain('robots.txt');
  });
});
