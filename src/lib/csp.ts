/**
 * The Content Security Policy, in one place. BaseLayout writes it into a <meta> tag on every page and
 * public/_headers repeats it for hosts that send headers (a test keeps them equal).
 *
 * Every script and stylesheet is a file of our own, so the policy needs no hashes: Astro's built-in CSP would add a
 * hash for each bundled script to every page (about half a kilobyte of HTML that no reader needs).
 */
const directives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Pagefind runs its search in WebAssembly, which needs 'wasm-unsafe-eval'; nothing else may run but our files.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
] as const;

export const contentSecurityPolicy = directives.join('; ');
