/**
 * A tiny SVG tree and its serializer, for the chart images made at build time. Charts are built as data first,
 * so tests can walk the tree, and text is escaped in one place, so a label can never break the file.
 */
import { escapeXml } from './escape.ts';

export type SvgAttributes = Record<string, string | number | undefined>;

export interface SvgNode {
  name: string;
  attributes: SvgAttributes;
  /** Child elements, or plain text (escaped when written out). */
  children: (SvgNode | string)[];
}

export function svgNode(name: string, attributes: SvgAttributes = {}, children: (SvgNode | string)[] = []): SvgNode {
  return { name, attributes, children };
}

/** Two decimals are far finer than a pixel; longer numbers only add bytes (and float noise like 0.30000000000000004). */
function attributeValue(value: string | number): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : escapeXml(value);
}

export function serializeSvg(node: SvgNode): string {
  if (!/^[a-zA-Z][\w-]*$/.test(node.name)) throw new Error(`"${node.name}" is not an element name`);
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => {
      if (!/^[a-zA-Z][\w:-]*$/.test(name)) throw new Error(`"${name}" is not an attribute name`);
      return ` ${name}="${attributeValue(value)}"`;
    })
    .join('');
  if (node.children.length === 0) return `<${node.name}${attributes}/>`;
  const inner = node.children.map((child) => (typeof child === 'string' ? escapeXml(child) : serializeSvg(child))).join('');
  return `<${node.name}${attributes}>${inner}</${node.name}>`;
}

/** Every element of a tree, depth first, the root included. */
export function svgElements(node: SvgNode): SvgNode[] {
  return [node, ...node.children.flatMap((child) => (typeof child === 'string' ? [] : svgElements(child)))];
}

/** The text inside an element and its descendants, as a reader would see it. */
export function svgText(node: SvgNode): string {
  return node.children.map((child) => (typeof child === 'string' ? child : svgText(child))).join('');
}
