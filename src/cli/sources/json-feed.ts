/**
 * JSON Feed 1.0 and 1.1 documents (jsonfeed.org), as WordPress plugins and Micro.blog write
 * them. Items without the required `id` fall back to their address.
 */
import { htmlToPlainText, oneLine, safeLink } from './text.js';
import { plainTitle } from './rss.js';
import { webBase } from './xml.js';
import { firstText, type SyndicatedEntry, type SyndicatedFeed } from './syndicated-entry.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' ? String(value) : undefined;

function authorOf(holder: Json, base: string): SyndicatedEntry['author'] {
  const authors = Array.isArray(holder.authors) ? holder.authors : holder.author ? [holder.author] : [];
  const author = authors.find(isRecord);
  const name = author && stringOf(author.name);
  if (!author || !name) return undefined;
  return { name: oneLine(name), url: safeLink(stringOf(author.url), base), avatar: safeLink(stringOf(author.avatar), base) };
}

function mediaOf(item: Json, base: string): SyndicatedEntry['media'] {
  const media: SyndicatedEntry['media'] = [];
  const image = safeLink(stringOf(item.image) ?? stringOf(item.banner_image), base);
  if (image) media.push({ type: 'image', url: image });
  for (const attachment of Array.isArray(item.attachments) ? item.attachments.filter(isRecord) : []) {
    const url = safeLink(stringOf(attachment.url), base);
    const type = stringOf(attachment.mime_type) ?? '';
    const kind = type.startsWith('image/') ? 'image' : type.startsWith('video/') ? 'video' : undefined;
    if (url && kind) media.push({ type: kind, url, alt: stringOf(attachment.title) });
  }
  return media.slice(0, 4);
}

function entryOf(item: Json, base: string, feedAuthor: SyndicatedEntry['author']): SyndicatedEntry {
  const url = safeLink(stringOf(item.url), base) ?? safeLink(stringOf(item.external_url), base);
  const html = stringOf(item.content_html);
  return {
    id: stringOf(item.id) ?? url,
    url,
    title: plainTitle(stringOf(item.title)),
    text: firstText(stringOf(item.content_text), html ? htmlToPlainText(html) : undefined, stringOf(item.summary)),
    published: firstText(stringOf(item.date_published), stringOf(item.date_modified)),
    author: authorOf(item, base) ?? feedAuthor,
    media: mediaOf(item, base),
  };
}

/** Reads a parsed JSON Feed document. */
export function readJsonFeed(document: unknown, feedUrl: string): SyndicatedFeed {
  if (!isRecord(document) || !/jsonfeed\.org\/version\//.test(String(document.version ?? ''))) {
    throw new Error('it is JSON but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1")');
  }
  const items = Array.isArray(document.items) ? document.items.filter(isRecord) : [];
  const base = webBase(feedUrl, stringOf(document.home_page_url) ?? stringOf(document.feed_url));
  const feedAuthor = authorOf(document, base);
  return {
    entries: items.map((item) => entryOf(item, base, feedAuthor)),
    links: [stringOf(document.home_page_url), stringOf(document.feed_url)].filter(
      (link): link is string => Boolean(link),
    ),
    youtube: false,
  };
}
