/**
 * Surroundings a widget is shown in: a phone-width column, and a dark page. The widget must fit
 * and stay readable in each without any help from the page's CSS.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** The narrowest column a school's sidebar is likely to give a widget. */
export const NARROW_WIDTH_PX = 280;

export const narrowColumn: Decorator = (story) =>
  html`<div
    style="inline-size: ${NARROW_WIDTH_PX}px; outline: 1px dashed #8a8a96; outline-offset: 4px"
  >
    ${story()}
  </div>`;

export const darkPage: Decorator = (story) =>
  html`<div style="background: #121212; color: #e6e1e5; color-scheme: dark; padding: 16px">
    ${story()}
  </div>`;
