/**
 * The link between an element and the store of the feed it shows.
 *
 * The element says which feed it wants on every update; when that changes, the old store is
 * let go (its request is cancelled if nobody else needs it, and its late answer never reaches
 * this element) and the new one is followed. The controller also tells the host page what
 * happened, with events fired from the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_REFRESH_SECONDS, feedStore, type FeedSnapshot, type FeedStore } from '../feed/feed-store.js';
import { feedEvent, type FeedErrorDetail, type FeedLoadDetail } from './feed-events.js';
import { warnFeedError, warnFeedProblems } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

export class FeedController implements ReactiveController {
  #store?: FeedStore;
  #unsubscribe?: () => void;
  #wanted?: string;
  #refresh = DEFAULT_REFRESH_SECONDS;
  #subscribedRefresh?: number;
  #connected = false;
  #shownRevision = 0;
  #reportedError?: object;
  snapshot?: FeedSnapshot;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Follows the feed at `src`, refreshed every `refreshSeconds`; `undefined` follows none. */
  follow(src: string | undefined, refreshSeconds = DEFAULT_REFRESH_SECONDS): void {
    this.#wanted = src || undefined;
    this.#refresh = refreshSeconds;
    if (this.#connected) this.#sync();
  }

  /** Loads the feed again (the Retry buttons). */
  retry(): void {
    void this.#store?.reload();
  }

  get url(): string | undefined {
    return this.#store?.url;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#release();
  }

  #sync(): void {
    const url = this.#wanted === undefined ? undefined : absolute(this.#wanted);
    if (url === this.#store?.url && this.#unsubscribe && this.#refresh === this.#subscribedRefresh) return;
    const sameStore = url === this.#store?.url;
    this.#release(sameStore);
    if (url === undefined) return;

    const store = feedStore(url);
    this.#store = store;
    this.#subscribedRefresh = this.#refresh;
    this.#unsubscribe = store.subscribe((snapshot) => {
      if (this.#store === store) this.#receive(snapshot);
    }, this.#refresh);
    this.#receive(store.snapshot);
  }

  #release(keepSnapshot = false): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (keepSnapshot) return;
    this.#store = undefined;
    this.snapshot = undefined;
    this.#shownRevision = 0;
    this.#reportedError = undefined;
  }

  #receive(snapshot: FeedSnapshot): void {
    if (snapshot === this.snapshot) return;
    this.snapshot = snapshot;
    const url = this.#store!.url;
    if (snapshot.feed) warnFeedProblems(this.host, url, snapshot.problems, snapshot.feed);
    this.host.requestUpdate();

    if (snapshot.feed && snapshot.revision !== this.#shownRevision) {
      const type = this.#shownRevision === 0 ? 'feed-load' : 'feed-update';
      this.#shownRevision = snapshot.revision;
      this.#fire<FeedLoadDetail>(type, { url, fromCache: snapshot.fromCache });
    }
    if (snapshot.status === 'error' && snapshot.error && snapshot.error !== this.#reportedError) {
      this.#reportedError = snapshot.error;
      warnFeedError(this.host, snapshot.error.message, snapshot.error);
      this.#fire<FeedErrorDetail>('feed-error', {
        url,
        kind: snapshot.error.kind,
        reason: snapshot.error.message,
        status: snapshot.error.status,
        showingKeptCopy: Boolean(snapshot.feed),
      });
    }
  }

  /** Fires after the render this snapshot causes, so listeners see what the visitor sees. */
  #fire<T>(type: string, detail: T): void {
    void this.host.updateComplete.then(() => this.host.dispatchEvent(feedEvent(type, detail)));
  }
}

function absolute(src: string): string | undefined {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return undefined;
  }
}
