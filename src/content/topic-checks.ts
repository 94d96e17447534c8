import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { glossary } from '../data/glossary.ts';
import { glossaryTopicId } from '../data/glossary-pages.ts';
import { aliasProblems } from '../lib/anchor-aliases.ts';
import { keyPointProblems } from '../lib/fact-placeholders.ts';
import { findCollectionProblems } from '../lib/collection-checks.ts';
import { facts } from '../lib/facts.ts';
import { glossaryForwards, glossaryPageAnchors } from '../lib/glossary-pages.ts';
import { findMdxProblems } from '../lib/mdx-checks.ts';
import { scanMdx, type MdxScan } from '../lib/mdx-scan.ts';
import { collectSiteAnchors } from '../lib/site-anchors.ts';
import { topicFileProblems } from '../lib/topic-files.ts';

export interface LoadedTopic {
  id: string;
  filePath: string;
  body: string;
  order: number;
  related: readonly string[];
  anchorAliases: Readonly<Record<string, string>>;
  draft: boolean;
  /** The "In short" points, which may name facts as {fact:name}. */
  keyPoints?: readonly string[];
}

/** Checks on the folder's files before they are parsed (names, encoding, dates, one file per address). */
export function checkTopicFiles(folder: string): string[] {
  const files = readdirSync(folder)
    .filter((name) => !name.startsWith('.') && statSync(join(folder, name)).isFile())
    .map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
  return topicFileProblems(folder.replace(/^\.\//, '').replace(/\/+$/, ''), files);
}

/**
 * The file's MDX with its front matter blanked line for line, so positions the compiler reports are the lines the
 * writer's editor shows. Falls back to the loader's body if the file cannot be read again.
 */
function bodyOnFileLines(filePath: string, body: string): string {
  try {
    const raw = readFileSync(filePath, 'utf8');
    const frontMatter = /^---\r?\n[\s\S]*?\r?\n---[^\n]*(?:\n|$)/.exec(raw)?.[0] ?? '';
    return frontMatter.replace(/[^\n]/g, '') + raw.slice(frontMatter.length);
  } catch {
    return body;
  }
}

async function scanTopic(topic: LoadedTopic, problems: string[]): Promise<MdxScan | undefined> {
  try {
    return await scanMdx(bodyOnFileLines(topic.filePath, topic.body));
  } catch (error) {
    // The compiler's message starts "line:column: …".
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):\d+:\s*/.exec(message);
    problems.push(`${topic.filePath}: ${at ? `line ${at[1]}: ` : ''}the MDX cannot be read: ${message.replace(/^\d+:\d+:\s*/, '')}`);
    return undefined;
  }
}

/**
 * What a schema cannot see one file at a time: unique orders, related pages that are published, links and sections
 * across pages, what the site's policy blocks, Fact and Term names (and {fact:name} in key points), and heading aliases. Drafts are checked like
 * any page, but nothing may link to them: they are not published.
 */
export async function checkTopics(topics: readonly LoadedTopic[]): Promise<string[]> {
  const published = topics.filter((topic) => !topic.draft);
  const problems = findCollectionProblems(
    topics.map((topic) => ({ id: topic.id, filePath: topic.filePath, order: topic.order, related: topic.related })),
    new Set(topics.filter((topic) => topic.draft).map((topic) => topic.id)),
  );
  const scans = new Map<string, MdxScan>();
  for (const topic of topics) {
    const scan = await scanTopic(topic, problems);
    if (scan) scans.set(topic.id, scan);
  }
  const anchors = collectSiteAnchors({
    topics: published.map((topic) => ({ id: topic.id, headingIds: scans.get(topic.id)?.headingIds ?? [] })),
    pagesDir: './src/pages',
    // /glossary/ keeps every word's old id in its A to Z index; the meanings are on the letter pages, which are
    // built only when the glossary topic is (test fixtures have none).
    extraIds: { '/glossary/': glossary.map((entry) => entry.id) },
    topicLayoutPages: published.some((topic) => topic.id === glossaryTopicId) ? glossaryPageAnchors() : {},
  });
  const context = {
    anchors,
    forwards: glossaryForwards(),
    drafts: new Set(topics.filter((topic) => topic.draft).map((topic) => `/${topic.id}/`)),
    namedComponents: [
      { component: 'Fact', attribute: 'name', known: Object.keys(facts), listedIn: 'src/lib/facts.ts' },
      { component: 'Term', attribute: 'id', known: glossary.map((entry) => entry.id), listedIn: 'src/data/glossary.ts' },
    ],
  };
  for (const topic of topics) {
    const scan = scans.get(topic.id);
    if (!scan) continue;
    const ownRoute = `/${topic.id}/`;
    // A draft may link to its own sections even though no other page may link to it.
    const pageAnchors = topic.draft ? new Map(anchors).set(ownRoute, new Set(scan.headingIds)) : anchors;
    for (const problem of findMdxProblems(scan, { ...context, anchors: pageAnchors, ownRoute })) problems.push(`${topic.filePath}: ${problem}`);
    for (const problem of aliasProblems(topic.anchorAliases, scan.headingIds)) problems.push(`${topic.filePath}: field ${problem}`);
    problems.push(...keyPointProblems(topic.filePath, topic.keyPoints ?? [], context.namedComponents[0]!.known));
  }
  return problems;
}
