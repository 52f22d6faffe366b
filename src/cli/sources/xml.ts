/**
 * The XML reader for RSS and Atom, and small accessors for what it returns.
 */
import { XMLParser } from 'fast-xml-parser';

/** Elements that may repeat, kept as lists even when a feed has only one. */
const REPEATING = new Set([
  'item', 'entry', 'link', 'category', 'author', 'enclosure', 'media:content', 'media:thumbnail',
  'atom:link',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Entities are decoded here, once; HTML inside a description is decoded by the HTML reader.
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => REPEATING.has(name),
});

export type XmlNode = Record<string, unknown>;

/** Parses XML text; a newline or byte-order mark before the declaration is tolerated. */
export function parseXml(text: string): XmlNode {
  const start = text.indexOf('<');
  return parser.parse(start > 0 ? text.slice(start) : text) as XmlNode;
}

/** The text of an element, whether it was written plainly, in CDATA or with attributes. */
export function textOf(node: unknown): string | undefined {
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === 'string') return node.trim() || undefined;
  if (typeof node === 'number') return String(node);
  if (node && typeof node === 'object' && '#text' in node) return textOf((node as XmlNode)['#text']);
  return undefined;
}

/** An attribute of an element, such as `href`. */
export function attribute(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const value = (node as XmlNode)[`@_${name}`];
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}

/** The element's children of one name, always as a list. */
export function children(node: unknown, name: string): unknown[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** A child element, or undefined. */
export function child(node: unknown, name: string): unknown {
  return children(node, name)[0];
}

/** The base address for links inside an element: its `xml:base` resolved against its parent's. */
export function baseOf(node: unknown, parentBase: string): string {
  const base = attribute(node, 'xml:base');
  if (!base) return parentBase;
  try {
    return new URL(base, parentBase).href;
  } catch {
    return parentBase;
  }
}

/**
 * The base for a feed's relative links. A feed read from a local file has no web address of
 * its own, so its home page (`fallback`) stands in when it is a web address.
 */
export function webBase(base: string, fallback: string | undefined): string {
  if (/^https?:/i.test(base) || !fallback) return base;
  try {
    const home = new URL(fallback, base);
    return /^https?:$/.test(home.protocol) ? home.href : base;
  } catch {
    return base;
  }
}
