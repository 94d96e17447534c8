/** Validates the deploy settings read from the environment, so a typo fails the build instead of breaking links. */

export function normalizeSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be a full address such as https://example.org, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// (or http:// for local use), got "${value}"`);
  }
  // A path here would be dropped from canonical links, previews, the sitemap and referral emails; the base path
  // setting is the one that moves the site into a folder.
  const path = url.pathname.replace(/\/+$/, '');
  if (path || url.search || url.hash) {
    const folder = path ? `${path}/` : '/iop/';
    throw new Error(
      `SITE_URL must be the site's address without a path, such as ${url.origin}. To serve the guide from ${folder}, set SITE_URL=${url.origin} and set BASE_PATH=${folder} (got "${value}")`,
    );
  }
  return url.origin;
}

/** "/", "/iop/": always one leading and one trailing slash, only URL-safe path characters, no "." or ".." parts. */
export function normalizeBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  const clean = /^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/.test(trimmed) && !trimmed.split('/').some((part) => part === '.' || part === '..');
  if (trimmed && !clean) {
    throw new Error(
      `BASE_PATH must be a clean path such as /iop/, without ".." or "." and with only letters, digits, "-", "_", "~" and "/" (got "${value}")`,
    );
  }
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefixes a root-relative site path with the base path: withBase("/costs/", "/iop/") -> "/iop/costs/". */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const normalizedBase = normalizeBasePath(base);
  return normalizedBase === '/' ? path : `${normalizedBase.slice(0, -1)}${path}`;
}

/** A topic's root-relative path, without the base path, from its id: "costs" -> "/costs/". */
export function topicPath(id: string): string {
  return `/${id}/`;
}

/** The full web address of a page, with the base path: ("/costs/", "https://example.org", "/iop/") -> "https://example.org/iop/costs/". */
export function pageUrl(path: string, siteUrl: string | URL, basePath: string, anchor?: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`A page path must start with one "/", got "${path}"`);
  const url = new URL(withBase(path, basePath), new URL(String(siteUrl)).origin);
  if (anchor) url.hash = anchor.replace(/^#/, '');
  return url.href;
}
