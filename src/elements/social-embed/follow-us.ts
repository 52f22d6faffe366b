/** The "Follow us" row: the district's own accounts, from the feed's `channels`. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedChannel } from '../../feed/schema.js';
import type { Messages } from '../../i18n/messages-en.js';
import { safeUrl } from '../../ui/safe-url.js';
import { networkIcon } from './network-icons.js';

export function followUs(channels: readonly FeedChannel[], messages: Messages): TemplateResult | typeof nothing {
  const links = channels.flatMap((channel) => {
    const href = safeUrl(channel.url);
    return href ? [{ ...channel, href }] : [];
  });
  if (links.length === 0) return nothing;

  return html`<nav class="channels" part="channels" aria-labelledby="channels-label">
    <span id="channels-label" class="channels__label">${messages.posts.followUs}</span>
    <ul class="channels__list">
      ${links.map((channel) => {
        const network = messages.posts.networks[channel.network];
        return html`<li>
          <a class="channels__link" part="channel-link" href=${channel.href} aria-label=${messages.posts.followUsOn(network)}
            >${networkIcon(channel.network)}${network}</a
          >
        </li>`;
      })}
    </ul>
  </nav>`;
}
