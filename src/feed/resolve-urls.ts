/**
 * Relative links inside a feed point at the district's site, not at the school page that shows
 * the widget, so every URL field is resolved against the address the feed was served from.
 */
import type { Feed } from './validate.js';

const URL_FIELDS = ['url', 'avatar', 'poster'] as const;
const NESTED = ['image', 'location', 'registration', 'provider', 'author', 'logo'] as const;

function resolve(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return undefined;
  }
}

function resolveObject<T extends object>(object: T, base: string): T {
  const copy = { ...object } as Record<string, unknown>;
  for (const field of URL_FIELDS) {
    if (field in copy) {
      const resolved = resolve(copy[field], base);
      if (resolved === undefined) delete copy[field];
      else copy[field] = resolved;
    }
  }
  for (const field of NESTED) {
    const nested = copy[field];
    if (nested && typeof nested === 'object') copy[field] = resolveObject(nested, base);
  }
  if (Array.isArray(copy.media)) copy.media = copy.media.map((entry) => resolveObject(entry, base));
  return copy as T;
}

/** A copy of `feed` with every link made absolute against `feedUrl`. */
export function resolveFeedUrls(feed: Feed, feedUrl: string): Feed {
  const list = <T extends object>(items: T[]) => items.map((item) => resolveObject(item, feedUrl));
  return {
    ...feed,
    district: resolveObject(feed.district, feedUrl),
    schools: list(feed.schools),
    channels: list(feed.channels),
    events: list(feed.events),
    opportunities: list(feed.opportunities),
    posts: list(feed.posts),
    resources: list(feed.resources),
  };
}
