/** One post as a card: who wrote it, where and when, its text, its pictures, and the original. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedPost } from '../../feed/schema.js';
import type { Messages } from '../../i18n/messages-en.js';
import { fullDateTime, relativeTime } from '../../time/relative-time.js';
import type { RenderContext } from '../../ui/feed-element.js';
import { heading } from '../../ui/heading.js';
import { safeMediaUrl, safeUrl } from '../../ui/safe-url.js';
import { shortenByGraphemes } from './graphemes.js';
import { networkIcon } from './network-icons.js';
import { postMedia } from './post-media.js';
import { linkedText } from './post-text.js';

export interface PostCardOptions {
  level: number;
  context: RenderContext;
  /** The visitor opened the whole text with "More". */
  expanded: boolean;
  /** The text is longer than the clamp, so it needs a More/Less button. */
  overflowing: boolean;
  playing: boolean;
  onToggle: () => void;
  onPlay: () => void;
}

function handleText(handle: string): string {
  return handle.startsWith('@') ? handle : `@${handle}`;
}

/** What the link to the original says to a screen reader after "View on X": which post. */
function postName(post: FeedPost, messages: Messages): string {
  if (post.title) return post.title;
  const parts = [];
  if (post.author?.name) parts.push(messages.posts.postBy(post.author.name));
  if (post.text?.trim()) parts.push(messages.posts.excerpt(shortenByGraphemes(post.text, 48)));
  return parts.join(messages.posts.separator);
}

function published(post: FeedPost, context: RenderContext): TemplateResult {
  const at = Date.parse(post.published);
  return html`<time datetime=${new Date(at).toISOString()} title=${fullDateTime(at, context.locale, context.visitorZone)}
    >${relativeTime(at, context.nowMs, context.locale)}</time
  >`;
}

function originalLink(post: FeedPost, messages: Messages): TemplateResult | typeof nothing {
  const href = safeUrl(post.url);
  if (!href) return nothing;
  const label = post.network === 'news' ? messages.posts.readStory : messages.posts.viewOn(messages.posts.networks[post.network]);
  const name = postName(post, messages);
  return html`<p class="post__original">
    <a href=${href} part="original-link">${label}${name ? html`<span class="visually-hidden">${messages.posts.separator}${name}</span>` : nothing}</a>
  </p>`;
}

function postText(post: FeedPost, index: number, options: PostCardOptions): TemplateResult | typeof nothing {
  if (!post.text?.trim()) return nothing;
  const { messages } = options.context;
  const id = `post-${index}-text`;
  const clamped = !options.expanded;
  return html`<div id=${id} class="post__text ${clamped ? 'post__text--clamped' : ''}" part="text" dir="auto" data-post=${post.id}>${linkedText(post)}</div>
    ${options.overflowing || options.expanded
      ? html`<button
          type="button"
          class="post__more"
          part="more-button"
          aria-expanded=${options.expanded ? 'true' : 'false'}
          aria-controls=${id}
          @click=${options.onToggle}
        >
          ${options.expanded ? messages.posts.less : messages.posts.more}
        </button>`
      : nothing}`;
}

export function postCard(post: FeedPost, index: number, options: PostCardOptions): TemplateResult {
  const { context } = options;
  const { messages } = context;
  const titleId = `post-${index}-title`;
  const author = post.author;
  const authorHref = safeUrl(author?.url);
  const authorName = author?.name
    ? html`<span dir="auto">${authorHref ? html`<a href=${authorHref}>${author.name}</a>` : author.name}</span>`
    : undefined;
  const network = messages.posts.networks[post.network];
  const avatar = safeMediaUrl(author?.avatar);
  const title = post.title ? html`<span dir="auto">${post.title}</span>` : (authorName ?? network);

  return html`<li class="post" part="post" data-id=${post.id} data-network=${post.network}>
    <article class="post__body card" aria-labelledby=${titleId}>
      <header class="post__header">
        ${avatar
          ? html`<img class="post__avatar" part="avatar" src=${avatar} alt="" width="40" height="40" loading="lazy" decoding="async" />`
          : nothing}
        <div class="post__byline">
          ${heading(options.level, titleId, 'post__title', title)}
          <p class="post__meta" part="meta">
            ${post.title && authorName ? html`<span class="post__author">${authorName}</span>` : nothing}
            ${author?.handle ? html`<span class="post__handle" dir="auto">${handleText(author.handle)}</span>` : nothing}
            <span class="post__network" part="network">${networkIcon(post.network)}${network}</span>
            ${published(post, context)}
          </p>
        </div>
      </header>
      ${postText(post, index, options)}
      ${postMedia(post, { messages, playing: options.playing, onPlay: options.onPlay })}
      ${originalLink(post, messages)}
    </article>
  </li>`;
}
