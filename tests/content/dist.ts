import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { normalizeBasePath } from '../../src/lib/site-config.ts';
import { distDir } from '../../scripts/shared/site-pages.ts';

export { distDir };

/** Every HTML file of the build, Pagefind's folder left out. */
export function builtHtmlFiles(dir = distDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : builtHtmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** A built page, parsed; fails with a hint when the site was not built first. */
export function builtPage(path: string): HTMLElement {
  const file = join(distDir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the dist tests`);
  return parse(readFileSync(file, 'utf8'));
}

export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The built file an <img src> or <a href> on a page points at ("/iop/figures/a.svg?v=1" -> dist/figures/a.svg). */
export function builtFileOf(src: string): string {
  const base = normalizeBasePath(process.env.BASE_PATH ?? '/');
  const path = decodeURIComponent(new URL(src, 'https://site.test/').pathname);
  if (!path.startsWith(base)) throw new Error(`${src} is not under the base path ${base}`);
  return join(distDir, path.slice(base.length));
}

/** A chart on a built page: its <img>, and the SVG file that image shows, parsed. */
export function builtChart(page: HTMLElement, figure: string): { img: HTMLElement; file: string; svg: HTMLElement } {
  const img = page.querySelector(`[data-figure="${figure}"] img`);
  if (!img) throw new Error(`No <img> in [data-figure="${figure}"]`);
  const file = builtFileOf(img.getAttribute('src') ?? '');
  if (!existsSync(file)) throw new Error(`${file} is missing: the chart's endpoint in src/pages/figures/ did not write it`);
  return { img, file, svg: parse(readFileSync(file, 'utf8')) };
}
