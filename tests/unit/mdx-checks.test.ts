import { describe, expect, it } from 'vitest';
import { findMdxProblems, scanMdx } from '../../src/lib/mdx-checks.ts';
import { headingIds } from '../../src/lib/site-anchors.ts';

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
