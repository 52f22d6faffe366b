/**
 * The link between an element and the store of the feed it shows.
 *
 * The element says which feed it wants on every update; when that changes, the old store is
 * let go (its request is cancelled if nobody else needs it, and its late answer never reaches
 * this element) and the new one is followed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedStore, type FeedSnapshot, type FeedStore } from '../feed/feed-store.js';
import { warnFeedError, warnFeedProblems } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

export class FeedController implements ReactiveController {
  #store?: FeedStore;
  #unsubscribe?: () => void;
  #wanted?: string;
  #connected = false;
  snapshot?: FeedSnapshot;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Follows the feed at `src`; `undefined` follows none. */
  follow(src: string | undefined): void {
    this.#wanted = src || undefined;
    if (this.#connected) this.#sync();
  }

  /** Loads the feed again (the error state's Retry). */
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
    if (url === this.#store?.url && this.#unsubscribe) return;
    this.#release();
    if (url === undefined) return;

    const store = feedStore(url);
    this.#store = store;
    this.#unsubscribe = store.subscribe((snapshot) => {
      if (this.#store === store) this.#receive(snapshot);
    });
    this.#receive(store.snapshot);
  }

  #release(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = undefined;
    this.snapshot = undefined;
  }

  #receive(snapshot: FeedSnapshot): void {
    if (snapshot === this.snapshot) return;
    this.snapshot = snapshot;
    if (snapshot.feed) warnFeedProblems(this.host, this.#store!.url, snapshot.problems, snapshot.feed);
    if (snapshot.status === 'error' && snapshot.error) warnFeedError(this.host, snapshot.error.message, snapshot.error);
    this.host.requestUpdate();
  }
}

function absolute(src: string): string | undefined {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return undefined;
  }
}
