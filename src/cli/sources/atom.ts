/**
 * Atom 1.0 documents: blogs, news sites and YouTube channels (`/feeds/videos.xml`), whose
 * entries become posts with a video and its thumbnail as poster.
 */
import { attribute, baseOf, child, children, textOf, webBase, type XmlNode } from './xml.js';
import { htmlToPlainText, oneLine, safeLink } from './text.js';
import { firstText, type SyndicatedEntry, type SyndicatedFeed } from './syndicated-entry.js';

/** An Atom text construct as plain text, by its `type`. */
function atomText(node: unknown): string | undefined {
  const text = textOf(node);
  if (!text) return undefined;
  const type = attribute(node, 'type') ?? 'text';
  return (type === 'html' || type === 'xhtml' ? htmlToPlainText(text) : text.trim()) || undefined;
}

function alternateLink(node: unknown, base: string): string | undefined {
  const links = children(node, 'link');
  const alternate =
    links.find((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate' && attribute(link, 'type')?.includes('html')) ??
    links.find((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate');
  return safeLink(attribute(alternate, 'href'), baseOf(alternate, base));
}

function authorOf(node: unknown, base: string): SyndicatedEntry['author'] {
  const author = child(node, 'author');
  const name = textOf(child(author, 'name'));
  if (!name) return undefined;
  return { name: oneLine(name), url: safeLink(textOf(child(author, 'uri')), base) };
}

function youtubeMedia(entry: unknown, url: string | undefined, title: string | undefined, base: string) {
  const group = child(entry, 'media:group');
  const poster = safeLink(attribute(child(group, 'media:thumbnail') ?? child(entry, 'media:thumbnail'), 'url'), base);
  const media: SyndicatedEntry['media'] = [];
  if (url) media.push({ type: 'video', url, alt: title, poster });
  return { media, description: textOf(child(group, 'media:description')) };
}

function entryOf(entry: unknown, feedBase: string, feedAuthor: SyndicatedEntry['author']): SyndicatedEntry {
  const base = baseOf(entry, feedBase);
  const url = alternateLink(entry, base);
  const title = atomText(child(entry, 'title'));
  const isVideo = textOf(child(entry, 'yt:videoId')) !== undefined;
  const video = isVideo ? youtubeMedia(entry, url, title, base) : undefined;
  const summary = child(entry, 'summary');
  const content = child(entry, 'content');

  return {
    id: textOf(child(entry, 'id')) ?? url,
    url,
    title,
    text: firstText(video?.description?.trim(), atomText(summary), atomText(content)),
    published: firstText(textOf(child(entry, 'published')), textOf(child(entry, 'updated'))),
    author: authorOf(entry, base) ?? feedAuthor,
    media: video?.media ?? [],
  };
}

/** Reads a parsed `<feed>` document. */
export function readAtom(document: XmlNode, feedUrl: string): SyndicatedFeed {
  const feed = document.feed as XmlNode;
  const home = children(feed, 'link').find((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate');
  const base = webBase(baseOf(feed, feedUrl), attribute(home, 'href'));
  const entries = children(feed, 'entry');
  const links = children(feed, 'link')
    .map((link) => attribute(link, 'href'))
    .filter((link): link is string => Boolean(link));
  const feedAuthor = authorOf(feed, base);

  return {
    entries: entries.map((entry) => entryOf(entry, base, feedAuthor)),
    links,
    generator: textOf(child(feed, 'generator')),
    youtube: entries.some((entry) => textOf(child(entry, 'yt:videoId')) !== undefined),
  };
}
