/**
 * Where a hashtag or a mention leads on each network.
 *
 * A mention is linked only where the network's profile address follows from the name alone;
 * Facebook and LinkedIn mentions are display names, not addresses, so they stay text, and a
 * news item has no network to link to. Every address is built with `encodeURIComponent`, so
 * nothing from the text can change which site a link goes to.
 */
import type { FeedPost, Network } from '../../feed/schema.js';

const HASHTAG_PAGES: Partial<Record<Network, string>> = {
  x: 'https://x.com/hashtag/',
  facebook: 'https://www.facebook.com/hashtag/',
  instagram: 'https://www.instagram.com/explore/tags/',
  youtube: 'https://www.youtube.com/hashtag/',
  bluesky: 'https://bsky.app/hashtag/',
  linkedin: 'https://www.linkedin.com/feed/hashtag/',
  tiktok: 'https://www.tiktok.com/tag/',
};

/** The origin of the Mastodon server the post was written on. */
function mastodonServer(post: FeedPost): string | undefined {
  for (const address of [post.author?.url, post.url]) {
    try {
      const url = new URL(address ?? '');
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
    } catch {
      // An unreadable address names no server; try the next one.
    }
  }
  return undefined;
}

export function hashtagUrl(post: FeedPost, tag: string): string | undefined {
  const name = encodeURIComponent(tag);
  if (post.network === 'mastodon') {
    const server = mastodonServer(post);
    return server ? `${server}/tags/${name}` : undefined;
  }
  const page = HASHTAG_PAGES[post.network];
  return page ? page + name : undefined;
}

const PLAIN_HANDLE = /^[\p{L}\p{N}_.]+$/u;
const X_HANDLE = /^\w{1,15}$/;
const DOMAIN_HANDLE = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

export function mentionUrl(post: FeedPost, handle: string): string | undefined {
  switch (post.network) {
    case 'x':
      return X_HANDLE.test(handle) ? `https://x.com/${handle}` : undefined;
    case 'instagram':
      return PLAIN_HANDLE.test(handle) ? `https://www.instagram.com/${encodeURIComponent(handle)}/` : undefined;
    case 'tiktok':
      return PLAIN_HANDLE.test(handle) ? `https://www.tiktok.com/@${encodeURIComponent(handle)}` : undefined;
    case 'youtube':
      return PLAIN_HANDLE.test(handle) ? `https://www.youtube.com/@${encodeURIComponent(handle)}` : undefined;
    case 'bluesky':
      return DOMAIN_HANDLE.test(handle) ? `https://bsky.app/profile/${handle.toLowerCase()}` : undefined;
    case 'mastodon':
      return mastodonProfile(post, handle);
    default:
      return undefined;
  }
}

/** `@name@server.example` lives on that server; a bare `@name` on the author's own. */
function mastodonProfile(post: FeedPost, handle: string): string | undefined {
  const [name, server] = handle.split('@');
  if (!PLAIN_HANDLE.test(name)) return undefined;
  if (server) return DOMAIN_HANDLE.test(server) ? `https://${server.toLowerCase()}/@${name}` : undefined;
  const own = mastodonServer(post);
  return own ? `${own}/@${name}` : undefined;
}
