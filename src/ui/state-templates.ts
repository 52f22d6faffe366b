/**
 * Loading, empty and error states, the same in every element.
 *
 * The loading state reserves roughly the space the cards will take so the host page does not
 * jump. The error state keeps whatever the webmaster put inside the element (usually a link to
 * the district's own page) visible through the slot, so visitors still have somewhere to go.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedLoadError } from '../feed/load-feed.js';
import type { Messages } from '../i18n/messages-en.js';
import { safeUrl } from './safe-url.js';

export function loadingState(messages: Messages, rows: number): TemplateResult {
  return html`<div part="loading" role="status" aria-live="polite">
    <span class="visually-hidden">${messages.loading}</span>
    <ul class="skeleton" aria-hidden="true">
      ${Array.from({ length: Math.max(1, rows) }, () => html`<li></li>`)}
    </ul>
  </div>`;
}

export function emptyState(
  message: string,
  messages: Messages,
  district?: { name: string; url?: string },
): TemplateResult {
  const href = safeUrl(district?.url);
  return html`<div class="state" part="empty" role="status">
    <p>${message}</p>
    ${href && district
      ? html`<p><a href=${href} part="link">${messages.emptyDistrictLink(district.name)}</a></p>`
      : nothing}
  </div>`;
}

export function errorReason(messages: Messages, error: FeedLoadError | undefined): string {
  if (!error) return messages.errorReasons.network;
  const reasons = messages.errorReasons;
  return error.kind === 'http' ? reasons.http(error.status ?? 0) : reasons[error.kind];
}

export function errorState(
  messages: Messages,
  error: FeedLoadError | undefined,
  onRetry: () => void,
): TemplateResult {
  return html`<div class="state state--error" part="error" role="alert">
    <p class="state__title">${messages.errorTitle}</p>
    <p>${errorReason(messages, error)}</p>
    <p><slot></slot></p>
    <p>
      <button type="button" class="button" part="retry-button" @click=${onRetry}>${messages.retry}</button>
    </p>
  </div>`;
}
