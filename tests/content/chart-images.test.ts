import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/shared/site-pages.ts';
import { builtFileOf, builtPage } from './dist.ts';

/** Every SVG image a built page shows in its content, with the page that shows it. */
const charts = builtPages().flatMap((page) =>
  builtPage(page)
    .querySelectorAll('main img')
    .filter((img) => /\.svg(\?|$)/.test(img.getAttribute('src') ?? ''))
    .map((img) => ({ page, img })),
);

describe('chart images on built pages', () => {
  it('include the cost chart and the levels diagram', () => {
    const shown = charts.map(({ page, img }) => `${page} ${img.closest('[data-figure]')?.getAttribute('data-figure')}`);
    expect(shown).toEqual(expect.arrayContaining(['/costs/ costs', '/levels-of-care/ levels']));
  });

  for (const { page, img } of charts) {
    const src = img.getAttribute('src')!;

    describe(`${page} ${src}`, () => {
      const file = builtFileOf(src);

      it('is a file in dist/ that an SVG renderer reads at the size the <img> reserves', async () => {
        expect(existsSync(file), file).toBe(true);
        const width = Number(img.getAttribute('width'));
        const height = Number(img.getAttribute('height'));
        expect(width).toBeGreaterThan(0);
        expect(height).toBeGreaterThan(0);
        // librsvg (through sharp) refuses a file that is not well-formed XML.
        const metadata = await sharp(file).metadata();
        expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({ format: 'svg', width, height });
        const png = await sharp(file).png().toBuffer();
        expect(png.length).toBeGreaterThan(0);
      });

      it('has a version in its address that follows its contents, so no cache serves an old drawing', () => {
        const version = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 10);
        expect(new URL(src, 'https://site.test/').searchParams.get('v')).toBe(version);
      });

      it('is a stand-alone SVG: namespace, a viewBox matching its width and height, no <style> or <script>', () => {
        const source = readFileSync(file, 'utf8');
        const root = parse(source);
        expect(root.children.map((element) => element.rawTagName), 'the root element').toEqual(['svg']);
        expect(root.querySelectorAll('svg')).toHaveLength(1);
        const attributes = root.children[0]!.rawAttributes;
        expect(attributes.xmlns).toBe('http://www.w3.org/2000/svg');
        // XML is case-sensitive: a "viewbox" would be ignored and the chart would not scale.
        expect(attributes.viewBox).toBe(`0 0 ${attributes.width} ${attributes.height}`);
        expect([attributes.width, attributes.height]).toEqual([img.getAttribute('width'), img.getAttribute('height')]);
        expect(root.querySelectorAll('style, script, foreignObject, image, use')).toHaveLength(0);
        expect(source).not.toMatch(/<style|<script|\sstyle=|\son[a-z]+=|href=/i);
      });

      // Both charts sit well below the first screen, even on a phone; a chart placed near the top should drop this.
      it('is shown with a short alternative text, loaded lazily', () => {
        const alt = img.getAttribute('alt') ?? '';
        expect(alt.length).toBeGreaterThan(20);
        expect(alt.length).toBeLessThanOrEqual(150);
        expect(img.getAttribute('loading')).toBe('lazy');
        expect(img.getAttribute('decoding')).toBe('async');
      });
    });
  }
});
