import type { SiteAnchors } from './site-anchors.ts';

export interface MdxLink {
  href: string;
  line: number;
}

export interface MdxImage {
  src: string;
  alt: string | undefined;
  line: number;
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** Links and images in an MDX body: Markdown syntax, plus href/src/alt attributes written in JSX or HTML. */
export function scanMdx(body: string): { links: MdxLink[]; images: MdxImage[] } {
  // Blank out code so examples in it are not checked, keeping offsets (and so line numbers) intact.
  const source = body.replace(/```[\s\S]*?```|`[^`\n]*`/g, (code) => code.replace(/[^\n]/g, ' '));
  const links: MdxLink[] = [];
  const images: MdxImage[] = [];
  for (const match of source.matchAll(/(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const line = lineOf(source, match.index);
    if (match[1]) images.push({ src: match[3]!, alt: match[2], line });
    else links.push({ href: match[3]!, line });
  }
  for (const match of source.matchAll(/<img\b([^>]*)>/g)) {
    const attributes = match[1]!;
    images.push({
      src: /\bsrc=["']([^"']*)["']/.exec(attributes)?.[1] ?? '',
      alt: /\balt=["']([^"']*)["']/.exec(attributes)?.[1],
      line: lineOf(source, match.index),
    });
  }
  for (const match of source.matchAll(/<a\b[^>]*\bhref=["']([^"']+)["']/g)) links.push({ href: match[1]!, line: lineOf(source, match.index) });
  return { links, images };
}

/**
 * Broken internal links, links to missing sections, insecure links and images without alt text.
 * `forwards` maps addresses kept only for links already shared ("/glossary/#parity", which now just points on) to
 * where the content is; our own pages must link there directly.
 */
export function findMdxProblems(body: string, ownRoute: string, anchors: SiteAnchors, forwards: ReadonlyMap<string, string> = new Map()): string[] {
  const problems: string[] = [];
  const { links, images } = scanMdx(body);
  for (const image of images) {
    if (!image.alt?.trim()) problems.push(`line ${image.line}: image "${image.src}" has no alt text; describe it in the [brackets]`);
  }
  for (const { href, line } of links) {
    if (href.startsWith('http://')) {
      problems.push(`line ${line}: link "${href}" must use https://`);
      continue;
    }
    if (/^(https:|mailto:|tel:|sms:)/.test(href)) continue;
    const [pathPart = '', fragment] = href.split('#') as [string, string | undefined];
    const route = pathPart === '' ? ownRoute : pathPart.split('?')[0]!;
    if (!route.startsWith('/')) {
      problems.push(`line ${line}: link "${href}" must start with "/", for example "/costs/"`);
      continue;
    }
    const ids = anchors.get(route);
    if (!ids) problems.push(`line ${line}: link "${href}" points to ${route}, which is not a page on this site`);
    else if (fragment && !ids.has(fragment)) problems.push(`line ${line}: link "${href}" points to #${fragment}, which is not a section of ${route}`);
    else if (fragment && forwards.has(`${route}#${fragment}`)) {
      problems.push(`line ${line}: link "${href}" only forwards readers on; link to "${forwards.get(`${route}#${fragment}`)}" instead`);
    }
  }
  return problems;
}
