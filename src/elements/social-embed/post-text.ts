/**
 * A post's text as text nodes and links. Line breaks stay in the text and are kept by the
 * stylesheet (`white-space: pre-line`), so no markup is ever built from the post's characters.
 */
import { html, type TemplateResult } from 'lit';
import type { FeedPost } from '../../feed/schema.js';
import { tokenizePostText, type TextToken } from '../../select/post-tokens.js';
import { hashtagUrl, mentionUrl } from './network-links.js';

function tokenTemplate(token: TextToken, post: FeedPost): TemplateResult | string {
  let href: string | undefined;
  if (token.kind === 'url') href = token.href;
  else if (token.kind === 'hashtag') href = hashtagUrl(post, token.tag);
  else if (token.kind === 'mention') href = mentionUrl(post, token.handle);
  if (!href) return token.text;
  return html`<a href=${href} class="post__link post__link--${token.kind}" rel="noopener">${token.text}</a>`;
}

export function linkedText(post: FeedPost): Array<TemplateResult | string> {
  return tokenizePostText(post.text ?? '').map((token) => tokenTemplate(token, post));
}
