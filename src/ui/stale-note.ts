/**
 * The quiet note above a kept copy when the district's server cannot be reached: the content
 * stays, the visitor learns how old it is, and can try again.
 */
import { html, type TemplateResult } from 'lit';
import type { FeedSnapshot } from '../feed/feed-store.js';
import { relativeTime } from '../time/relative-time.js';
import type { RenderContext } from './feed-element.js';

export function staleNote(snapshot: FeedSnapshot, context: RenderContext, onRetry: () => void): TemplateResult {
  const { messages, locale, nowMs } = context;
  const age = snapshot.confirmedAt === undefined ? undefined : relativeTime(snapshot.confirmedAt, nowMs, locale);
  return html`<p class="stale-note" part="stale-note" role="status">
    <span>${age ? messages.stale.updated(age) : messages.stale.unknownAge}</span>
    <button type="button" class="stale-note__retry" part="retry-button" @click=${onRetry}>${messages.retry}</button>
  </p>`;
}
