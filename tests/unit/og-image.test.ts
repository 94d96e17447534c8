import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  maxTitleLines,
  previewHeight,
  previewImagePath,
  previewWidth,
  previewWords,
  renderPreviewImage,
  renderPreviewSvg,
  titleFontSize,
} from '../../src/lib/og-image.ts';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const siteName = 'IOP Guide';
const tagline = 'A plain guide to intensive outpatient programs';
const shortTitle = 'Who is an IOP for?';
const longTitle = `${'How much does an intensive outpatient program cost, and what does each kind of health plan cover? '.repeat(4)}`.trim();

interface TextBox {
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

/** The words satori laid out, read from an SVG rendered with `embedFont: false` (text kept as <text> elements). */
function textBoxes(svg: string): TextBox[] {
  return [...svg.matchAll(/<text ([^>]*)>/g)].map(([, attributes]) => {
    const number = (name: string) => Number(new RegExp(`\\b${name}="([^"]+)"`).exec(attributes!)?.[1]);
    return { x: number('x'), y: number('y'), width: number('width'), height: number('height'), fontSize: number('font-size') };
  });
}

describe('renderPreviewImage', () => {
  for (const [name, title] of [['a short title', shortTitle], ['a very long title', longTitle]] as const) {
    it(`makes a 1200×630 PNG under 100 kB for ${name}`, async () => {
      const png = await renderPreviewImage({ title, siteName, tagline });
      expect(png.subarray(0, 8).equals(pngSignature)).toBe(true);
      const { format, width, height } = await sharp(png).metadata();
      expect({ format, width, height }).toEqual({ format: 'png', width: 1200, height: 630 });
      expect(png.length).toBeLessThan(100 * 1024);
      console.log(`  ${name}: ${(png.length / 1024).toFixed(1)} kB`);
    });

    it(`keeps every word of ${name} inside the card, the title on at most ${maxTitleLines} lines`, async () => {
      const boxes = textBoxes(await renderPreviewSvg({ title, siteName, tagline }, { embedFont: false }));
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(previewWidth);
        expect(box.y + box.height).toBeLessThanOrEqual(previewHeight);
      }
      const titleLines = new Set(boxes.filter((box) => box.fontSize === titleFontSize(title)).map((box) => box.y));
      expect(titleLines.size).toBeGreaterThanOrEqual(1);
      expect(titleLines.size).toBeLessThanOrEqual(maxTitleLines);
    });
  }

  it('ends a title too long for three lines with an ellipsis', async () => {
    const svg = await renderPreviewSvg({ title: longTitle, siteName, tagline }, { embedFont: false });
    expect(svg).toContain('…');
  });

  it('shows the site name and the tagline', async () => {
    const svg = await renderPreviewSvg({ title: shortTitle, siteName, tagline }, { embedFont: false });
    const words = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(([, word]) => word).join('');
    expect(words).toContain(siteName);
    expect(words).toContain(tagline);
    expect(words).toContain(shortTitle);
  });

  it('uses smaller type as titles get longer', () => {
    expect(titleFontSize(shortTitle)).toBeGreaterThan(titleFontSize(longTitle));
  });
});

describe('the Spanish previews', () => {
  const longSpanishTitle = '¿Cómo puedo ayudar a mi hijo, mi hija o mi pareja a recibir atención?';
  const cases = [
    ['the home page', previewWords.es.home.title, previewWords.es.home.tagline],
    ['a long topic title', longSpanishTitle, previewWords.es.topicTagline],
  ] as const;

  for (const [name, title, line] of cases) {
    it(`keeps every word of ${name} inside the card, accents included, the tagline on one line`, async () => {
      const svg = await renderPreviewSvg({ title, siteName, tagline: line }, { embedFont: false });
      const boxes = textBoxes(svg);
      for (const box of boxes) {
        expect(box.x + box.width).toBeLessThanOrEqual(previewWidth);
        expect(box.y + box.height).toBeLessThanOrEqual(previewHeight);
      }
      const taglineLines = new Set(boxes.filter((box) => box.fontSize === 32).map((box) => box.y));
      expect(taglineLines.size).toBe(1);
      const words = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(([, word]) => word).join('');
      expect(words).not.toContain('…');
    });
  }

  it('live under og/es/, apart from the English images', () => {
    expect(previewImagePath('en')).toBe('og/index.png');
    expect(previewImagePath('en', 'costs')).toBe('og/costs.png');
    expect(previewImagePath('es')).toBe('og/es/index.png');
    expect(previewImagePath('es', 'costos')).toBe('og/es/costos.png');
  });
});
