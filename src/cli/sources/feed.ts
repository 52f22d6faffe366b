/**
 * Another feed of this format, such as a department's or a school's own, merged into the
 * district's. Its items are checked with the feed's schema; bad ones are reported and left out.
 */
import { InvalidFeedError, validateFeed } from '../../feed/validate.js';
import type { FeedEvent } from '../../feed/schema.js';
import { isWebAddress } from '../read-bytes.js';
import { emptyItems, type SourceResult } from './source-result.js';

export interface FeedSourceOptions {
  /** The feed's own address; its relative links are made absolute against it. */
  baseUrl: string;
  /** The building district's zone, to keep the other feed's wall-clock times meaning the same. */
  districtZone?: string;
}

function absolute(link: string | undefined, base: string): string | undefined {
  if (link === undefined || !isWebAddress(base)) return link;
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

function withAbsoluteLinks<T extends { url?: string; image?: { url: string; alt: string } }>(item: T, base: string): T {
  const moved = { ...item, url: absolute(item.url, base) };
  if (item.image) moved.image = { ...item.image, url: absolute(item.image.url, base)! };
  return moved;
}

/** Reads a feed document's text into items of the merged feed. */
export function readOtherFeed(text: string, options: FeedSourceOptions): SourceResult {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`it is not JSON (${(error as Error).message})`);
  }

  let checked;
  try {
    checked = validateFeed(document);
  } catch (error) {
    if (error instanceof InvalidFeedError) throw new Error(error.message);
    throw error;
  }
  const { feed, problems } = checked;
  const notes = problems.map(
    (problem) => `${problem.path}${problem.id ? ` (id "${problem.id}")` : ''} ${problem.reason}; left out`,
  );

  // Wall-clock times mean the other district's zone; say so when it is not ours.
  const theirZone = feed.district.timeZone;
  const keepZone = (event: FeedEvent): FeedEvent =>
    event.timeZone || !theirZone || theirZone === options.districtZone ? event : { ...event, timeZone: theirZone };

  const base = options.baseUrl;
  const items = emptyItems();
  items.events = feed.events.map((event) => keepZone(withAbsoluteLinks(event, base)));
  items.opportunities = feed.opportunities.map((item) => withAbsoluteLinks(item, base));
  items.posts = feed.posts.map((item) => withAbsoluteLinks(item, base));
  items.resources = feed.resources.map((item) => withAbsoluteLinks(item, base));
  items.schools = feed.schools;
  items.channels = feed.channels;
  return { items, notes };
}
