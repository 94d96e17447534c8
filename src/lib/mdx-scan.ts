import { satteriHeadingIdsPlugin, type SatteriAstroData } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';

/** An attribute as written: plain text, or a `{…}` expression with its text when it is only a quoted string. */
export type AttributeValue = { text: string } | { expression: string; text?: string };

/** An element of the page as the MDX compiler sees it: Markdown turns into HTML elements, JSX stays by name. */
export interface MdxElement {
  /** "a", "img", "h2" for Markdown and HTML; a component's own name ("Fact", "Term") for components. */
  name: string;
  line: number;
  /** True when the writer typed the tag (`<a href=…>`), false when Markdown made it (`[text](/path/)`). */
  jsx: boolean;
  attributes: Record<string, AttributeValue>;
}

export interface MdxScan {
  /** The ids Astro gives the page's headings, in order. */
  headingIds: string[];
  elements: MdxElement[];
}

interface ScanNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start?: { line?: number } };
  children?: ScanNode[];
}

/** `"x"`, `'x'` or a template without `${`: a value known before the page is built. */
function literalText(expression: string): string | undefined {
  const match = /^\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1\s*$/s.exec(expression);
  if (!match || (match[1] === '`' && match[2]!.includes('${'))) return undefined;
  return match[2]!.replace(/\\(.)/g, '$1');
}

function jsxAttributes(node: ScanNode): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      attributes['{...}'] = { expression: String(attribute.value ?? '') };
    } else if (attribute.value && typeof attribute.value === 'object') {
      const expression = String((attribute.value as { value?: unknown }).value ?? '');
      attributes[attribute.name!] = { expression, text: literalText(expression) };
    } else {
      attributes[attribute.name!] = { text: attribute.value == null ? '' : String(attribute.value) };
    }
  }
  return attributes;
}

function htmlAttributes(node: ScanNode): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    attributes[name === 'className' ? 'class' : name] = { text: Array.isArray(value) ? value.join(' ') : String(value) };
  }
  return attributes;
}

/**
 * Compiles a topic's MDX body the way the site build does (the same compiler and Astro's own heading-id plugin), and
 * lists its headings and elements, so links, images and components can be checked with line numbers before the
 * page is built. `firstLine` is the file line the body starts on. Throws the compiler's error for MDX it cannot read.
 */
export async function scanMdx(body: string, firstLine = 1): Promise<MdxScan> {
  const elements: MdxElement[] = [];
  const lineOf = (node: ScanNode): number => (node.position?.start?.line ?? 1) + firstLine - 1;
  const collect = {
    name: 'iop-guide-scan',
    options: { position: true },
    after(root: ScanNode) {
      const visit = (node: ScanNode): void => {
        if (node.type === 'element' && node.tagName) {
          elements.push({ name: node.tagName, line: lineOf(node), jsx: false, attributes: htmlAttributes(node) });
        } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
          elements.push({ name: node.name, line: lineOf(node), jsx: true, attributes: jsxAttributes(node) });
        }
        for (const child of node.children ?? []) visit(child);
      };
      visit(root);
    },
  };
  const astro: SatteriAstroData = { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
  await mdxToJs(body, {
    // Same features as the site's MDX: GitHub-flavoured Markdown and smart punctuation (Astro's defaults).
    features: { gfm: true, smartPunctuation: true },
    hastPlugins: [satteriHeadingIdsPlugin(), collect as never],
    data: { astro },
  });
  return { headingIds: astro.headings.map((heading) => heading.slug), elements };
}
