import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMdxProblems, scanMdx } from '../../src/lib/mdx-checks.ts';
import { collectSiteAnchors, headingIds } from '../../src/lib/site-anchors.ts';

const anchors = new Map([
  ['/costs/', new Set(['insurance', 'medicare'])],
  ['/faq/', new Set(['can-i-keep-working-during-an-iop'])],
  ['/', new Set(['main'])],
]);

describe('heading ids', () => {
  it('slug headings the way Astro does, repeats numbered', () => {
    expect(headingIds('---\ntitle: x\n---\n## Can I keep working during an IOP?\n### Sliding-scale fees and **other** help\n## Insurance\n## Insurance\n')).toEqual([
      'can-i-keep-working-during-an-iop',
      'sliding-scale-fees-and-other-help',
      'insurance',
      'insurance-1',
    ]);
  });
});

describe('MDX link and image checks', () => {
  it('finds Markdown and JSX links and images with their lines, but not code', () => {
    const { links, images } = scanMdx('See [costs](/costs/).\n![A chart](/a.png)\n<a href="/faq/">FAQ</a>\n`[not](/a-link/)`\n<img src="/b.png">');
    expect(links).toEqual([
      { href: '/costs/', line: 1 },
      { href: '/faq/', line: 3 },
    ]);
    expect(images).toEqual([
      { src: '/a.png', alt: 'A chart', line: 2 },
      { src: '/b.png', alt: undefined, line: 5 },
    ]);
  });

  it('accepts links to real pages and sections, external https, mail and phone links', () => {
    const body = '[a](/costs/#insurance) [b](/faq/) [c](#medicare) [d](https://findtreatment.gov/) [e](tel:988) [f](/)';
    expect(findMdxProblems(body, '/costs/', anchors)).toEqual([]);
  });

  it('names each broken link, missing section, insecure link and missing alt text', () => {
    const body = '[a](/nope/)\n[b](/costs/#nowhere)\n[c](http://example.org)\n[d](costs/)\n![](/x.png)\n[e](#gone)';
    expect(findMdxProblems(body, '/faq/', anchors)).toEqual([
      'line 5: image "/x.png" has no alt text; describe it in the [brackets]',
      'line 1: link "/nope/" points to /nope/, which is not a page on this site',
      'line 2: link "/costs/#nowhere" points to #nowhere, which is not a section of /costs/',
      'line 3: link "http://example.org" must use https://',
      'line 4: link "costs/" must start with "/", for example "/costs/"',
      'line 6: link "#gone" points to #gone, which is not a section of /faq/',
    ]);
  });
});

describe('links to addresses kept only for old links', () => {
  const withGlossary = new Map([
    ['/glossary/', new Set(['main', 'parity'])],
    ['/glossary/m-p/', new Set(['main', 'parity'])],
  ]);
  const forwards = new Map([['/glossary/#parity', '/glossary/m-p/#parity']]);

  it('asks for the address where the content is', () => {
    expect(findMdxProblems('See [parity](/glossary/#parity).', '/costs/', withGlossary, forwards)).toEqual([
      'line 1: link "/glossary/#parity" only forwards readers on; link to "/glossary/m-p/#parity" instead',
    ]);
  });

  it('accepts the direct address and the page itself', () => {
    expect(findMdxProblems('[a](/glossary/m-p/#parity) [b](/glossary/)', '/costs/', withGlossary, forwards)).toEqual([]);
  });
});

describe('site anchors', () => {
  it('know topics, fixed pages, pages a dynamic route builds with the topic layout, and extra ids', () => {
    const pagesDir = mkdtempSync(join(tmpdir(), 'iop-pages-'));
    try {
      for (const name of ['index.astro', 'search.astro', '404.astro', '[slug].astro']) writeFileSync(join(pagesDir, name), '');
      mkdirSync(join(pagesDir, 'glossary'));
      writeFileSync(join(pagesDir, 'glossary', '[range].astro'), '');
      const anchors = collectSiteAnchors({
        topics: [{ id: 'glossary', body: 'Intro.\n## A heading\n' }],
        pagesDir,
        extraIds: { '/glossary/': ['parity'], '/not-a-page/': ['x'] },
        topicLayoutPages: { '/glossary/m-p/': ['parity', 'php'] },
      });
      expect([...anchors.keys()].sort()).toEqual(['/', '/glossary/', '/glossary/m-p/', '/search/']);
      expect(anchors.get('/glossary/')).toEqual(new Set(['main', 'key-points', 'on-this-page', 'sources', 'related', 'crisis-lines-heading', 'a-heading', 'parity']));
      expect(anchors.get('/glossary/m-p/')).toEqual(new Set(['main', 'key-points', 'on-this-page', 'sources', 'related', 'crisis-lines-heading', 'parity', 'php']));
    } finally {
      rmSync(pagesDir, { recursive: true, force: true });
    }
  });
});
