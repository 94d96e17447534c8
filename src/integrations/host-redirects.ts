import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forwardsFrom, hostRedirectsFile } from '../lib/forwards.ts';

/** Writes dist/_redirects from src/data/redirects.ts (README, "Renamed pages"). */
export function hostRedirects(redirects: Readonly<Record<string, string>>, base: string): AstroIntegration {
  return {
    name: 'iop-guide:host-redirects',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), hostRedirectsFile(forwardsFrom(redirects), base));
      },
    },
  };
}
