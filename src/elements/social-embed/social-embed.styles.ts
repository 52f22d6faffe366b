import { css } from 'lit';

export const socialEmbedStyles = css`
  .posts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
    --_skeleton-height: 220px;
  }

  :host([layout='grid']) .posts {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr));
    align-items: start;
  }

  .post {
    min-width: 0;
  }

  .post__body {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }

  .post__header {
    display: flex;
    gap: 10px;
    align-items: flex-start;
    min-width: 0;
  }

  .post__avatar {
    flex: none;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    background: var(--_surface-alt);
  }

  .post__byline {
    min-width: 0;
  }

  .post__title {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .post__title a,
  .post__author a {
    color: inherit;
  }

  .post__meta {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 10px;
    margin: 2px 0 0;
    font-size: 0.875em;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .post__network {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }

  .network-icon {
    flex: none;
  }

  .post__text {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
    unicode-bidi: plaintext;
  }

  .post__text--clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_clamp-lines, 5);
    line-clamp: var(--_clamp-lines, 5);
    overflow: hidden;
  }

  .post__more {
    align-self: flex-start;
    min-height: 32px;
    margin-top: -6px;
    padding: 4px 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .post__images {
    display: grid;
    gap: 4px;
  }

  .post__images[data-count='many'] {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }

  .post__image,
  .post__poster {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: contain;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-alt);
  }

  .post__video {
    position: relative;
    aspect-ratio: 16 / 9;
    border-radius: calc(var(--_radius) / 2);
    overflow: hidden;
    background: var(--_surface-alt);
  }

  .post__video .post__poster {
    position: absolute;
    inset: 0;
    height: 100%;
    border-radius: 0;
  }

  .post__video iframe {
    display: block;
    width: 100%;
    height: 100%;
    border: 0;
  }

  .post__play {
    position: absolute;
    inset: 0;
    margin: auto;
    width: 64px;
    height: 64px;
    border: 2px solid var(--_on-accent);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    display: grid;
    place-items: center;
  }

  .post__play:hover {
    transform: scale(1.06);
  }

  .post__video--linked {
    display: grid;
    place-items: center;
  }

  .post__watch {
    position: relative;
  }

  .post__original {
    margin: 0;
    font-size: 0.9375em;
    font-weight: 600;
  }

  .channels {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    margin-top: var(--_gap);
    padding: 10px 14px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .channels__label {
    font-weight: 700;
  }

  .channels__list {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .channels__link {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 40px;
    padding: 6px 12px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    text-decoration: none;
    font-weight: 600;
  }
`;
