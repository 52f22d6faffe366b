/**
 * Which posts an element shows, and in what order: newest first, then by id, so two posts
 * published in the same second always come out the same way whatever the feed's order.
 */
import type { FeedPost } from '../feed/schema.js';
import type { Feed } from '../feed/validate.js';
import { hashtagsIn } from './post-tokens.js';
import { matchesCriteria, type Criteria } from './criteria.js';
import { localize } from './localize.js';

export interface PostSelection extends Omit<Criteria, 'tags'> {
  /** Only posts from these networks. */
  networks?: readonly string[];
  /** Posts whose hashtags or `tags` include any of these (without `#`, any case). */
  tags?: readonly string[];
  limit?: number;
  locale: string;
}

export interface SelectedPosts {
  posts: FeedPost[];
  /** Posts with neither text nor media: nothing to show, so they are left out. */
  blank: FeedPost[];
}

/** Whether a post has something to show. */
export function hasContent(post: FeedPost): boolean {
  return Boolean(post.text?.trim()) || Boolean(post.media?.length);
}

function matchesTags(post: FeedPost, wanted: readonly string[]): boolean {
  if (wanted.length === 0) return true;
  const lowered = new Set(wanted.map((tag) => tag.toLowerCase()));
  return [...(post.tags ?? []), ...hashtagsIn(post.text)].some((tag) => lowered.has(tag.toLowerCase()));
}

export function selectPosts(feed: Feed, selection: PostSelection): SelectedPosts {
  const { networks, tags = [], ...criteria } = selection;
  const posts: FeedPost[] = [];
  const blank: FeedPost[] = [];
  for (const post of feed.posts) {
    if (!hasContent(post)) {
      blank.push(post);
      continue;
    }
    if (networks?.length && !networks.includes(post.network)) continue;
    if (!matchesCriteria(post, criteria) || !matchesTags(post, tags)) continue;
    posts.push(localize(post, selection.locale));
  }

  posts.sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { posts: selection.limit === undefined ? posts : posts.slice(0, selection.limit), blank };
}
