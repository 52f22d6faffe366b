/**
 * The theming guide: a designer sets the documented custom properties from the Controls panel,
 * sees the three widgets change, and copies the CSS to paste into the school's stylesheet.
 * The descriptions of the properties come from custom-elements.json, like every element's.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/elements/career-events/define.js';
import '../src/elements/opportunity-feed/define.js';
import '../src/elements/social-embed/define.js';
import { storyFeedUrl, type ShownPart } from './story-feeds.js';
import { THEME_PROPERTIES, chosenValues, themeCss, type ThemeArgs } from './theme-css.js';

/** Copies the CSS; where the clipboard is refused, selects it so the designer can copy it. */
async function copyCss(event: Event): Promise<void> {
  const panel = (event.currentTarget as HTMLElement).closest('.theme-css')!;
  const code = panel.querySelector('pre')!;
  const status = panel.querySelector('[role="status"]')!;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    status.textContent = 'Copied to the clipboard.';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    status.textContent =
      'The clipboard is not available here: the CSS is selected, press Ctrl+C (⌘C on a Mac).';
  }
}

const meta = {
  title: 'Guides/Theming',
  // The property descriptions in the docs and controls are career-events' documented ones.
  component: 'career-events',
  tags: ['autodocs'],
  args: {},
  argTypes: Object.fromEntries(
    Object.entries(THEME_PROPERTIES).map(([name, control]) => [
      name,
      { control, table: { category: 'css custom properties' } },
    ]),
  ),
  parameters: {
    shows: 'list' satisfies ShownPart,
    controls: { include: Object.keys(THEME_PROPERTIES) },
  },
  render: (args) => {
    const src = storyFeedUrl('district');
    const style = Object.fromEntries(chosenValues(args));
    return html`<div style="display: grid; gap: 24px; max-inline-size: 720px">
      <div class="theme-preview" style=${styleMap(style)}>
        <div style="display: grid; gap: 24px">
          <career-events src=${src} limit="2"></career-events>
          <opportunity-feed src=${src} limit="2" controls></opportunity-feed>
          <social-embed src=${src} limit="1"></social-embed>
        </div>
      </div>
      <section
        class="theme-css"
        aria-label="Your theme as CSS"
        style="font: 14px/1.5 system-ui, sans-serif"
      >
        <p style="margin: 0 0 8px">Paste this rule into the school site's stylesheet:</p>
        <pre
          tabindex="0"
          style="margin: 0 0 8px; padding: 12px; background: #f3f3f7; color: #1c1b1f; border-radius: 6px; overflow: auto"
        ><code>${themeCss(args)}</code></pre>
        <button type="button" @click=${copyCss}>Copy CSS</button>
        <span role="status" style="margin-inline-start: 8px"></span>
      </section>
    </div>`;
  },
} satisfies Meta<ThemeArgs>;

export default meta;
type Story = StoryObj<ThemeArgs>;

/** Nothing set: the widgets' own light look, which follows the page's font. */
export const Defaults: Story = {};

/** A school's brand: maroon and gold, a serif face, square corners. */
export const SchoolBrand: Story = {
  name: 'School brand',
  args: {
    '--cw-accent': '#7a1f3d',
    '--cw-on-accent': '#ffffff',
    '--cw-text': '#1f1a17',
    '--cw-muted': '#5b514b',
    '--cw-surface': '#fffdf8',
    '--cw-surface-alt': '#f4ecdf',
    '--cw-border': '#cbb89b',
    '--cw-danger': '#a4161a',
    '--cw-warning': '#6f4a00',
    '--cw-focus': '#b07800',
    '--cw-radius': '2px',
    '--cw-gap': '16px',
    '--cw-font-family': 'Georgia, "Times New Roman", serif',
    '--cw-font-size': '17px',
  },
};

/** Bigger type and stronger lines, for a page that asks for them. */
export const HighContrast: Story = {
  name: 'High contrast',
  args: {
    '--cw-accent': '#00387a',
    '--cw-text': '#000000',
    '--cw-muted': '#1f1f1f',
    '--cw-border': '#000000',
    '--cw-focus': '#c24e00',
    '--cw-font-size': '19px',
  },
};
