import { renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { forwardsFrom, hostRedirectsFile } from '../lib/forwards.ts';
import { notFoundRules, spanishNotFound } from '../lib/not-found.ts';

/**
 * Writes dist/_redirects from src/data/redirects.ts (README, "Renamed pages"), with the rule that answers unknown
 * Spanish addresses with the Spanish not-found page, and moves that page to es/404.html where hosts look for it.
 */
export function hostRedirects(redirects: Readonly<Record<string, string>>, base: string): AstroIntegration {
  return {
    name: 'iop-guide:host-redirects',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const built = fileURLToPath(new URL(spanishNotFound.builtAs, dir));
        renameSync(built, fileURLToPath(new URL(spanishNotFound.servedAs, dir)));
        rmdirSync(fileURLToPath(new URL('.', new URL(spanishNotFound.builtAs, dir))));
        const file = hostRedirectsFile(forwardsFrom(redirects), base) + `${notFoundRules(base).join('\n')}\n`;
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), file);
      },
    },
  };
}
