import { parse as parseYaml } from 'yaml';
import { fillFacts } from './fact-placeholders.ts';
import { mdxToProse, type ProseOptions } from './prose.ts';

interface ReadableFrontMatter {
  title?: unknown;
  description?: unknown;
  keyPoints?: unknown;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

export function readFrontMatter(source: string): Record<string, unknown> {
  const match = FRONT_MATTER.exec(source);
  if (!match) return {};
  const data: unknown = parseYaml(match[1]!);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** Everything a reader reads on a topic page: title, description, key points (with their facts filled in) and the body. */
export function topicProse(source: string, options: ProseOptions): string {
  const front = readFrontMatter(source) as ReadableFrontMatter;
  const lines: string[] = [];
  if (typeof front.title === 'string') lines.push(front.title);
  if (typeof front.description === 'string') lines.push(front.description);
  if (Array.isArray(front.keyPoints)) lines.push(...front.keyPoints.filter((point) => typeof point === 'string').map((point) => fillFacts(point, options.factText)));
  const header = lines.map((line) => (/[.?!]$/.test(line.trim()) ? line.trim() : `${line.trim()}.`)).join('\n');
  return `${header}\n${mdxToProse(source, options)}`.trim();
}
