/**
 * The styles every element starts from.
 *
 * A widget lands on pages whose CSS it cannot know, so `:host` resets every inherited property
 * (`all: initial`) and then deliberately takes back a few from the page: the font family (so
 * the widget reads as part of the school's site, unless a designer sets `--cw-font-family`),
 * visibility and writing direction. Sizes are in `px` and `em` of the host, never `rem`, so a
 * page that sets `html { font-size: 62.5% }` changes nothing.
 *
 * Public custom properties (`--cw-*`) feed private ones (`--_*`), so a designer overrides a
 * token in one place and the element keeps working when it is left unset. The defaults carry
 * a light and a dark value; `theme` only switches `color-scheme`.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    all: initial;
    display: block;
    visibility: inherit;
    container-type: inline-size;
    min-width: 0;
    max-width: 100%;

    --_font-size: var(--cw-font-size, 16px);
    --_accent: var(--cw-accent, light-dark(#0b57d0, #a8c7fa));
    --_on-accent: var(--cw-on-accent, light-dark(#ffffff, #062e6f));
    --_text: var(--cw-text, light-dark(#1c1b1f, #e6e1e5));
    --_muted: var(--cw-muted, light-dark(#4d4c57, #c9c5d0));
    --_surface: var(--cw-surface, light-dark(#ffffff, #1c1b1f));
    --_surface-alt: var(--cw-surface-alt, light-dark(#f3f3f7, #2b2930));
    --_border: var(--cw-border, light-dark(#c9c8d3, #5d5b66));
    --_danger: var(--cw-danger, light-dark(#b3261e, #ffb4ab));
    --_warning: var(--cw-warning, light-dark(#7a4f00, #f5c56b));
    --_focus: var(--cw-focus, light-dark(#0b57d0, #a8c7fa));
    --_radius: var(--cw-radius, 8px);
    --_gap: var(--cw-gap, 12px);

    font-family: var(--cw-font-family, inherit);
    font-size: var(--cw-font-size, 16px);
    line-height: 1.45;
    text-align: start;
    color: var(--_text);
    color-scheme: light;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  /* Colours pick their light or dark value from color-scheme through light-dark(). */
  :host([data-theme='dark']) {
    color-scheme: dark;
  }

  :host([data-theme='auto']) {
    color-scheme: light dark;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  a {
    color: var(--_accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
