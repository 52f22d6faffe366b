/**
 * Events a host page can listen to, fired by the element that shows the data. They bubble and
 * cross shadow roots, so one listener on `document` hears every widget.
 */
import type { FeedErrorKind } from '../feed/load-feed.js';

export interface FeedLoadDetail {
  /** The feed's address. */
  url: string;
  /** Whether what is shown is the copy this browser kept from an earlier visit. */
  fromCache: boolean;
}

export interface FeedErrorDetail {
  url: string;
  kind: FeedErrorKind;
  /** What went wrong, for the webmaster. */
  reason: string;
  /** HTTP status, when the server answered with an error. */
  status?: number;
  /** Whether an earlier copy stays on screen. */
  showingKeptCopy: boolean;
}

export type FeedLoadEvent = CustomEvent<FeedLoadDetail>;
export type FeedErrorEvent = CustomEvent<FeedErrorDetail>;

export function feedEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

interface FeedEventMap {
  /** The element shows a feed for the first time. */
  'feed-load': FeedLoadEvent;
  /** The feed's content changed while shown: items were added, changed or removed. */
  'feed-update': FeedLoadEvent;
  /** The feed could not be loaded or refreshed. */
  'feed-error': FeedErrorEvent;
}

declare global {
  // The events bubble out of shadow roots, so a listener on the document hears them too.
  interface HTMLElementEventMap extends FeedEventMap {}
  interface DocumentEventMap extends FeedEventMap {}
}
