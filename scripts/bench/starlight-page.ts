// One of our built topic pages, turned into a Starlight Markdown page with the same reading matter, so the bench can
// weigh our pages against Astro's own docs theme carrying identical text, tables and figures.
import { parse, type HTMLElement, type Node } from 'node-html-parser';

export interface StarlightPage {
  title: string;
  description: string;
  /** Front matter and body, ready to write as src/content/docs/<slug>.md. */
  markdown: string;
}

const ELEMENT_NODE = 1;
const isElement = (node: Node): node is HTMLElement => node.nodeType === ELEMENT_NODE;

// Our markup hooks (classes, Pagefind and script data attributes) mean nothing to Starlight; ids, links, image sizes,
// alt text, table scopes and ARIA stay, because a real Starlight page carrying this text would keep them.
function stripOurHooks(element: HTMLElement): HTMLElement {
  const copy = parse(element.outerHTML).firstChild as HTMLElement;
  // Section-link icons and our components' scripts are ours; Starlight adds its own.
  for (const extra of copy.querySelectorAll('.anchor-link, script')) extra.remove();
  for (const node of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of Object.keys(node.attributes)) {
      if (name === 'class' || name.startsWith('data-') || name === 'aria-labelledby') node.removeAttribute(name);
    }
  }
  return copy;
}

// A Markdown HTML block ends at the first blank line, so the block must have none inside.
const htmlBlock = (element: HTMLElement): string => stripOurHooks(element).outerHTML.replace(/\n\s*\n/g, '\n');

// Headings become Markdown headings, so Starlight builds its own table of contents and section links from them.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>{}#|]/g;
const markdownHeading = (level: number, text: string): string =>
  `${'#'.repeat(level)} ${text.trim().replace(MARKDOWN_SPECIAL, (char) => `\\${char}`)}`;

function headingLevel(element: HTMLElement): number | undefined {
  const heading = element.classList.contains('heading-wrapper') ? element.querySelector('h2, h3, h4, h5, h6') : element;
  const level = /^H([2-6])$/.exec(heading?.tagName ?? '')?.[1];
  return level ? Number(level) : undefined;
}

/** A container's children as Markdown blocks: headings as Markdown, everything else as HTML. */
function blocks(element: HTMLElement): string[] {
  const parts: string[] = [];
  for (const child of element.childNodes.filter(isElement)) {
    const level = headingLevel(child);
    parts.push(level ? markdownHeading(level, child.text) : htmlBlock(child));
  }
  return parts;
}

/**
 * The reading matter of a built topic page: description, key points, the article body, review dates and sources.
 * Left out are the parts Starlight supplies itself (title, on-this-page list) and our page tools (share bar, print line).
 */
export function starlightPage(html: string, route: string): StarlightPage {
  const root = parse(html);
  const article = root.querySelector('[data-pagefind-body]');
  const title = article?.querySelector('h1')?.text.trim();
  const prose = article?.querySelector('.prose');
  if (!article || !title || !prose) throw new Error(`${route}: no topic article (h1 and .prose) to carry over to Starlight`);
  const description = root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '';

  const parts: string[] = [];
  const lead = article.querySelector('.topic-description');
  if (lead) parts.push(htmlBlock(lead));
  const keyPoints = article.querySelector('.key-points');
  if (keyPoints) parts.push(...blocks(keyPoints));
  parts.push(...blocks(prose));
  for (const selector of ['.review-dates', '.sources']) {
    const element = article.querySelector(selector);
    if (!element) continue;
    parts.push(...(element.tagName === 'SECTION' ? blocks(element) : [htmlBlock(element)]));
  }

  const frontMatter = ['---', `title: ${JSON.stringify(title)}`, `description: ${JSON.stringify(description)}`, '---'];
  return { title, description, markdown: `${frontMatter.join('\n')}\n\n${parts.join('\n\n')}\n` };
}
