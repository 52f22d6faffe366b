/**
 * RSS 2.0 (and RSS 1.0) documents, as written by WordPress, Mastodon, Bluesky and news sites.
 */
import { attribute, baseOf, child, children, textOf, webBase, type XmlNode } from './xml.js';
import { htmlToPlainText, looksLikeHtml, oneLine, safeLink } from './text.js';
import { firstText, type SyndicatedEntry, type SyndicatedFeed } from './syndicated-entry.js';

/** RSS titles are often HTML-escaped in practice, so they are read as HTML when they look like it. */
export function plainTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  return oneLine(looksLikeHtml(title) ? htmlToPlainText(title) : title) || undefined;
}

function mediaOf(item: unknown, base: string): SyndicatedEntry['media'] {
  const media: SyndicatedEntry['media'] = [];
  const candidates = [
    ...children(item, 'media:content'),
    ...children(child(item, 'media:group'), 'media:content'),
    ...children(item, 'enclosure'),
  ];
  for (const candidate of candidates) {
    const url = safeLink(attribute(candidate, 'url'), base);
    const type = attribute(candidate, 'type') ?? '';
    const medium = attribute(candidate, 'medium') ?? '';
    const kind = medium === 'video' || type.startsWith('video/') ? 'video' : medium === 'image' || type.startsWith('image/') ? 'image' : undefined;
    if (!url || !kind || media.some((entry) => entry.url === url)) continue;
    const alt = textOf(child(candidate, 'media:description')) ?? textOf(child(candidate, 'media:title'));
    media.push({ type: kind, url, alt: alt ? oneLine(htmlToPlainText(alt)) : undefined });
  }
  if (!media.length) {
    const thumbnail = safeLink(attribute(child(item, 'media:thumbnail'), 'url'), base);
    if (thumbnail) media.push({ type: 'image', url: thumbnail });
  }
  return media.slice(0, 4);
}

function entryOf(item: unknown, channelBase: string): SyndicatedEntry {
  const base = baseOf(item, channelBase);
  const guid = child(item, 'guid');
  const guidText = textOf(guid);
  const guidIsLink = attribute(guid, 'isPermaLink') !== 'false';
  const atomLink = children(item, 'atom:link').find((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate');
  const url = firstText(
    safeLink(textOf(child(item, 'link')), base),
    safeLink(attribute(atomLink, 'href'), base),
    guidIsLink ? safeLink(guidText, base) : undefined,
  );
  const html = firstText(textOf(child(item, 'description')), textOf(child(item, 'content:encoded')));
  const author = firstText(textOf(child(item, 'dc:creator')), textOf(child(item, 'author')));

  return {
    id: guidText ?? url,
    url,
    title: plainTitle(textOf(child(item, 'title'))),
    text: html ? htmlToPlainText(html) || undefined : undefined,
    published: firstText(textOf(child(item, 'pubDate')), textOf(child(item, 'dc:date'))),
    author: author ? { name: oneLine(author) } : undefined,
    media: mediaOf(item, base),
  };
}

/** Reads a parsed `<rss>` or `<rdf:RDF>` document. */
export function readRss(document: XmlNode, feedUrl: string): SyndicatedFeed {
  const root = (document.rss ?? document['rdf:RDF']) as XmlNode;
  const channel = child(root, 'channel') as XmlNode | undefined;
  const base = webBase(baseOf(channel, baseOf(root, feedUrl)), textOf(child(channel, 'link')));
  const items = [...children(channel, 'item'), ...children(root, 'item')];
  const links = [
    textOf(child(channel, 'link')),
    ...children(channel, 'atom:link').map((link) => attribute(link, 'href')),
  ].filter((link): link is string => Boolean(link));

  return {
    entries: items.map((item) => entryOf(item, base)),
    links,
    generator: textOf(child(channel, 'generator')),
    youtube: false,
  };
}
