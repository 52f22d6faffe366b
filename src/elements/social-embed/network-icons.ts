/**
 * A small mark for each network, drawn inline so no image or font is fetched from the
 * network itself. They are simple shapes that hint at each brand, always shown next to the
 * network's name, so they are hidden from assistive technology.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Network } from '../../feed/schema.js';

const SHAPES: Record<Network, SVGTemplateResult> = {
  x: svg`<path d="M4 3h4.5l11.5 18h-4.5zM19 3h-2.2l-5.3 6.1 1.3 2zM5 21h2.2l5.3-6.1-1.3-2z"/>`,
  facebook: svg`<path d="M13.5 22v-8h2.7l.4-3.2h-3.1V8.8c0-.9.3-1.6 1.6-1.6h1.7V4.4a22 22 0 0 0-2.5-.1c-2.4 0-4.1 1.5-4.1 4.2v2.3H7.5V14h2.7v8z"/>`,
  instagram: svg`<path fill-rule="evenodd" d="M7 2h10a5 5 0 0 1 5 5v10a5 5 0 0 1-5 5H7a5 5 0 0 1-5-5V7a5 5 0 0 1 5-5zm0 2a3 3 0 0 0-3 3v10a3 3 0 0 0 3 3h10a3 3 0 0 0 3-3V7a3 3 0 0 0-3-3zm5 3.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9zm0 2a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM17.3 5.5a1.2 1.2 0 1 1 0 2.4 1.2 1.2 0 0 1 0-2.4z"/>`,
  youtube: svg`<path fill-rule="evenodd" d="M5 5h14a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V8a3 3 0 0 1 3-3zm5 4v6l5-3z"/>`,
  mastodon: svg`<path fill-rule="evenodd" d="M12 2c4.6 0 8.5 1.6 8.5 6.4v5.2c0 3.4-2.6 4.8-5.6 5.1-2.3.3-4.8-.1-5.4-.4.1 1.5 1.9 2.1 5.8 1.3v1.8c-5.1 1.8-9.8.6-9.8-5.6V8.4C5.5 3.6 7.4 2 12 2zM8 7.5v6h2v-4c0-1 1.8-1 1.8 0V12h1.6V9.5c0-1 1.8-1 1.8 0v4h2v-6c-.9-1.8-4.3-1.8-4.6.3-.3-2.1-3.7-2.1-4.6-.3z"/>`,
  bluesky: svg`<path d="M6.3 4.3C8.6 6 11 9.5 12 11.4c1-1.9 3.4-5.4 5.7-7.1 1.7-1.3 4.3-2.2 4.3.8 0 .6-.3 5-.5 5.7-.7 2.5-3.2 3.1-5.5 2.7 4 .7 5 3 2.8 5.2-4.2 4.3-6-1.1-6.5-2.5L12 15.6l-.3.6c-.5 1.4-2.3 6.8-6.5 2.5-2.2-2.2-1.2-4.5 2.8-5.2-2.3.4-4.8-.2-5.5-2.7C2.3 10.1 2 5.7 2 5.1c0-3 2.6-2.1 4.3-.8z"/>`,
  linkedin: svg`<path fill-rule="evenodd" d="M5 2h14a3 3 0 0 1 3 3v14a3 3 0 0 1-3 3H5a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3zm1.5 7.5V18h2.7V9.5zm1.35-4.2a1.55 1.55 0 1 0 0 3.1 1.55 1.55 0 0 0 0-3.1zM11 9.5V18h2.7v-4.4c0-1.2.4-2.1 1.6-2.1s1.4 1 1.4 2.2V18h2.7v-4.9c0-2.5-.9-3.8-3.2-3.8-1.3 0-2.1.6-2.5 1.3V9.5z"/>`,
  tiktok: svg`<path d="M16.5 2c.3 2.4 1.7 3.9 4 4v3.1a7.1 7.1 0 0 1-4-1.3v6.7A6.1 6.1 0 1 1 11 8.4v3.2a3 3 0 1 0 2.4 2.9V2z"/>`,
  news: svg`<path fill-rule="evenodd" d="M3 4h15v3h3v11a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2zm2 2v12h11V6zm13 3v9a1 1 0 0 0 1 1 1 1 0 0 0 0 0V9zM7 8h7v3H7zm0 5h7v1.5H7zm0 3h7v1.5H7z"/>`,
};

/** The network's mark; the `<svg>` itself is HTML content, its shapes are SVG content. */
export function networkIcon(network: Network): TemplateResult {
  return html`<svg class="network-icon" part="network-icon" viewBox="0 0 24 24" width="18" height="18"
    fill="currentColor" aria-hidden="true" focusable="false">${SHAPES[network]}</svg>`;
}
