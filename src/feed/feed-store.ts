/**
 * One store per feed address per page. Every element that names the same feed reads the same
 * store, so the feed is fetched once however many widgets show it, and data only flows out.
 *
 * The store keeps the feed live while anyone shows it: it starts from the copy kept in this
 * browser (if any), revalidates it with the server's validators, refreshes on a period, pauses
 * while the tab is hidden, and backs off when the server is failing. A failure never takes a
 * good copy off the screen.
 */
import { readCachedFeed, writeCachedFeed } from './feed-cache.js';
import { FeedLoadError, feedFromDocument, loadFeed, type LoadOptions } from './load-feed.js';
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
  /** When the server last sent or confirmed the copy in `feed` (ms since the epoch). */
  confirmedAt?: number;
  /** Whether `feed` is this browser's kept copy, not yet confirmed during this visit. */
  fromCache: boolean;
  /** Increases each time the content of `feed` changes. */
  revision: number;
}

type Listener = (snapshot: FeedSnapshot) => void;

export interface StoreOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Default refresh period, in seconds. */
export const DEFAULT_REFRESH_SECONDS = 300;
const FIRST_RETRY_MS = 5_000;

/**
 * How long to wait before the next automatic check: the refresh period while all is well;
 * after failures, 5 s, then 10 s, 20 s… so a struggling server is not hammered by every open
 * page, but never longer than the period itself.
 */
export function nextCheckDelay(periodMs: number, failures: number): number {
  if (failures === 0) return periodMs;
  return Math.min(periodMs, FIRST_RETRY_MS * 2 ** (failures - 1));
}

export class FeedStore {
  #snapshot: FeedSnapshot = { status: 'loading', problems: [], fromCache: false, revision: 0 };
  #listeners = new Map<Listener, number>();
  #request?: AbortController;
  #started = false;
  #text?: string;
  #etag?: string;
  #lastModified?: string;
  #failures = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #due = false;
  #cachedDocument?: unknown;
  readonly #onVisibility = () => {
    if (document.visibilityState === 'visible' && this.#due) void this.reload();
  };

  constructor(
    readonly url: string,
    private readonly options: StoreOptions = {},
  ) {}

  get snapshot(): FeedSnapshot {
    return this.#snapshot;
  }

  /**
   * Starts loading on the first subscriber; the listener hears every later snapshot.
   * `refreshSeconds` is how often this subscriber wants the feed checked (0: never); the store
   * follows the most eager subscriber.
   */
  subscribe(listener: Listener, refreshSeconds = DEFAULT_REFRESH_SECONDS): () => void {
    this.#listeners.set(listener, refreshSeconds);
    if (this.#listeners.size === 1) document.addEventListener('visibilitychange', this.#onVisibility);
    if (!this.#started) {
      this.#started = true;
      if (!this.#snapshot.feed) this.#restoreKeptCopy();
      void this.reload();
    } else if (!this.#request) {
      this.#schedule();
    }
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#abandon();
      else this.#schedule();
    };
  }

  /** Fetches the feed again; a request still in flight is cancelled and its answer dropped. */
  async reload(): Promise<void> {
    this.#request?.abort();
    clearTimeout(this.#timer);
    this.#due = false;
    const request = new AbortController();
    this.#request = request;
    if (this.#snapshot.status === 'error' && !this.#snapshot.feed) {
      this.#publish({ ...this.#snapshot, status: 'loading' });
    }

    const options: LoadOptions = {
      ...this.options,
      signal: request.signal,
      // Validators are only worth sending when there is a copy to keep.
      ...(this.#snapshot.feed ? { etag: this.#etag, lastModified: this.#lastModified } : {}),
    };
    try {
      const result = await loadFeed(this.url, options);
      if (request.signal.aborted) return;
      this.#failures = 0;
      const confirmedAt = Date.now();
      if (result.notModified) {
        this.#publish({ ...this.#snapshot, status: 'ready', error: undefined, confirmedAt, fromCache: false });
        this.#keep(this.#cachedDocument, confirmedAt);
        return;
      }
      this.#etag = result.etag;
      this.#lastModified = result.lastModified;
      const changed = result.text !== this.#text;
      this.#text = result.text;
      this.#cachedDocument = result.document;
      this.#publish({
        status: 'ready',
        feed: changed || !this.#snapshot.feed ? result.feed : this.#snapshot.feed,
        problems: changed || !this.#snapshot.feed ? result.problems : this.#snapshot.problems,
        confirmedAt,
        fromCache: false,
        revision: changed ? this.#snapshot.revision + 1 : this.#snapshot.revision,
      });
      this.#keep(result.document, confirmedAt);
    } catch (error) {
      if (request.signal.aborted) return;
      this.#failures += 1;
      const failure = error instanceof FeedLoadError ? error : new FeedLoadError('network', String(error));
      this.#publish({ ...this.#snapshot, status: 'error', error: failure });
    } finally {
      if (this.#request === request) {
        this.#request = undefined;
        this.#schedule();
      }
    }
  }

  /** Shows the copy this browser kept from an earlier visit, if it still reads as a feed. */
  #restoreKeptCopy(): void {
    const kept = readCachedFeed(this.url);
    if (!kept) return;
    try {
      const { feed, problems } = feedFromDocument(kept.document, kept.url);
      this.#cachedDocument = kept.document;
      this.#etag = kept.etag;
      this.#lastModified = kept.lastModified;
      this.#text = JSON.stringify(kept.document);
      this.#snapshot = { status: 'ready', feed, problems, confirmedAt: kept.savedAt, fromCache: true, revision: 1 };
    } catch {
      // A kept copy this version cannot read is simply not used; the network decides.
    }
  }

  #keep(document: unknown, savedAt: number): void {
    if (document === undefined) return;
    writeCachedFeed(this.url, {
      document,
      url: this.url,
      savedAt,
      etag: this.#etag,
      lastModified: this.#lastModified,
    });
  }

  /** The next automatic check: the refresh period, or a growing delay while failing. */
  #schedule(): void {
    clearTimeout(this.#timer);
    const periods = [...this.#listeners.values()].filter((seconds) => seconds > 0);
    if (periods.length === 0) return;
    const delay = nextCheckDelay(Math.min(...periods) * 1000, this.#failures);
    this.#timer = setTimeout(() => {
      // A hidden tab does not poll; it checks as soon as it is looked at again.
      if (document.visibilityState === 'hidden') this.#due = true;
      else void this.reload();
    }, delay);
  }

  #publish(snapshot: FeedSnapshot): void {
    this.#snapshot = snapshot;
    for (const listener of [...this.#listeners.keys()]) listener(snapshot);
  }

  /** Nobody shows this feed any more: stop its request and timer; the next subscriber resumes. */
  #abandon(): void {
    this.#request?.abort();
    this.#request = undefined;
    clearTimeout(this.#timer);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#started = false;
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
