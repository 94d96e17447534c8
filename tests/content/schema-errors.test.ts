import { beforeAll, describe, expect, it } from 'vitest';
import { brokenBuilds, type BuildCase } from './build-cases.ts';
import { buildFixture, type BuildResult } from './build-fixture.ts';
import { withRenderLock } from './render-lock.ts';

const results = new Map<string, BuildResult>();
const validPages = ['/first/', '/second/', '/unfinished/', '/sitemap-0.xml'];

beforeAll(async () => {
  // Two queues, one build each at a time (the machine has two cores). Builds that get past the content checks share
  // one queue and the render lock (./render-lock.ts); the rest stop while loading content and write nothing shared.
  const renders = (c: BuildCase): boolean => c.renders === true;
  const job = (c: BuildCase) => ({ name: c.name, run: () => buildFixture(c.fixture, [], c.env) });
  const rendering = [
    { name: 'valid', run: () => buildFixture('valid', validPages) },
    { name: 'review-overdue', run: () => buildFixture('review-overdue') },
    ...brokenBuilds.filter(renders).map(job),
  ];
  const stoppingEarly = brokenBuilds.filter((c) => !renders(c)).map(job);
  const drain = async (queue: { name: string; run: () => Promise<BuildResult> }[], renders: boolean): Promise<void> => {
    for (const next of queue) results.set(next.name, await (renders ? withRenderLock(next.run) : next.run()));
  };
  await Promise.all([drain(rendering, true), drain(stoppingEarly, false)]);
}, 900_000);

describe('a valid fixture collection', () => {
  it('builds', () => {
    const result = results.get('valid')!;
    expect(result.output).toMatch(/page\(s\) built/);
    expect(result.code, result.output).toBe(0);
  });

  it('keeps a renamed heading’s old anchor on the section (anchorAliases)', () => {
    const html = results.get('valid')!.pages['/first/']!;
    expect(html).toMatch(/<span id="an-old-section-name" class="anchor-alias"><\/span><h2 id="a-section">/);
  });

  it('gives a heading that holds a component the id its links use', () => {
    expect(results.get('valid')!.pages['/second/']).toMatch(/<h2 id="what-php-means">/);
    expect(results.get('valid')!.pages['/first/']).toContain('href="/second/#what-php-means"');
  });

  it('leaves a draft out of the pages, the navigation and the sitemap', () => {
    const { pages } = results.get('valid')!;
    expect(pages['/unfinished/']).toBeUndefined();
    expect(pages['/first/']).not.toContain('/unfinished/');
    expect(pages['/sitemap-0.xml']).toContain('/second/</loc>');
    expect(pages['/sitemap-0.xml']).not.toContain('/unfinished/');
  });
});

describe('a review more than 30 days overdue', () => {
  it('builds, but warns naming the file and the due date', () => {
    const result = results.get('review-overdue')!;
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/review-overdue\/first\.mdx: the review was due 2025-06-01 \(overdue by \d+ days\)/);
  });
});

describe('bad content or settings stop the build with a clear message', () => {
  for (const { name, file, expected } of brokenBuilds) {
    it(`${name}: fails, naming the file (or setting) and what is expected`, () => {
      const result = results.get(name)!;
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toContain(file);
      for (const pattern of expected) expect(result.output).toMatch(pattern);
    });
  }
});
