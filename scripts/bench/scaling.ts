// Build scaling: the same site with its topics copied many times, built from a temp folder via TOPICS_DIR.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild, type BuildResult } from './site.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const ORDER_LINE = /^order:\s*\d+\s*$/m;

/**
 * Writes `multiple` × the topics into `dir`: every original file unchanged (other topics link to them, and /glossary/
 * must exist), plus copies named <slug>-copy-<n>.mdx, each with an order number of its own. `related` keeps pointing
 * at the originals. Returns the number of topic files written.
 */
export function writeTopicCopies(sourceDir: string, dir: string, multiple: number): number {
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(sourceDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const sources = files.map((name) => ({ slug: name.replace(/\.mdx$/, ''), text: readFileSync(join(sourceDir, name), 'utf8') }));
  let nextOrder = 0;
  for (const { slug, text } of sources) {
    const order = Number(FRONT_MATTER.exec(text)?.[1]?.match(ORDER_LINE)?.[0].replace(/\D/g, ''));
    if (!Number.isFinite(order)) throw new Error(`${slug}.mdx has no "order:" line in its front matter`);
    nextOrder = Math.max(nextOrder, order);
    writeFileSync(join(dir, `${slug}.mdx`), text);
  }
  let written = sources.length;
  for (let copy = 2; copy <= multiple; copy += 1) {
    for (const { slug, text } of sources) {
      nextOrder += 1;
      const frontMatter = FRONT_MATTER.exec(text)![0];
      const renumbered = frontMatter.replace(ORDER_LINE, `order: ${nextOrder}`);
      writeFileSync(join(dir, `${slug}-copy-${copy}.mdx`), renumbered + text.slice(frontMatter.length));
      written += 1;
    }
  }
  return written;
}

/** HTML files the build wrote (pages, 404 and redirect stubs), leaving out Pagefind's folder. */
export function countHtml(outDir: string): number {
  let count = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!(dir === outDir && entry.name === 'pagefind')) walk(join(dir, entry.name));
      } else if (entry.name.endsWith('.html')) {
        count += 1;
      }
    }
  };
  walk(outDir);
  return count;
}

export interface ScalingRow {
  multiple: number;
  topics: number;
  pages: number;
  build: BuildResult;
  msPerPage: number;
}

export async function buildMultiple(
  sourceDir: string,
  scratch: string,
  multiple: number,
  timeoutMs: number,
): Promise<ScalingRow> {
  const root = join(scratch, `scale-${multiple}x`);
  const topicsDir = join(root, 'topics');
  const outDir = join(root, 'dist');
  const topics = writeTopicCopies(sourceDir, topicsDir, multiple);
  const build = await runBuild({ outDir, cacheDir: join(root, 'cache'), topicsDir }, timeoutMs);
  const pages = build.ok ? countHtml(outDir) : 0;
  // Copies of the site add up (100× is a thousand pages and their share images): drop each one once counted.
  rmSync(root, { recursive: true, force: true });
  return { multiple, topics, pages, build, msPerPage: pages ? build.ms / pages : Number.NaN };
}
