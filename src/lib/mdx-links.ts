import type { MdxElement } from './mdx-scan.ts';
import type { SiteAnchors } from './site-anchors.ts';

/** Schemes a topic may link with; anything else (javascript:, data:, file:…) never reaches a reader. */
const ALLOWED_SCHEMES = new Set(['https:', 'mailto:', 'tel:', 'sms:']);

export interface LinkContext {
  ownRoute: string;
  anchors: SiteAnchors;
  /** Addresses kept only for links already shared ("/glossary/#parity") -> where the content is now. */
  forwards?: ReadonlyMap<string, string>;
  /** Routes of topics marked `draft: true`: checked, never published, so never a link target. */
  drafts?: ReadonlySet<string>;
}

/** The address an `<a>` points at, or a problem when it cannot be known before the page is built. */
function hrefOf(element: MdxElement): { href?: string; problem?: string } {
  const value = element.attributes.href;
  if (!value) return { problem: 'link has no href: give it an address such as "/costs/" or "https://…"' };
  if (value.text === undefined) return { problem: `link href={${'expression' in value ? value.expression : ''}} must be a plain address in quotes, such as href="/costs/"` };
  return { href: value.text.trim() };
}

function checkOne(href: string, context: LinkContext): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'http:' || href.startsWith('//')) {
    return `link "${href}" must use https:// (write the whole address, starting with https://)`;
  }
  if (scheme && !ALLOWED_SCHEMES.has(scheme)) {
    return `link "${href}" uses ${scheme}, which is refused: links must start with https://, mailto:, tel:, sms:, "/" or "#"`;
  }
  if (scheme) return undefined;
  const [pathPart = '', fragment] = href.split('#') as [string, string | undefined];
  const route = pathPart === '' ? context.ownRoute : pathPart.split('?')[0]!;
  if (!route.startsWith('/')) return `link "${href}" must start with "/", for example "/costs/"`;
  const ids = context.anchors.get(route);
  if (!ids && context.drafts?.has(route)) return `link "${href}" points to ${route}, which is a draft (draft: true) and is not published; remove the link or publish the page`;
  if (!ids) return `link "${href}" points to ${route}, which is not a page on this site`;
  if (fragment && !ids.has(fragment)) return `link "${href}" points to #${fragment}, which is not a section of ${route}`;
  const forward = fragment ? context.forwards?.get(`${route}#${fragment}`) : undefined;
  if (forward) return `link "${href}" only forwards readers on; link to "${forward}" instead`;
  return undefined;
}

/**
 * Every link on the page, however it was written (Markdown, reference-style, a bare address, an `<a>` tag), goes
 * through the same checks: a known scheme, https for other sites, and a real page and section for our own.
 */
export function linkProblems(elements: readonly MdxElement[], context: LinkContext): { line: number; problem: string }[] {
  const problems: { line: number; problem: string }[] = [];
  for (const element of elements) {
    if (element.name !== 'a') continue;
    const { href, problem } = hrefOf(element);
    const found = problem ?? checkOne(href!, context);
    if (found) problems.push({ line: element.line, problem: found });
  }
  return problems;
}
