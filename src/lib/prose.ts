/**
 * Turns an MDX topic body into plain prose for readability and word checks. Each heading, list item, table
 * cell and paragraph becomes its own sentence, because readers meet them as separate statements.
 */

export interface ProseOptions {
  /** Text a <Fact name="..."/> prints; unknown names must throw so a typo never slips through. */
  factText: (name: string) => string;
  /** Keep the words inside <Name>...</Name> (true for readability, false for the avoid-words check). */
  keepQuotedNames: boolean;
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;

export function stripFrontMatter(source: string): string {
  return source.replace(FRONT_MATTER, '');
}

function endSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return /[.?!:]["')\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function inlineToText(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:[\s\S]*?\S)?)\1/g, '$2')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function mdxToProse(source: string, options: ProseOptions): string {
  let body = stripFrontMatter(source)
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');

  body = body.replace(/<Fact\s+name=["']([^"']+)["']\s*\/>/g, (_, name: string) => options.factText(name));
  body = options.keepQuotedNames
    ? body.replace(/<Name>([\s\S]*?)<\/Name>/g, '$1')
    : body.replace(/<Name>[\s\S]*?<\/Name>/g, '');
  // A callout's title is a heading the reader reads: give it a line of its own.
  body = body.replace(/<Callout\b[^>]*\btitle=["']([^"']+)["'][^>]*>/g, '\n\n$1\n\n');
  body = body.replace(/<\/?[A-Za-z][^>]*>/g, (tag) => (tag.endsWith('/>') ? '\n\n' : ' '));

  const sentences: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length) sentences.push(endSentence(inlineToText(paragraph.join(' '))));
    paragraph = [];
  };

  for (const rawLine of body.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const listItem = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (heading || listItem) {
      flush();
      sentences.push(endSentence(inlineToText((heading ?? listItem)![1]!)));
    } else if (line.startsWith('|')) {
      flush();
      if (/^\|[\s:|-]+\|$/.test(line)) continue;
      for (const cell of line.split('|').slice(1, -1)) sentences.push(endSentence(inlineToText(cell)));
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return sentences.filter(Boolean).join('\n');
}
