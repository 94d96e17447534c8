// Builds the Pagefind index over the built site (run after `astro build`).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { withLetterPageKeywords } from '../src/lib/glossary-pages.ts';
import { toolPages } from '../src/data/tools.ts';
import { toolSearchCopy, withSearchKeywords } from '../src/lib/search-keywords.ts';
import { readFrontMatter } from '../src/lib/topic-prose.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
// The same folder content.config.ts reads (tests and the bench build other collections through it).
const topicsDir = process.env.TOPICS_DIR ?? 'content/topics';

function keywordsBySlug(): Map<string, readonly string[]> {
  const bySlug = new Map<string, string[]>();
  for (const file of readdirSync(topicsDir).filter((name) => name.endsWith('.mdx'))) {
    const { keywords } = readFrontMatter(readFileSync(join(topicsDir, file), 'utf8'));
    if (Array.isArray(keywords)) bySlug.set(file.replace(/\.mdx$/, ''), keywords.map(String));
  }
  return bySlug;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html') && !path.startsWith(`pagefind${sep}`))
    .map((path) => join(dir, path));
}

const keywords = withLetterPageKeywords(keywordsBySlug());
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
let pages = 0;
for (const file of htmlFiles(outDir)) {
  const sourcePath = relative(outDir, file).split(sep).join('/');
  const slug = sourcePath.replace(/\/?index\.html$/, '');
  const html = readFileSync(file, 'utf8');
  const tool = toolPages.find((each) => each.path === `/${slug}/`);
  const content = tool ? toolSearchCopy(html, tool.keywords) : withSearchKeywords(html, keywords.get(slug) ?? []);
  const added = await index.addHTMLFile({ sourcePath, content });
  if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
  pages += 1;
}
const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
console.log(`Pagefind indexed ${pages} pages into ${outDir}/pagefind`);
await pagefind.close();
