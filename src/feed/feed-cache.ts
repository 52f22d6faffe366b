/**
 * The last good copy of each feed, kept in `localStorage` so a returning visitor sees content
 * at once and an outage of the district's server shows yesterday's events, not a blank box.
 *
 * Storage is a courtesy, never a requirement: a full, blocked or disabled `localStorage` (private
 * windows, strict privacy settings, sandboxed frames) just means nothing is kept.
 */
const PREFIX = 'district-career-widgets:feed:';
/** Feeds larger than this are not kept: storage is shared with the host page. */
const MAX_CHARACTERS = 750_000;
/** Copies kept at most; the least recently saved goes first. */
const MAX_COPIES = 4;

export interface CachedFeed {
  /** The document as the server sent it, validated again when it is read back. */
  document: unknown;
  /** The address it was served from. */
  url: string;
  savedAt: number;
  etag?: string;
  lastModified?: string;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readCachedFeed(feedUrl: string): CachedFeed | undefined {
  try {
    const text = storage()?.getItem(PREFIX + feedUrl);
    if (!text) return undefined;
    const copy = JSON.parse(text) as CachedFeed;
    return copy && typeof copy.savedAt === 'number' && copy.document ? copy : undefined;
  } catch {
    return undefined;
  }
}

export function writeCachedFeed(feedUrl: string, copy: CachedFeed): void {
  const store = storage();
  if (!store) return;
  let text: string;
  try {
    text = JSON.stringify(copy);
  } catch {
    return;
  }
  if (text.length > MAX_CHARACTERS) return;

  const others = cachedKeys(store).filter((key) => key !== PREFIX + feedUrl);
  while (others.length >= MAX_COPIES) removeQuietly(store, others.shift()!);
  for (let attempt = 0; attempt <= others.length; attempt += 1) {
    try {
      store.setItem(PREFIX + feedUrl, text);
      return;
    } catch {
      // Full: make room by dropping our oldest other copy, then try again.
      if (attempt < others.length) removeQuietly(store, others[attempt]);
    }
  }
}

/** Our keys, oldest copy first. */
function cachedKeys(store: Storage): string[] {
  const keys: Array<[string, number]> = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      keys.push([key, (JSON.parse(store.getItem(key) ?? '{}') as CachedFeed).savedAt ?? 0]);
    } catch {
      keys.push([key, 0]);
    }
  }
  return keys.sort((a, b) => a[1] - b[1]).map(([key]) => key);
}

function removeQuietly(store: Storage, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // Nothing to do: storage that cannot remove cannot hold our copies either.
  }
}

/** Removes every kept copy; for tests and for a "forget this site" in a host page. */
export function clearCachedFeeds(): void {
  const store = storage();
  if (!store) return;
  for (const key of cachedKeys(store)) removeQuietly(store, key);
}
