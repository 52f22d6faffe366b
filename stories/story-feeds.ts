/**
 * The feed addresses stories use, and the preparation that some of them need before the widget
 * asks for them.
 *
 * Content comes from the fixture documents in `stories/fixtures/`, fetched like a real feed.
 * The paths are relative to the page, which is the root of Storybook and of the test runner
 * alike, so one story module works in both. Three states cannot come from a file:
 *
 * - loading: the feed's store is given a request that never finishes;
 * - error: an address where nothing is, which every server answers with 404;
 * - stale: this browser keeps a copy of the district fixture for another address where nothing
 *   is, so the widget shows that copy with its "Updated … ago" note.
 */
import { writeCachedFeed } from '../src/feed/feed-cache.js';
import { feedStore } from '../src/feed/feed-store.js';
import { STORY_NOW } from './story-time.js';

export type FixtureName = 'district' | 'many' | 'long' | 'rtl' | 'empty';
export type FeedState = FixtureName | 'loading' | 'error' | 'stale';

/** What the widgets of a story show once their feed has answered, by `part` name. */
export type ShownPart = 'list' | 'empty' | 'error' | 'loading' | 'stale-note';

/** How old the kept copy of the stale state is. */
export const KEPT_COPY_AGE_MS = 3 * 3_600_000;

const FIXTURES = 'stories/fixtures/';
const NOWHERE = 'stories/fixtures/missing/';

export function storyFeedUrl(state: FeedState): string {
  switch (state) {
    case 'loading':
      return `${NOWHERE}loading.json`;
    case 'error':
      return `${NOWHERE}feed.json`;
    case 'stale':
      return `${NOWHERE}kept-copy.json`;
    default:
      return `${FIXTURES}${state}.json`;
  }
}

function absolute(src: string): string {
  return new URL(src, document.baseURI).href;
}

/** Sets up the loading and stale states for `src`; any other address needs nothing. */
export async function prepareStoryFeed(src: string | undefined): Promise<void> {
  if (!src) return;
  const url = absolute(src);

  if (url === absolute(storyFeedUrl('loading'))) {
    // The store for an address is created once per page; the widget then finds this one.
    feedStore(url, { fetch: () => new Promise<Response>(() => {}) });
  }

  if (url === absolute(storyFeedUrl('stale'))) {
    const servedFrom = absolute(storyFeedUrl('district'));
    const response = await fetch(servedFrom);
    writeCachedFeed(url, {
      document: await response.json(),
      url: servedFrom,
      savedAt: STORY_NOW - KEPT_COPY_AGE_MS,
    });
  }
}

/** The loader every element's stories share: prepares the feed its `src` arg names. */
export async function prepareFeeds({
  args,
}: {
  args: { src?: string };
}): Promise<Record<string, never>> {
  await prepareStoryFeed(args.src);
  return {};
}
