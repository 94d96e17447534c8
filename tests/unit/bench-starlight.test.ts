import { describe, expect, it } from 'vitest';
import { compareTopicWeights } from '../../scripts/bench/compare.ts';
import { starlightPage } from '../../scripts/bench/starlight-page.ts';
import type { PageWeight } from '../../scripts/bench/weight.ts';

// The shape of a built topic page (TopicLayout), cut down to what the conversion looks at.
const builtTopic = `<!DOCTYPE html><html><head><meta name="description" content="What a week in a program is like."></head>
<body><header><nav>site menu</nav></header><main><article data-pagefind-body>
<p class="topic-group">Is it right for me?</p><h1 data-pagefind-meta="title">What is an IOP schedule like?</h1>
<p class="topic-description">What a week in a program is like.</p>
<div class="share-bar"><button data-copy-page>Copy link</button></div>
<section class="key-points panel" aria-labelledby="key-points"><h2 id="key-points">Key points</h2><ul data-pagefind-weight="5"><li>Three days a week.</li></ul></section>
<nav class="on-this-page"><a href="#days">Days</a></nav>
<div class="prose prose-guide">
<p>Most programs meet <a href="/glossary/d-l/#iop" class="term">three days</a> a week.</p>
<div class="heading-wrapper level-2"><h2 id="days">Days *and* [times]</h2><a class="anchor-link" href="#days" aria-label="Link to the section" data-copy-link></a></div>
<div class="table-scroll" role="group" aria-label="Table: a week" tabindex="0"><table><tr><th scope="row">Mon</th><td>9 to 12</td></tr></table></div>

<aside class="callout"><p>First line.</p>

<p>After a blank line.</p></aside>
<div class="heading-wrapper level-3"><h3 id="evenings">Evenings</h3><a class="anchor-link" href="#evenings"></a></div>
<figure class="chart"><img src="/figures/week.svg" width="360" height="200" alt="A week"></figure>
<div data-glossary><script type="module" src="/_astro/Glossary.js"></script></div>
</div>
<dl class="review-dates"><dt>Last reviewed</dt><dd>25 November 2026</dd></dl>
<section class="sources" aria-labelledby="sources" data-pagefind-ignore><h2 id="sources">Sources</h2><ol><li><a href="https://example.org/tip47">TIP 47</a></li></ol></section>
<p class="print-only">Printed from</p>
</article></main></body></html>`;

describe('starlightPage', () => {
  const page = starlightPage(builtTopic, '/schedules/');
  const blocks = page.markdown.split(/\n\n/);

  it('carries the title and description into front matter, quoted', () => {
    expect(page.title).toBe('What is an IOP schedule like?');
    expect(page.markdown.startsWith('---\ntitle: "What is an IOP schedule like?"\ndescription: "What a week in a program is like."\n---\n\n')).toBe(true);
  });

  it('keeps the reading matter in page order, with headings as Markdown so Starlight builds its own contents list', () => {
    const headings = page.markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['## Key points', '## Days \\*and\\* \\[times\\]', '### Evenings', '## Sources']);
    const order = ['What a week in a program', '## Key points', 'Three days a week', 'Most programs meet', '## Days', '<table>', 'First line', '### Evenings', '/figures/week.svg', 'Last reviewed', '## Sources', 'TIP 47'];
    const positions = order.map((text) => page.markdown.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('leaves out what Starlight supplies or we add: title, our contents list, share bar, print line, section icons, scripts', () => {
    for (const text of ['<h1', 'Is it right for me?', 'on-this-page', 'Copy link', 'Printed from', 'anchor-link', 'Link to the section', '<script', 'site menu']) {
      expect(page.markdown, text).not.toContain(text);
    }
  });

  it('drops our classes and data hooks but keeps links, ids, sizes, alt text, table scopes and ARIA', () => {
    expect(page.markdown).not.toMatch(/\sclass=|\sdata-[a-z-]+|aria-labelledby/);
    expect(page.markdown).toContain('<a href="/glossary/d-l/#iop">three days</a>');
    expect(page.markdown).toContain('<img src="/figures/week.svg" width="360" height="200" alt="A week">');
    expect(page.markdown).toContain('<th scope="row">Mon</th>');
    expect(page.markdown).toContain('role="group" aria-label="Table: a week" tabindex="0"');
  });

  it('writes each HTML block without blank lines inside, which would end it early in Markdown', () => {
    const callout = blocks.find((block) => block.startsWith('<aside'));
    expect(callout).toBeDefined();
    expect(callout).toContain('After a blank line.');
    expect(callout!.endsWith('</aside>')).toBe(true);
  });

  it('says which page is not a topic article instead of writing an empty page', () => {
    expect(() => starlightPage('<html><body><main><p>Search</p></main></body></html>', '/search/')).toThrow(/\/search\/: no topic article/);
  });
});

const weight = (route: string, total: number, isTopic = true): PageWeight => {
  const sizes = { raw: total, gzip: total, brotli: total };
  return { route, isTopic, html: sizes, frame: sizes, css: sizes, js: sizes, images: 0, total, cssFiles: [], jsFiles: [], imageFiles: [], missing: [] };
};

describe('compareTopicWeights', () => {
  it('pairs topic pages by address, ours over theirs, with the median ratio and the closest page', () => {
    const result = compareTopicWeights(
      [weight('/a/', 50), weight('/b/', 90), weight('/c/', 60), weight('/', 10, false)],
      [weight('/a/', 100), weight('/b/', 100), weight('/c/', 100), weight('/', 5, false)],
    );
    expect(result.pages.map((page) => [page.route, page.ratio])).toEqual([
      ['/a/', 0.5],
      ['/b/', 0.9],
      ['/c/', 0.6],
    ]);
    expect(result.medianRatio).toBe(0.6);
    expect(result.worst?.route).toBe('/b/');
    expect(result.missing).toEqual([]);
  });

  it('lists topic pages the other build lacks, so a half-built comparison cannot pass as a win', () => {
    const result = compareTopicWeights([weight('/a/', 50), weight('/b/', 50)], [weight('/a/', 100)]);
    expect(result.missing).toEqual(['/b/']);
    expect(result.pages).toHaveLength(1);
  });
});
