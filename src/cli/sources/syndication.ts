/**
 * RSS, Atom and JSON Feed sources (a YouTube channel, a Mastodon or Bluesky account, a news
 * blog) as feed posts. The network is worked out from where the feed lives unless the config
 * names it.
 */
import type { FeedPost, Network } from '../../feed/schema.js';
import type { SyndicationSourceConfig } from '../config.js';
import { isWebAddress } from '../read-bytes.js';
import { readAtom } from './atom.js';
import { publicationInstant } from './feed-dates.js';
import { readJsonFeed } from './json-feed.js';
import { readRss } from './rss.js';
import { emptyItems, type SourceResult } from './source-result.js';
import { shorten } from './text.js';
import type { SyndicatedFeed } from './syndicated-entry.js';
import { parseXml } from './xml.js';

export interface SyndicationOptions {
  /** The feed's final address after redirects; relative links resolve against it. */
  baseUrl: string;
}

/** Posts are short; longer texts are cut at a word with an ellipsis, the post's link has the rest. */
const TEXT_LIMIT = 600;
const DEFAULT_LIMIT = 30;

function readDocument(text: string, baseUrl: string): SyndicatedFeed {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) {
    let document: unknown;
    try {
      document = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`it looks like JSON but cannot be read (${(error as Error).message})`);
    }
    return readJsonFeed(document, baseUrl);
  }

  let document;
  try {
    document = parseXml(trimmed);
  } catch (error) {
    throw new Error(`it is not XML that can be read (${(error as Error).message})`);
  }
  if (document.rss || document['rdf:RDF']) return readRss(document, baseUrl);
  if (document.feed) return readAtom(document, baseUrl);
  throw new Error('it is neither RSS, Atom nor JSON Feed');
}

/** The network a feed's posts belong to, from its addresses and generator. */
export function inferNetwork(addresses: string[], feed: Pick<SyndicatedFeed, 'generator' | 'youtube'>): Network {
  if (feed.youtube) return 'youtube';
  for (const address of addresses) {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      continue;
    }
    const host = url.hostname.replace(/^www\./, '');
    if (host === 'youtube.com' || host.endsWith('.youtube.com') || host === 'youtu.be') return 'youtube';
    if (host === 'bsky.app' || host.endsWith('.bsky.social')) return 'bluesky';
    if (/^\/@[^/]+\.rss$/.test(url.pathname) || /^\/users\/[^/]+\.rss$/.test(url.pathname)) return 'mastodon';
  }
  if (/mastodon/i.test(feed.generator ?? '')) return 'mastodon';
  return 'news';
}

/** Reads a syndication document into posts, newest first, up to the source's limit. */
export function readSyndication(text: string, source: SyndicationSourceConfig, options: SyndicationOptions): SourceResult {
  const feed = readDocument(text, options.baseUrl);
  const addresses = [isWebAddress(source.location) ? source.location : '', options.baseUrl, ...feed.links];
  const network = source.network ?? inferNetwork(addresses.filter(isWebAddress), feed);

  const notes: string[] = [];
  const posts: FeedPost[] = [];
  feed.entries.forEach((entry, index) => {
    const label = `entry ${index + 1}${entry.title ? ` ("${shorten(entry.title, 60)}")` : ''}`;
    const published = publicationInstant(entry.published);
    if (!entry.url) {
      notes.push(`${label} has no http(s) link and was skipped`);
      return;
    }
    if (!published) {
      notes.push(`${label} has no date that can be read (${JSON.stringify(entry.published ?? '')}) and was skipped`);
      return;
    }
    posts.push({
      id: entry.id ?? entry.url,
      title: entry.title,
      network,
      url: entry.url,
      published,
      author: entry.author,
      // A post needs a text or a medium; a headline-only news item is its own text.
      text: entry.text ? shorten(entry.text, TEXT_LIMIT) : entry.media.length ? undefined : entry.title,
      media: entry.media.length ? entry.media : undefined,
    });
  });

  posts.sort((a, b) => b.published.localeCompare(a.published) || (a.id < b.id ? -1 : 1));
  const items = emptyItems();
  items.posts = posts.slice(0, source.limit ?? DEFAULT_LIMIT);
  return { items, notes };
}
