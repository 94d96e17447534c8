import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
export { factText } from '../../src/lib/facts.ts';
import { readFrontMatter } from '../../src/lib/topic-prose.ts';

export const topicsDir = 'content/topics';

export interface TopicFile {
  slug: string;
  path: string;
  source: string;
  front: Record<string, unknown>;
}

export function topicFiles(dir = topicsDir): TopicFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const source = readFileSync(path, 'utf8');
      return { slug: name.replace(/\.mdx$/, ''), path, source, front: readFrontMatter(source) };
    });
}
