import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const distDir = process.env.OUT_DIR ?? 'dist';

/** A built page, parsed; fails with a hint when the site was not built first. */
export function builtPage(path: string): HTMLElement {
  const file = join(distDir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the dist tests`);
  return parse(readFileSync(file, 'utf8'));
}

export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
