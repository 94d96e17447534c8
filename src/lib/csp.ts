/**
 * The Content Security Policy, in one place: astro.config.mjs gives it to Astro (which adds hashes and writes a
 * <meta> tag on every page) and public/_headers repeats it for hosts that send headers (a test keeps them equal).
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind runs its search in WebAssembly, which needs 'wasm-unsafe-eval'; nothing else may run but our files. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;
export const styleSources = ["'self'"] as const;

export function headerPolicy(): string {
  return [...cspDirectives, `script-src ${scriptSources.join(' ')}`, `style-src ${styleSources.join(' ')}`].join('; ');
}
