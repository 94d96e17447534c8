import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectSiteAnchors, fixedPageRoutes } from '../../src/lib/site-anchors.ts';

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

  it('lets MDX link to the self-check and its explanations page', () => {
    const anchors = collectSiteAnchors({ topics: [], pagesDir: 'src/pages', extraIds: {} });
    expect(anchors.has('/self-check/')).toBe(true);
    expect(anchors.has('/self-check/how-it-works/')).toBe(true);
    expect(anchors.has('/404/')).toBe(false);
  });
});
