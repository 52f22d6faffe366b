import type {
  FeedChannel,
  FeedEvent,
  FeedOpportunity,
  FeedPost,
  FeedResource,
  FeedSchool,
} from '../../feed/schema.js';

/** The items one source produced, by the feed collection they belong in. */
export interface SourceItems {
  events: FeedEvent[];
  opportunities: FeedOpportunity[];
  posts: FeedPost[];
  resources: FeedResource[];
  /** Only another feed brings schools and channels of its own. */
  schools: FeedSchool[];
  channels: FeedChannel[];
}

/** What reading a source gave: its items, and a sentence for each thing it had to skip. */
export interface SourceResult {
  items: SourceItems;
  notes: string[];
}

export const ITEM_COLLECTIONS = ['events', 'opportunities', 'posts', 'resources'] as const;
export type ItemCollection = (typeof ITEM_COLLECTIONS)[number];

export function emptyItems(): SourceItems {
  return { events: [], opportunities: [], posts: [], resources: [], schools: [], channels: [] };
}
