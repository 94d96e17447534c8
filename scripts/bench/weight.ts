// Page weight, read straight from the built files: what a first visit to each page transfers before any interaction.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  /** The page's address, e.g. /costs/. */
  route: string;
  isTopic: boolean;
  html: Sizes;
  /** The HTML with the inside of <main> removed: what every page carries besides its own content. */
  frame: Sizes;
  css: Sizes;
  js: Sizes;
  /** Images and icons the page references (and url()s in its CSS): gzip for text formats such as SVG, raw bytes otherwise. */
  images: number;
  /** HTML + CSS + JS (gzip) + images: what a first visit transfers before any interaction. */
  total: number;
  cssFiles: string[];
  jsFiles: string[];
  imageFiles: string[];
  /** References that point at nothing in the build (reported, never silently skipped). */
  missing: string[];
}

// Compression as a host would apply it: zlib defaults (gzip level 6, Brotli quality 11).
const sizeCache = new Map<string, Sizes>();

export function sizesOf(buffer: Buffer): Sizes {
  return { raw: buffer.length, gzip: gzipSync(buffer).length, brotli: brotliCompressSync(buffer).length };
}

function fileSizes(path: string): Sizes {
  let sizes = sizeCache.get(path);
  if (!sizes) {
    sizes = sizesOf(readFileSync(path));
    sizeCache.set(path, sizes);
  }
  return sizes;
}

const TEXT_ASSETS = new Set(['.svg', '.ico', '.css', '.js', '.json', '.html', '.txt', '.xml']);

/** What an asset costs on the wire: text formats compress (gzip), images and fonts are sent as they are. */
function transferSize(path: string): number {
  return TEXT_ASSETS.has(extname(path).toLowerCase()) ? fileSizes(path).gzip : statSync(path).size;
}

