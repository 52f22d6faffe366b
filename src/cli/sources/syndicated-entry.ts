import type { FeedPost } from '../../feed/schema.js';

/** One entry of an RSS, Atom or JSON Feed document, with links resolved and text made plain. */
export interface SyndicatedEntry {
  id?: string;
  url?: string;
  title?: string;
  text?: string;
  /** The date as the feed wrote it; read later so an unreadable one can be reported. */
  published?: string;
  author?: FeedPost['author'];
  media: NonNullable<FeedPost['media']>;
}

/** What a reader found: the entries, and hints about which network the feed comes from. */
export interface SyndicatedFeed {
  entries: SyndicatedEntry[];
  /** The feed's own addresses (its home page and self link). */
  links: string[];
  generator?: string;
  /** The entries carry YouTube's `yt:` fields. */
  youtube: boolean;
}

/** Applies the first defined of several values, skipping empty strings. */
export function firstText(...values: Array<string | undefined>): string | undefined {
  return values.find((value) => value !== undefined && value !== '');
}
