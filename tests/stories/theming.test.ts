import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearFeedStores } from '../../src/feed/feed-store.js';
import * as theming from '../../stories/theming.stories.js';
import { THEME_PROPERTIES, themeCss } from '../../stories/theme-css.js';
import { pinStoryTime, releaseStoryTime } from '../../stories/story-time.js';
import { one, settled, visibleText } from '../helpers/widgets.js';
import { renderStory, type StoryModule } from './story-runner.js';

const guide = theming as unknown as StoryModule;

async function showGuide(story: keyof typeof theming): Promise<HTMLElement> {
  const { template } = await renderStory(guide.default, theming[story] as object);
  const page = await fixture<HTMLElement>(html`<div>${template}</div>`);
  for (const widget of page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
    'career-events, opportunity-feed, social-embed',
  )) {
    await settled(widget);
  }
  return page;
}

/** Replaces the page's clipboard for one test; the real one needs a permission prompt. */
function useClipboard(writeText: (text: string) => Promise<void>): () => void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return () => delete (navigator as unknown as Record<string, unknown>).clipboard;
}

describe('theming guide', () => {
  beforeEach(() => {
    clearFeedStores();
    pinStoryTime();
  });
  afterEach(() => releaseStoryTime());

  it('offers a colour picker for every colour and a text box for sizes and the font', () => {
    const argTypes = guide.default as unknown as { argTypes: Record<string, { control: string }> };
    expect(Object.keys(argTypes.argTypes)).to.deep.equal(Object.keys(THEME_PROPERTIES));
    expect(argTypes.argTypes['--cw-accent'].control).to.equal('color');
    expect(argTypes.argTypes['--cw-surface-alt'].control).to.equal('color');
    expect(argTypes.argTypes['--cw-radius'].control).to.equal('text');
    expect(argTypes.argTypes['--cw-font-family'].control).to.equal('text');
  });

  it('shows the widgets in the chosen brand, and the CSS that makes them so', async () => {
    const page = await showGuide('SchoolBrand');
    const css = visibleText(page.querySelector('pre'));
    expect(page.querySelector('pre')!.textContent).to.equal(themeCss(theming.SchoolBrand.args!));
    expect(css).to.contain('career-events, opportunity-feed, social-embed {');
    expect(css).to.contain('--cw-accent: #7a1f3d;');
    expect(css).to.contain('--cw-font-family: Georgia, "Times New Roman", serif;');

    const events = page.querySelector('career-events')!;
    const titleLink = one(events, '.event__title a');
    expect(getComputedStyle(titleLink).color).to.equal('rgb(122, 31, 61)');
    expect(getComputedStyle(events).fontFamily).to.contain('Georgia');
    expect(getComputedStyle(one(events, '.event')).borderTopLeftRadius).to.equal('2px');
  });

  it('writes an empty rule and leaves the defaults alone when nothing is chosen', async () => {
    const page = await showGuide('Defaults');
    expect(visibleText(page.querySelector('pre'))).to.contain('Nothing changed yet');
    const titleLink = one(page.querySelector('career-events')!, '.event__title a');
    expect(getComputedStyle(titleLink).color).to.not.equal('rgb(122, 31, 61)');
  });

  it('copies the CSS with the Copy CSS button', async () => {
    const copied: string[] = [];
    const restore = useClipboard(async (text) => void copied.push(text));
    try {
      const page = await showGuide('SchoolBrand');
      const button = [...page.querySelectorAll('button')].find(
        (candidate) => visibleText(candidate) === 'Copy CSS',
      )!;
      button.click();
      const status = page.querySelector('.theme-css [role="status"]')!;
      await waitUntil(() => visibleText(status) !== '', 'no word after copying');
      expect(visibleText(status)).to.equal('Copied to the clipboard.');
      expect(copied).to.deep.equal([page.querySelector('pre')!.textContent]);
    } finally {
      restore();
    }
  });

  it('selects the CSS for the designer to copy when the clipboard is refused', async () => {
    const restore = useClipboard(() =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    );
    try {
      const page = await showGuide('HighContrast');
      const button = [...page.querySelectorAll('button')].find(
        (candidate) => visibleText(candidate) === 'Copy CSS',
      )!;
      button.click();
      const status = page.querySelector('.theme-css [role="status"]')!;
      await waitUntil(() => visibleText(status) !== '', 'no word after copying');
      expect(visibleText(status)).to.contain('the CSS is selected, press Ctrl+C');
      // A selection's text leaves out the rule's last line break.
      expect(getSelection()!.toString()).to.equal(
        page.querySelector('pre')!.textContent!.trimEnd(),
      );
      expect(getSelection()!.toString()).to.contain('--cw-font-size: 19px;');
    } finally {
      restore();
    }
  });
});
