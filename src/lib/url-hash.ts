/**
 * The element id a location hash names ("#parity" -> "parity"), or null for no hash or a hash that cannot be decoded.
 * Browser code uses it, so it must stay free of imports that would pull data into the page's script.
 */
export function idFromHash(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
