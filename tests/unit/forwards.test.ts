import { describe, expect, it } from 'vitest';
import { linksToUnbuiltTopics } from '../../src/lib/draft-links.ts';
import { forwardParam, hostRedirectsFile, isForwardingAddress } from '../../src/lib/forwards.ts';

const forwards = [
  { from: '/cost/', to: '/costs/' },
  { from: '/old/page/', to: '/faq/#work' },
];

describe('forwarding old addresses', () => {
  it('writes a 301 for each old address, with and without its slash, under the base path', () => {
    expect(hostRedirectsFile(forwards, '/iop/').split('\n').slice(1)).toEqual([
      '/iop/cost/ /iop/costs/ 301',
      '/iop/cost /iop/costs/ 301',
      '/iop/old/page/ /iop/faq/#work 301',
      '/iop/old/page /iop/faq/#work 301',
      '',
    ]);
  });

  it('knows the route parameter and the full address of a forwarding page', () => {
    expect(forwardParam('/old/page/')).toBe('old/page');
    expect(isForwardingAddress('https://example.org/iop/cost/', forwards, '/iop/')).toBe(true);
    expect(isForwardingAddress('https://example.org/iop/costs/', forwards, '/iop/')).toBe(false);
  });
});

describe('links to topics that were not built (drafts)', () => {
  it('names each page that links to one, once, under the base path', () => {
    const pages = [
      { route: '/iop/', html: '<a href="/iop/schedules/">a</a><a href="schedules/#how-long">b</a><a href="/iop/costs/">c</a>' },
      { route: '/iop/faq/', html: '<a href="https://example.org/iop/schedules/">elsewhere</a><a href="../costs/">d</a>' },
    ];
    expect(linksToUnbuiltTopics(pages, new Set(['/schedules/']), '/iop/')).toEqual([{ route: '/iop/', target: '/schedules/' }]);
  });
});
