/**
 * Putting the sources' items together: stamping each with its source's audiences, schools,
 * stage and tags, keeping the same item once, and ordering every collection the same way on
 * every run so an unchanged source gives an unchanged feed.
 */
import type { FeedEvent, FeedOpportunity, FeedPost, FeedResource } from '../feed/schema.js';
import type { SourceConfig } from './config.js';
import { ITEM_COLLECTIONS, emptyItems, type ItemCollection, type SourceItems } from './sources/source-result.js';
import { approximateInstant } from './wall-clock.js';

/** Which source produced which item, by source name and collection. */
export type ItemOrigins = Record<string, Partial<Record<ItemCollection, string[]>>>;

type Item = FeedEvent | FeedOpportunity | FeedPost | FeedResource;

/** Fills in the source's audiences, schools and stage where an item has none; adds its tags. */
export function stampItems(items: SourceItems, source: SourceConfig): SourceItems {
  const stamp = <T extends Item>(item: T): T => {
    const tags = [...new Set([...(source.tags ?? []), ...(item.tags ?? [])])];
    return {
      ...item,
      audiences: item.audiences ?? source.audiences,
      schools: item.schools?.length ? item.schools : source.schools,
      stage: item.stage ?? source.stage,
      tags: tags.length ? tags : undefined,
    };
  };
  return {
    ...items,
    events: items.events.map(stamp),
    opportunities: items.opportunities.map(stamp),
    posts: items.posts.map(stamp),
    resources: items.resources.map(stamp),
  };
}

/** The keys under which two items count as the same: the id, and for events title and start. */
function sameItemKeys(collection: ItemCollection, item: Item): string[] {
  const keys = [`id:${item.id}`];
  if (collection === 'events') {
    const event = item as FeedEvent;
    keys.push(`when:${event.title.trim().toLowerCase()}|${event.start}`);
  }
  if (collection === 'posts') keys.push(`url:${(item as FeedPost).url}`);
  return keys;
}

/**
 * Merges the sources in config order; when two sources carry the same item, the earlier
 * source's copy is kept.
 */
export function mergeSources(sources: Array<{ name: string; items: SourceItems }>) {
  const merged = emptyItems();
  const origins: ItemOrigins = {};
  const seen = Object.fromEntries(ITEM_COLLECTIONS.map((name) => [name, new Set<string>()])) as Record<
    ItemCollection,
    Set<string>
  >;

  for (const { name, items } of sources) {
    origins[name] = {};
    for (const collection of ITEM_COLLECTIONS) {
      const ids: string[] = [];
      for (const item of items[collection] as Item[]) {
        const keys = sameItemKeys(collection, item);
        if (keys.some((key) => seen[collection].has(key))) continue;
        keys.forEach((key) => seen[collection].add(key));
        (merged[collection] as Item[]).push(item);
        ids.push(item.id);
      }
      if (ids.length) origins[name][collection] = ids.sort();
    }
    merged.schools.push(...items.schools);
    merged.channels.push(...items.channels);
  }
  return { merged, origins };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byNumberThenId(a: { at: number; id: string }, b: { at: number; id: string }): number {
  if (a.at !== b.at) return a.at - b.at;
  return byText(a.id, b.id);
}

function sortBy<T extends { id: string }>(items: T[], at: (item: T) => number): T[] {
  return items
    .map((item) => ({ item, at: Number.isNaN(at(item)) ? Number.MAX_VALUE : at(item), id: item.id }))
    .sort(byNumberThenId)
    .map(({ item }) => item);
}

/**
 * Events by start, opportunities by deadline (rolling and open-ended last), posts newest first,
 * resources by title; ties broken by id, so the order never depends on the sources' order.
 */
export function sortCollections(items: SourceItems, districtZone = 'UTC'): SourceItems {
  return {
    ...items,
    events: sortBy(items.events, (event) => approximateInstant(event.start, event.timeZone ?? districtZone)),
    opportunities: sortBy(items.opportunities, (item) =>
      item.deadline ? approximateInstant(item.deadline, districtZone) : Number.NaN,
    ),
    posts: sortBy(items.posts, (post) => -Date.parse(post.published)),
    resources: [...items.resources].sort((a, b) => byText(a.title, b.title) || byText(a.id, b.id)),
  };
}
