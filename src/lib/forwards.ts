import { withBase } from './site-config.ts';

/** An old address and where it leads, both root-relative without the base path: "/cost/" -> "/costs/". */
export interface Forward {
  from: string;
  to: string;
}

export function forwardsFrom(redirects: Readonly<Record<string, string>>): Forward[] {
  return Object.entries(redirects).map(([from, to]) => ({ from, to }));
}

/** The route parameter of a forwarding page: "/cost/" -> "cost", "/a/b/" -> "a/b". */
export function forwardParam(from: string): string {
  return from.replace(/^\/+|\/+$/g, '');
}

/**
 * The `_redirects` file Netlify and Cloudflare Pages read, so the host answers an old address with a real 301
 * (link previews and search engines follow it). Each old address is listed with and without its trailing slash.
 */
export function hostRedirectsFile(forwards: readonly Forward[], base: string): string {
  const lines = ['# Written by the build from src/data/redirects.ts. Old addresses answer with a permanent redirect.'];
  for (const { from, to } of forwards) {
    const source = withBase(from, base);
    const target = withBase(to, base);
    lines.push(`${source} ${target} 301`);
    if (source.endsWith('/') && source.length > 1) lines.push(`${source.slice(0, -1)} ${target} 301`);
  }
  return `${lines.join('\n')}\n`;
}

/** True for the full address of a forwarding page, which the sitemap leaves out: it is not a page of its own. */
export function isForwardingAddress(address: string, forwards: readonly Forward[], base: string): boolean {
  const path = new URL(address).pathname;
  return forwards.some((forward) => withBase(forward.from, base) === path);
}
