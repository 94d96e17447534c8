// Builds the Pagefind index over the built site (run after `astro build`). Pagefind keeps one index per
// <html lang>: English pages go into the English index with English stemming, Spanish pages (lang="es", under /es/)
// into the Spanish one with Spanish stemming, and a search on a page looks only in its own language's index.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { withLetterPageKeywords } from '../src/lib/glossary-pages.ts';
import { spanishToolSearch } from '../src/data/search-tools-es.ts';
import { toolPages } from '../src/data/tools.ts';
import { toolSearchCopy, withSearchKeywords } from '../src/lib/search-keywords.ts';
import { readFrontMatter } from '../src/lib/topic-prose.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
// The same folders content.config.ts reads (tests and the bench build other collections through them).
const topicsDir = process.env.TOPICS_DIR ?? 'content/topics';
const spanishTopicsDir = process.env.TOPICS_ES_DIR ?? 'content/es/topics';

/** Each topic's front matter keywords, by its page's path without slashes: "costs", or "es/costos" with a prefix. */
function keywordsBySlug(dir: string, prefix = ''): Map<string, readonly string[]> {
  const bySlug = new Map<string, string[]>();
  if (!existsSync(dir)) return bySlug;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
    const { keywords } = readFrontMatter(readFileSync(join(dir, file), 'utf8'));
    if (Array.isArray(keywords)) bySlug.set(`${prefix}${file.replace(/\.mdx$/, '')}`, keywords.map(String));
  }
  return bySlug;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html') && !path.startsWith(`pagefind${sep}`))
    .map((path) => join(dir, path));
}

const keywords = new Map([...withLetterPageKeywords(keywordsBySlug(topicsDir)), ...keywordsBySlug(spanishTopicsDir, 'es/')]);
const tools = [...toolPages, ...spanishToolSearch];
/** The Spanish glossary's letter pages (/es/glosario/a-f/) have no front matter: they take the glossary topic's words. */
const spanishGlossary = /^es\/glosario\/[a-z0-9-]+$/;

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
let pages = 0;
for (const file of htmlFiles(outDir)) {
  const sourcePath = relative(outDir, file).split(sep).join('/');
  const slug = sourcePath.replace(/\/?index\.html$/, '');
  const html = readFileSync(file, 'utf8');
  const tool = tools.find((each) => each.path === `/${slug}/`);
  const pageKeywords = keywords.get(slug) ?? (spanishGlossary.test(slug) ? keywords.get('es/glosario') : undefined) ?? [];
  const content = tool ? toolSearchCopy(html, tool.keywords) : withSearchKeywords(html, pageKeywords);
  const added = await index.addHTMLFile({ sourcePath, content });
  if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
  pages += 1;
}
const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
console.log(`Pagefind indexed ${pages} pages into ${outDir}/pagefind`);
await pagefind.close();
