import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMdxProblems, type MdxCheckContext } from '../../src/lib/mdx-checks.ts';
import { scanMdx } from '../../src/lib/mdx-scan.ts';
import { collectSiteAnchors } from '../../src/lib/site-anchors.ts';

const anchors = new Map([
  ['/costs/', new Set(['insurance', 'medicare'])],
  ['/faq/', new Set(['can-i-keep-working-during-an-iop'])],
  ['/', new Set(['main'])],
]);

async function problems(body: string, ownRoute: string, extra: Partial<MdxCheckContext> = {}): Promise<string[]> {
  return findMdxProblems(await scanMdx(body), { anchors, ownRoute, ...extra });
}

describe('heading ids', () => {
  it('are the ids Astro gives: plain text of the heading, components included, repeats numbered', async () => {
    const scan = await scanMdx('## Can I keep working during an IOP?\n### Sliding-scale fees and **other** help\n## What <Term id="php">PHP</Term> means\n## Insurance\n## Insurance\n');
    expect(scan.headingIds).toEqual(['can-i-keep-working-during-an-iop', 'sliding-scale-fees-and-other-help', 'what-php-means', 'insurance', 'insurance-1']);
  });

  it('count lines from the line the body starts on in its file', async () => {
    const scan = await scanMdx('Intro.\n\n[a](/costs/)\n', 20);
    expect(scan.elements.find((element) => element.name === 'a')?.line).toBe(22);
  });
});

describe('MDX link checks', () => {
  it('accept links to real pages and sections, external https, mail and phone links; ignore code', async () => {
    expect(await problems('[a](/costs/#insurance) [b](/faq/) [c](#medicare) [d](https://findtreatment.gov/) [e](tel:988) [f](/) `[g](/nope/)`', '/costs/')).toEqual([]);
  });

  it('name each broken link, missing section, insecure link and missing alt text, in line order', async () => {
    const body = '[a](/nope/)\n\n[b](/costs/#nowhere)\n\n[c](http://example.org)\n\n[d](costs/)\n\n![](/x.png)\n\n[e](#gone)';
    expect(await problems(body, '/faq/')).toEqual([
      'line 1: link "/nope/" points to /nope/, which is not a page on this site',
      'line 3: link "/costs/#nowhere" points to #nowhere, which is not a section of /costs/',
      'line 5: link "http://example.org" must use https:// (write the whole address, starting with https://)',
      'line 7: link "costs/" must start with "/", for example "/costs/"',
      'line 9: image "/x.png" has no alt text; describe it in the [brackets]',
      'line 11: link "#gone" points to #gone, which is not a section of /faq/',
    ]);
  });

  it('check reference-style links, bare addresses and JSX links like any other', async () => {
    const body = 'See [the guide][g] and www.example.net.\n\n<a href={"javascript:alert(1)"}>x</a>\n\n<a href={"/nope/"}>y</a>\n\n<a href={page}>z</a>\n\n<a href="data:text/html,hi">w</a>\n\n[g]: http://example.org/guide';
    expect(await problems(body, '/faq/')).toEqual([
      'line 1: link "http://example.org/guide" must use https:// (write the whole address, starting with https://)',
      'line 1: link "http://www.example.net" must use https:// (write the whole address, starting with https://)',
      'line 3: link "javascript:alert(1)" uses javascript:, which is refused: links must start with https://, mailto:, tel:, sms:, "/" or "#"',
      'line 5: link "/nope/" points to /nope/, which is not a page on this site',
      'line 7: link href={page} must be a plain address in quotes, such as href="/costs/"',
      'line 9: link "data:text/html,hi" uses data:, which is refused: links must start with https://, mailto:, tel:, sms:, "/" or "#"',
    ]);
  });

  it('say when a link points at a draft', async () => {
    expect(await problems('[a](/later/)', '/faq/', { drafts: new Set(['/later/']) })).toEqual([
      'line 1: link "/later/" points to /later/, which is a draft (draft: true) and is not published; remove the link or publish the page',
    ]);
  });
});

describe('what the site policy blocks', () => {
  it('refuses scripts, embeds, inline styles and handlers, and images from other sites', async () => {
    const body = '<script>alert(1)</script>\n\n<iframe src="https://x.example"></iframe>\n\n<p style={{ color: "red" }} onClick={go}>Hi</p>\n\n![Chart](https://img.example/c.png)\n\n![Chart](/c.png)';
    const found = await problems(body, '/faq/');
    expect(found).toHaveLength(5);
    expect(found[0]).toMatch(/^line 1: <script> is refused/);
    expect(found[1]).toMatch(/^line 3: <iframe> is refused/);
    expect(found[2]).toMatch(/^line 5: <p style=…> is refused/);
    expect(found[3]).toMatch(/^line 5: <p onClick=…> is refused/);
    expect(found[4]).toMatch(/^line 7: image "https:\/\/img\.example\/c\.png" comes from another site/);
  });
});

describe('Fact and Term names', () => {
  const namedComponents = [{ component: 'Fact', attribute: 'name', known: ['iopHoursAdult', 'iopHoursAdolescent', 'phpHours'], listedIn: 'src/lib/facts.ts' }];

  it('accepts known names and names the file list and likely fixes for unknown ones', async () => {
    const found = await problems('<Fact name="iopHoursAdult"/> and <Fact name="iopHours"/> and <Fact name={x}/>', '/faq/', { namedComponents });
    expect(found).toEqual([
      'line 1: <Fact name="iopHours"> names nothing in src/lib/facts.ts; expected one of its 3 names, such as "iopHoursAdult", "iopHoursAdolescent"',
      'line 1: <Fact name=…> must be a name in quotes, such as name="iopHoursAdult"',
    ]);
  });
});

describe('links to addresses kept only for old links', () => {
  const withGlossary = new Map([
    ['/glossary/', new Set(['main', 'parity'])],
    ['/glossary/m-p/', new Set(['main', 'parity'])],
  ]);
  const forwards = new Map([['/glossary/#parity', '/glossary/m-p/#parity']]);

  it('asks for the address where the content is', async () => {
    expect(await problems('See [parity](/glossary/#parity).', '/costs/', { anchors: withGlossary, forwards })).toEqual([
      'line 1: link "/glossary/#parity" only forwards readers on; link to "/glossary/m-p/#parity" instead',
    ]);
  });

  it('accepts the direct address and the page itself', async () => {
    expect(await problems('[a](/glossary/m-p/#parity) [b](/glossary/)', '/costs/', { anchors: withGlossary, forwards })).toEqual([]);
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
        topics: [{ id: 'glossary', headingIds: ['a-heading'] }],
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