function sum(list: readonly Sizes[]): Sizes {
  return list.reduce((total, sizes) => ({ raw: total.raw + sizes.raw, gzip: total.gzip + sizes.gzip, brotli: total.brotli + sizes.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

/** Every index.html in the build except redirect stubs and Pagefind's folder, as routes. */
export function listPages(outDir: string): { route: string; file: string }[] {
  const pages: { route: string; file: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === outDir && entry.name === 'pagefind') continue;
        walk(path);
      } else if (entry.name === 'index.html') {
        if (/http-equiv=["']?refresh/i.test(readFileSync(path, 'utf8'))) continue;
        const folder = relative(outDir, dir).split(sep).join('/');
        pages.push({ route: folder ? `/${folder}/` : '/', file: path });
      }
    }
  };
  walk(outDir);
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}

/** Maps a URL found in a built file to the file on disk; undefined for other origins and data: URLs. */
function toFile(outDir: string, fromRoute: string, reference: string): string | undefined {
  if (!reference || /^(data|blob|mailto|tel|javascript):/i.test(reference)) return undefined;
  const url = new URL(reference, `http://bench.invalid${fromRoute}`);
  if (url.host !== 'bench.invalid') return undefined;
  let path = decodeURIComponent(url.pathname);
  if (path.endsWith('/')) path += 'index.html';
  return join(outDir, path);
}

function routeOf(outDir: string, file: string): string {
  return `/${relative(outDir, file).split(sep).join('/')}`;
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+?\.m?js)["']/g;

/** A module and every module it statically imports, recursively; dynamic import() is left out on purpose. */
function moduleGraph(outDir: string, entry: string, seen: Set<string>, missing: string[]): void {
  if (seen.has(entry)) return;
  if (!existsSync(entry)) {
    missing.push(routeOf(outDir, entry));
    return;
  }
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  const from = routeOf(outDir, entry);
  for (const match of source.matchAll(STATIC_IMPORT)) {
    const file = toFile(outDir, from, match[1]!);
    if (file) moduleGraph(outDir, file, seen, missing);
  }
}

const CSS_IMPORT = /@import\s+(?:url\()?\s*["']?([^"')\s;]+)["']?\s*\)?/g;
const CSS_URL = /url\(\s*["']?([^"')]+)["']?\s*\)/g;

function stylesheetGraph(outDir: string, entry: string, seen: Set<string>, assets: Set<string>, missing: string[]): void {
  if (seen.has(entry)) return;
  if (!existsSync(entry)) {
    missing.push(routeOf(outDir, entry));
    return;
  }
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  const from = routeOf(outDir, entry);
  const imported = new Set<string>();
  for (const match of source.matchAll(CSS_IMPORT)) {
    const file = toFile(outDir, from, match[1]!);
    if (file) {
      imported.add(file);
      stylesheetGraph(outDir, file, seen, assets, missing);
    }
  }
  for (const match of source.matchAll(CSS_URL)) {
    const file = toFile(outDir, from, match[1]!);
    if (file && !imported.has(file)) assets.add(file);
  }
}

/**
 * A page's HTML with the inside of its <main> emptied: the head, header, crisis line, navigation and footer. The
 * frame is budgeted apart from the writing, so a page that needs more words to be safe can have them.
 * Throws when a page has no <main>, since its frame could not be told from its content.
 */
export function frameOf(html: string): string {
  const open = /<main\b[^>]*>/i.exec(html);
  const close = html.lastIndexOf('</main>');
  if (!open || close < open.index) throw new Error('the page has no <main> element, so its frame cannot be measured');
  return html.slice(0, open.index + open[0].length) + html.slice(close);
}

/** Which pages count as topics: one per MDX file, the file name being the page's slug. */
export function topicSlugsIn(topicsDir: string): Set<string> {
  return new Set(
    readdirSync(topicsDir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.replace(/\.mdx$/, '')),
  );
}

/** The topic slug a page address stands for: /costs/ → costs. */
export function routeSlug(route: string): string {
  return route.replace(/^\/|\/$/g, '');
}

export function measurePage(outDir: string, route: string, file: string, topicSlugs: ReadonlySet<string>): PageWeight {
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const root = parse(text);
  const missing: string[] = [];

  const cssEntries = root
    .querySelectorAll('link[rel~="stylesheet"][href]')
    .map((link) => toFile(outDir, route, link.getAttribute('href')!))
    .filter((path): path is string => Boolean(path));
  const css = new Set<string>();
  const cssAssets = new Set<string>();
  for (const entry of cssEntries) stylesheetGraph(outDir, entry, css, cssAssets, missing);

  // Scripts that run on load: every external <script> (module or classic) and every modulepreload, with their imports.
  const jsEntries = [
    ...root.querySelectorAll('script[src]').map((script) => script.getAttribute('src')!),
    ...root.querySelectorAll('link[rel~="modulepreload"][href]').map((link) => link.getAttribute('href')!),
  ]
    .map((src) => toFile(outDir, route, src))
    .filter((path): path is string => Boolean(path));
  const js = new Set<string>();
  for (const entry of jsEntries) moduleGraph(outDir, entry, js, missing);

  const imageRefs = [
    ...root.querySelectorAll('img[src], input[type="image"][src], video[poster]').map((el) => el.getAttribute('src') ?? el.getAttribute('poster')!),
    // With srcset and no src, count the first candidate: one image is fetched, which one depends on the screen.
    ...root
      .querySelectorAll('img[srcset]:not([src])')
      .map((el) => el.getAttribute('srcset')!.split(',')[0]!.trim().split(/\s+/)[0]!),
    ...root
      .querySelectorAll('link[href]')
      .filter((link) => /(^|\s)(icon|apple-touch-icon|preload)(\s|$)/i.test(link.getAttribute('rel') ?? ''))
      .filter((link) => !/(^|\s)preload(\s|$)/i.test(link.getAttribute('rel') ?? '') || ['image', 'font'].includes(link.getAttribute('as') ?? ''))
      .map((link) => link.getAttribute('href')!),
  ];
  const images = new Set<string>(cssAssets);
  for (const ref of imageRefs) {
    const path = toFile(outDir, route, ref);
    if (path) images.add(path);
  }
  const imageFiles = [...images].filter((path) => {
    if (existsSync(path)) return true;
    missing.push(routeOf(outDir, path));
    return false;
  });

  const htmlSizes = sizesOf(html);
  const cssSizes = sum([...css].map(fileSizes));
  const jsSizes = sum([...js].map(fileSizes));
  const imageBytes = imageFiles.reduce((total, path) => total + transferSize(path), 0);
  return {
    route,
    isTopic: topicSlugs.has(routeSlug(route)),
    html: htmlSizes,
    frame: sizesOf(Buffer.from(frameOf(text))),
    css: cssSizes,
    js: jsSizes,
    images: imageBytes,
    total: htmlSizes.gzip + cssSizes.gzip + jsSizes.gzip + imageBytes,
    cssFiles: [...css].map((path) => routeOf(outDir, path)),
    jsFiles: [...js].map((path) => routeOf(outDir, path)),
    imageFiles: imageFiles.map((path) => routeOf(outDir, path)),
    missing,
  };
}

export function measureSite(outDir: string, topicSlugs: ReadonlySet<string>): PageWeight[] {
  return listPages(outDir).map(({ route, file }) => measurePage(outDir, route, file, topicSlugs));
}
