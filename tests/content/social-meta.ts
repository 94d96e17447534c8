import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect } from 'vitest';
import { site as siteData } from '../../src/data/site.ts';
import { normalizeBasePath, normalizeSiteUrl } from '../../src/lib/site-config.ts';
import { distDir } from './dist.ts';

export interface SocialMetaExpectations {
  /** og:title, when the test knows it. */
  title?: string;
  /** og:type; any of the two when not given. */
  type?: 'website' | 'article';
  /** The image path as given to SocialMeta (`og/costs.png`); any `og/*.png` when not given. */
  imagePath?: string;
  /** The deploy settings the site was built with; by default read from SITE_URL and BASE_PATH like astro.config.mjs. */
  siteUrl?: string;
  basePath?: string;
  /** og:locale (`en_US`, `es_US`) and og:locale:alternate (the twin's locale, or none), when the test knows them. */
  locale?: string;
  alternateLocale?: string | null;
  /** The built site, to check the image the tags name is there; `false` skips that check. */
  outDir?: string | false;
}

/** The deploy settings the build used, read the way astro.config.mjs reads them. */
export function deploySettings(): { siteUrl: string; basePath: string } {
  return {
    siteUrl: normalizeSiteUrl(process.env.SITE_URL ?? 'https://iop-guide.example.org'),
    basePath: normalizeBasePath(process.env.BASE_PATH ?? '/'),
  };
}

/**
 * Checks a built page's link-preview tags (src/components/SocialMeta.astro): each tag once, every address absolute
 * and under the site's base path, og:url the same as the canonical link, og:description the same as the meta
 * description, the image 1200×630 PNG with alt text, and the image file present in the build.
 *
 * `path` is the page's address inside the site, without the base path: "" or "/" for home, "costs/" for a topic.
 */
export function expectSocialMeta(html: string, path: string, expected: SocialMetaExpectations = {}): void {
  const { siteUrl, basePath } = { ...deploySettings(), ...definedOnly(expected) };
  const where = `page "${path}"`;
  const page = parse(html);

  const tag = (attribute: 'property' | 'name', key: string): string => {
    const tags = page.querySelectorAll(`meta[${attribute}="${key}"]`);
    expect(tags, `${where}: one <meta ${attribute}="${key}">`).toHaveLength(1);
    const content = tags[0]!.getAttribute('content') ?? '';
    expect(content.trim(), `${where}: ${key} has content`).not.toBe('');
    return content;
  };

  const pageUrl = new URL(`${basePath}${path.replace(/^\/+/, '')}`, siteUrl).href;
  const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');

  const title = tag('property', 'og:title');
  if (expected.title !== undefined) expect(title, `${where}: og:title`).toBe(expected.title);

  const description = tag('property', 'og:description');
  const metaDescription = page.querySelector('meta[name="description"]')?.getAttribute('content');
  if (metaDescription !== undefined) expect(description, `${where}: og:description`).toBe(metaDescription);

  const url = tag('property', 'og:url');
  expect(url, `${where}: og:url`).toBe(pageUrl);
  if (canonical !== undefined) expect(url, `${where}: og:url matches the canonical link`).toBe(canonical);

  const type = tag('property', 'og:type');
  expect(expected.type ? [expected.type] : ['website', 'article'], `${where}: og:type`).toContain(type);

  expect(tag('property', 'og:site_name'), `${where}: og:site_name`).toBe(siteData.name);

  const locale = tag('property', 'og:locale');
  expect(locale, `${where}: og:locale`).toMatch(/^(en|es)_US$/);
  if (expected.locale !== undefined) expect(locale, `${where}: og:locale`).toBe(expected.locale);
  const alternates = page.querySelectorAll('meta[property="og:locale:alternate"]').map((meta) => meta.getAttribute('content'));
  if (expected.alternateLocale !== undefined) {
    expect(alternates, `${where}: og:locale:alternate`).toEqual(expected.alternateLocale === null ? [] : [expected.alternateLocale]);
  }

  const image = tag('property', 'og:image');
  const imageUrl = new URL(image);
  expect(image, `${where}: og:image is absolute`).toMatch(/^https?:\/\//);
  expect(imageUrl.origin, `${where}: og:image on the site's host`).toBe(new URL(siteUrl).origin);
  expect(imageUrl.pathname.startsWith(basePath), `${where}: og:image ${image} is under the base path ${basePath}`).toBe(true);
  const imagePath = imageUrl.pathname.slice(basePath.length);
  if (expected.imagePath !== undefined) expect(imagePath, `${where}: og:image`).toBe(expected.imagePath.replace(/^\/+/, ''));
  else expect(imagePath, `${where}: og:image`).toMatch(/^og\/(?:es\/)?[a-z0-9-]+\.png$/);

  expect(tag('property', 'og:image:width'), `${where}: og:image:width`).toBe('1200');
  expect(tag('property', 'og:image:height'), `${where}: og:image:height`).toBe('630');
  expect(tag('property', 'og:image:type'), `${where}: og:image:type`).toBe('image/png');
  tag('property', 'og:image:alt');
  expect(tag('name', 'twitter:card'), `${where}: twitter:card`).toBe('summary_large_image');

  const outDir = expected.outDir ?? distDir;
  if (outDir !== false) expect(existsSync(join(outDir, imagePath)), `${where}: ${join(outDir, imagePath)} exists`).toBe(true);
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
