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
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** "/", "/iop/": always one leading and one trailing slash, only URL-safe path characters. */
export function normalizeBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed && !/^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) {
    throw new Error(`BASE_PATH must be a path such as /iop/, got "${value}"`);
  }
  return trimmed ? `/${trimmed}/` : '/';
}

/** Prefixes a root-relative site path with the base path: withBase("/costs/", "/iop/") -> "/iop/costs/". */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const normalizedBase = normalizeBasePath(base);
  return normalizedBase === '/' ? path : `${normalizedBase.slice(0, -1)}${path}`;
}
