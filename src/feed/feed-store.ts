/**
 * One store per feed address per page. Every element that names the same feed reads the same
 * store, so the feed is fetched once however many widgets show it, and data only flows out.
 */
import { FeedLoadError, loadFeed, type LoadOptions } from './load-feed.js';
import type { Feed, FeedProblem } from './validate.js';

export type FeedStatus = 'loading' | 'ready' | 'error';

/** What an element needs to render a feed: plain data, replaced whole on every change. */
export interface FeedSnapshot {
  status: FeedStatus;
  /** The last good copy of the feed, if any. */
  feed?: Feed;
  /** Items left out of `feed`, with the reason. */
  problems: FeedProblem[];
  /** Why the last attempt failed; set while `status` is `error`. */
  error?: FeedLoadError;
}

type Listener = (snapshot: FeedSnapshot) => void;

export interface StoreOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export class FeedStore {
  #snapshot: FeedSnapshot = { status: 'loading', problems: [] };
  #listeners = new Set<Listener>();
  #request?: AbortController;
  #started = false;

  constructor(
    readonly url: string,
    private readonly options: StoreOptions = {},
  ) {}

  get snapshot(): FeedSnapshot {
    return this.#snapshot;
  }

  /** Starts loading on the first subscriber; the listener hears every later snapshot. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    if (!this.#started) {
      this.#started = true;
      void this.reload();
    }
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#abandon();
    };
  }

  /** Fetches the feed again; a request still in flight is cancelled and its answer dropped. */
  async reload(): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    if (this.#snapshot.status === 'error') this.#publish({ ...this.#snapshot, status: 'loading' });

    const options: LoadOptions = { ...this.options, signal: request.signal };
    try {
      const result = await loadFeed(this.url, options);
      if (request.signal.aborted) return;
      if (result.notModified) {
        this.#publish({ ...this.#snapshot, status: 'ready', error: undefined });
        return;
      }
      this.#publish({ status: 'ready', feed: result.feed, problems: result.problems });
    } catch (error) {
      if (request.signal.aborted) return;
      const failure =
        error instanceof FeedLoadError ? error : new FeedLoadError('network', String(error));
      this.#publish({ ...this.#snapshot, status: 'error', error: failure });
    } finally {
      if (this.#request === request) this.#request = undefined;
    }
  }

  #publish(snapshot: FeedSnapshot): void {
    this.#snapshot = snapshot;
    for (const listener of [...this.#listeners]) listener(snapshot);
  }

  /** Nobody shows this feed any more: stop its request and let the next subscriber start anew. */
  #abandon(): void {
    this.#request?.abort();
    this.#request = undefined;
    if (this.#snapshot.status === 'loading') this.#started = false;
  }
}

const stores = new Map<string, FeedStore>();

/** The page's store for the feed at `url` (resolved against the page), created on first use. */
export function feedStore(url: string, options?: StoreOptions): FeedStore {
  const key = new URL(url, document.baseURI).href;
  let store = stores.get(key);
  if (!store) {
    store = new FeedStore(key, options);
    stores.set(key, store);
  }
  return store;
}

/** Forgets every store; for tests and previews that load the same address afresh. */
export function clearFeedStores(): void {
  stores.clear();
}
