/**
 * The link-preview image (Open Graph / Twitter card) for one page: a 1200×630 PNG with the site name, the page
 * title in large type and a short tagline, in the site's colours. Everything is local: fonts are read from
 * node_modules, so building the site needs no network.
 *
 * satori lays the element tree out into an SVG (text as paths), sharp turns the SVG into a palette PNG.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { site } from '../data/site.ts';

export interface PreviewImageInput {
  /** The page's own title (without the site name); long titles wrap to at most three lines. */
  title: string;
  siteName: string;
  /** One short line under the title. */
  tagline: string;
}

/** The size every link preview uses (Facebook, LinkedIn, Slack, X and most mail clients crop to 1.91:1). */
export const previewWidth = 1200;
export const previewHeight = 630;
/** The most lines the title may take; anything longer ends in an ellipsis. */
export const maxTitleLines = 3;

/** The site's colours (src/styles/global.css): white on brand blue has a contrast ratio of 7.1:1 (WCAG AAA). */
export const previewColours = { background: '#005a9c', text: '#ffffff', accent: '#9cc7ea' } as const;

const fontFamily = 'Noto Sans';

/** Large type for short titles, smaller for long ones, so most titles fit in two or three lines without clipping. */
export function titleFontSize(title: string): number {
  const length = [...title.trim()].length;
  if (length <= 32) return 84;
  if (length <= 60) return 72;
  return 62;
}

/** The subset of satori's element shape this module builds (satori takes React-like `{ type, props }` objects). */
interface PreviewNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | PreviewNode | PreviewNode[] };
}

const div = (style: PreviewNode['props']['style'], children?: PreviewNode['props']['children']): PreviewNode => ({
  type: 'div',
  props: { style, children },
});

/** The layout, as data: pure, so it can be inspected without rendering. */
export function previewTree({ title, siteName, tagline }: PreviewImageInput): PreviewNode {
  const { background, text, accent } = previewColours;
  return div(
    {
      width: previewWidth,
      height: previewHeight,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px 60px',
      backgroundColor: background,
      color: text,
      fontFamily,
      // A strip along the left edge keeps the card recognisable when a client shows it small.
      borderLeft: `24px solid ${accent}`,
    },
    [
      div({ display: 'flex', fontSize: 38, fontWeight: 700, letterSpacing: 0.5 }, siteName),
      div(
        {
          display: 'block',
          fontSize: titleFontSize(title),
          fontWeight: 700,
          lineHeight: 1.14,
          lineClamp: maxTitleLines,
        },
        title.trim(),
      ),
      div({ display: 'flex', flexDirection: 'column' }, [
        div({ display: 'flex', width: 120, height: 6, backgroundColor: accent, marginBottom: 22 }),
        div({ display: 'flex', fontSize: 32, fontWeight: 400, lineHeight: 1.3 }, tagline),
      ]),
    ],
  );
}

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

/**
 * Noto Sans, latin, regular and bold, as WOFF (satori reads TTF, OTF and WOFF, not WOFF2). Resolved through
 * node's module resolution from this file, and from the working directory when a bundler has moved this file.
 */
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => {
      const file = `@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`;
      let path: string;
      try {
        path = createRequire(import.meta.url).resolve(file);
      } catch {
        path = createRequire(join(process.cwd(), 'package.json')).resolve(file);
      }
      return { name: fontFamily, data: await readFile(path), weight, style: 'normal' as const };
    }),
  );
  return fonts;
}

/** The preview as SVG. `embedFont: false` keeps text as <text> elements, which tests use to count title lines. */
export async function renderPreviewSvg(input: PreviewImageInput, { embedFont = true } = {}): Promise<string> {
  return satori(previewTree(input), {
    width: previewWidth,
    height: previewHeight,
    fonts: await loadFonts(),
    embedFont,
  });
}

/** The preview as a PNG of 1200×630, with a reduced palette so each image stays well under 100 kB. */
export async function renderPreviewImage(input: PreviewImageInput): Promise<Buffer> {
  const svg = await renderPreviewSvg(input);
  return sharp(Buffer.from(svg))
    .png({ palette: true, colours: 64, compressionLevel: 9, effort: 10, dither: 0.5 })
    .toBuffer();
}

/**
 * Where a page's preview image is built, relative to the site root without the base path: the home page's is
 * `og/index.png`, a topic's `og/<id>.png`; the Spanish edition's live under `og/es/` (`og/es/costos.png`), so a
 * Spanish slug can never take an English one's file. Pages that are neither home nor a topic share the home image.
 */
export function previewImagePath(lang: 'en' | 'es', topicId?: string): string {
  return `og/${lang === 'es' ? 'es/' : ''}${topicId ?? previewHomeSlug}.png`;
}

/** The file name of the home page's image; no topic may take it. */
export const previewHomeSlug = 'index';

/**
 * The words on the images, by language: `home` is the home page's title and line, `topic` the line under a topic's
 * title. English reads the site's tagline from src/data/site.ts, so it stays one string in one place.
 */
export const previewWords: Readonly<Record<'en' | 'es', { home: { title: string; tagline: string }; topicTagline: string }>> = {
  en: {
    home: { title: site.tagline, tagline: 'What an IOP is, who it suits and what it may cost' },
    topicTagline: site.tagline,
  },
  es: {
    home: { title: 'Programas ambulatorios intensivos, en palabras sencillas', tagline: 'Qué es un IOP, a quién le conviene y cuánto puede costar' },
    topicTagline: 'Guía sencilla de los programas ambulatorios intensivos',
  },
};
