import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedPageRoutes } from '../../src/lib/site-anchors.ts';

describe('fixedPageRoutes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'));
  for (const file of ['index.astro', '404.astro', '[slug].astro', 'search.astro', 'tool/index.astro', 'tool/how-it-works.astro', 'og/[slug].png.ts']) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '');
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds pages in subfolders, and leaves out dynamic routes, endpoints and the 404 page', () => {
    expect(fixedPageRoutes(dir)).toEqual(['/', '/search/', '/tool/', '/tool/how-it-works/']);
  });

});
