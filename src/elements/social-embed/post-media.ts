/**
 * A post's pictures and videos. Pictures load lazily and hold their space before they arrive;
 * a YouTube video is a facade (its poster and a play button) until the visitor asks for it,
 * because the player would otherwise load YouTube's scripts and cookies on the school's page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedPost } from '../../feed/schema.js';
import type { Messages } from '../../i18n/messages-en.js';
import { safeMediaUrl, safeUrl } from '../../ui/safe-url.js';
import { shortenByGraphemes } from './graphemes.js';
import { youtubeEmbedUrl, youtubeVideoId } from './youtube.js';

type Media = NonNullable<FeedPost['media']>[number];

export interface MediaOptions {
  messages: Messages;
  /** Whether the visitor has asked to play this post's video. */
  playing: boolean;
  onPlay: () => void;
}

/** Sizes a feed may add to a media entry; with them the picture keeps its own shape. */
function dimensions(media: Media): { width?: number; height?: number } {
  const { width, height } = media as { width?: unknown; height?: unknown };
  return typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0
    ? { width, height }
    : {};
}

function picture(url: string, alt: string, media: Media, className: string): TemplateResult {
  const { width, height } = dimensions(media);
  return html`<img
    class=${className}
    src=${url}
    alt=${alt}
    loading="lazy"
    decoding="async"
    width=${width ?? nothing}
    height=${height ?? nothing}
    style=${width ? `aspect-ratio: ${width} / ${height}` : nothing}
  />`;
}

function videoName(post: FeedPost, media: Media, messages: Messages): string {
  return shortenByGraphemes(post.title || media.alt || post.text || messages.posts.video, 80);
}

function youtubeFacade(post: FeedPost, media: Media, id: string, options: MediaOptions): TemplateResult {
  const { messages } = options;
  const name = videoName(post, media, messages);
  if (options.playing) {
    return html`<div class="post__video" part="video">
      <iframe
        src=${youtubeEmbedUrl(id)}
        title=${name}
        allow="autoplay; encrypted-media; picture-in-picture"
        referrerpolicy="strict-origin-when-cross-origin"
        allowfullscreen
      ></iframe>
    </div>`;
  }
  const poster = safeMediaUrl(media.poster);
  return html`<div class="post__video" part="video">
    ${poster ? picture(poster, media.alt ?? '', media, 'post__poster') : nothing}
    <button type="button" class="post__play" part="play-button" @click=${options.onPlay}>
      <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M8 5v14l11-7z" />
      </svg>
      <span class="visually-hidden">${messages.posts.playVideo(name)}</span>
    </button>
  </div>`;
}

/** A video from elsewhere: its poster, and a link to watch it where it lives. */
function linkedVideo(post: FeedPost, media: Media, options: MediaOptions): TemplateResult {
  const { messages } = options;
  const poster = safeMediaUrl(media.poster);
  const href = safeUrl(media.url) ?? safeUrl(post.url);
  return html`<div class="post__video post__video--linked" part="video">
    ${poster ? picture(poster, media.alt ?? '', media, 'post__poster') : nothing}
    ${href
      ? html`<a class="button post__watch" part="watch-link" href=${href}
          >${messages.posts.watchOn(messages.posts.networks[post.network])}<span class="visually-hidden"
            >${messages.posts.separator}${videoName(post, media, messages)}</span
          ></a
        >`
      : nothing}
  </div>`;
}

export function postMedia(post: FeedPost, options: MediaOptions): TemplateResult | typeof nothing {
  const entries = post.media ?? [];
  const video = entries.find((media) => media.type === 'video');
  if (video) {
    const id = youtubeVideoId(video.url);
    return id ? youtubeFacade(post, video, id, options) : linkedVideo(post, video, options);
  }

  const pictures = entries.flatMap((media) => {
    const url = safeMediaUrl(media.url);
    return url ? [picture(url, media.alt ?? '', media, 'post__image')] : [];
  });
  if (pictures.length === 0) return nothing;
  return html`<div class="post__images" part="media" data-count=${pictures.length > 1 ? 'many' : 'one'}>
    ${pictures}
  </div>`;
}
