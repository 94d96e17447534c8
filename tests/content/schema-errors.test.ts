import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type BuildResult } from './build-fixture.ts';

/** Each fixture folder holds two topics; all but "valid" carry exactly one mistake. */
const cases: { fixture: string; file: string; expected: RegExp[] }[] = [
  { fixture: 'missing-title', file: 'first', expected: [/title/, /is required: the page title/] },
  { fixture: 'long-description', file: 'first', expected: [/description/, /at most 160 characters/] },
  { fixture: 'review-order', file: 'first', expected: [/reviewed\.next/, /later date than reviewed\.last/] },
  { fixture: 'unknown-related', file: 'first', expected: [/field "related" names "no-such-topic"/] },
  { fixture: 'duplicate-order', file: 'second', expected: [/field "order" is 1/, /first\.mdx already uses/] },
  { fixture: 'source-no-accessed', file: 'first', expected: [/sources/, /accessed/, /date the source was last checked/] },
  { fixture: 'http-source', file: 'first', expected: [/sources/, /url/, /must start with https:\/\//] },
  { fixture: 'broken-link', file: 'first', expected: [/link "\/no-such-page\/" points to \/no-such-page\/, which is not a page/, /#nowhere, which is not a section of \/second\//] },
  { fixture: 'bad-alias', file: 'first', expected: [/anchorAliases maps "old" to "no-such-heading"/] },
  { fixture: 'image-no-alt', file: 'second', expected: [/image "\/chart\.png" has no alt text/] },
];

const results = new Map<string, BuildResult>();

beforeAll(async () => {
  // Two at a time: each build is a separate Astro process, and the machine has two cores.
  const queue = ['valid', ...cases.map((c) => c.fixture)];
  const worker = async (): Promise<void> => {
    for (let fixture = queue.shift(); fixture; fixture = queue.shift()) {
      results.set(fixture, await buildFixture(fixture, fixture === 'valid' ? ['/first/'] : []));
    }
  };
  await Promise.all([worker(), worker()]);
});

describe('bad content stops the build with a clear message', () => {
  it('builds a valid fixture collection', () => {
    const result = results.get('valid')!;
    expect(result.output).toMatch(/page\(s\) built/);
    expect(result.code).toBe(0);
  });

  it('keeps a renamed heading’s old anchor on the section (anchorAliases)', () => {
    const html = results.get('valid')!.pages['/first/']!;
    expect(html).toMatch(/<span id="an-old-section-name" class="anchor-alias"><\/span><h2 id="a-section">/);
  });

  for (const { fixture, file, expected } of cases) {
    it(`${fixture}: fails, naming the file and the field`, () => {
      const result = results.get(fixture)!;
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toContain(`${file}.mdx`);
      for (const pattern of expected) expect(result.output).toMatch(pattern);
    });
  }
});
