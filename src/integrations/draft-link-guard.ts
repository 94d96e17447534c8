import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linksToUnbuiltTopics } from '../lib/draft-links.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Topics marked `draft: true` are not built. Links to them from topics stop the content loader; this catches the
 * rest (a layout, the home page, a data file's link) once every page is written, and names the page.
 */
export function draftLinkGuard(topicsDir: string, base: string): AstroIntegration {
  return {
    name: 'iop-guide:draft-link-guard',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        const built = new Set(pages.map((page) => `/${page.pathname}`));
        const drafts = readdirSync(topicsDir)
          .filter((name) => name.endsWith('.mdx'))
          .map((name) => `/${name.slice(0, -'.mdx'.length)}/`)
          .filter((route) => !built.has(route));
        if (drafts.length === 0) return;
        const outDir = fileURLToPath(dir);
        const builtPages = htmlFiles(outDir).map((file) => {
          const path = `${base}${relative(outDir, file).split(sep).join('/')}`;
          return { route: path.replace(/index\.html$/, ''), html: readFileSync(file, 'utf8') };
        });
        const links = linksToUnbuiltTopics(builtPages, new Set(drafts), base);
        if (links.length === 0) return;
        const lines = links.map(({ route, target }) => `${route} links to ${target}, which is a draft (draft: true) in ${topicsDir}/${target.slice(1, -1)}.mdx and is not published`);
        throw new Error(`Pages link to drafts:\n- ${lines.join('\n- ')}\nPublish the draft or remove the links.`);
      },
    },
  };
}
