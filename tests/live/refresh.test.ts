import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CareerEvents } from '../../src/elements/career-events/career-events.js';
import { clearCachedFeeds } from '../../src/feed/feed-cache.js';
import { nextCheckDelay } from '../../src/feed/feed-store.js';
import { all, feedUrl, pinTime, releaseTime, requestCount, scriptFeed, settled, shadow, visibleText } from '../helpers/widgets.js';

/** Makes the page report itself hidden or visible, as switching tabs does. */
function setTabVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('refreshing a feed while the page is open', () => {
  beforeEach(() => {
    pinTime();
    clearCachedFeeds();
  });
  afterEach(() => {
    setTabVisibility('visible');
    delete (document as { visibilityState?: unknown }).visibilityState;
    clearCachedFeeds();
    releaseTime();
  });

  it('checks again every refresh period', async () => {
    const src = feedUrl('events.json');
    const element = await fixture<CareerEvents>(html`<career-events src=${src} refresh="1"></career-events>`);
    await settled(element);
    await waitUntil(async () => (await requestCount(src)) >= 3, 'no refresh', { timeout: 4000 });
  });

  it('does not refresh with refresh="0"', async () => {
    const src = feedUrl('events.json');
    const element = await fixture<CareerEvents>(html`<career-events src=${src} refresh="0"></career-events>`);
    await settled(element);
    await wait(1500);
    expect(await requestCount(src)).to.equal(1);
  });

  it('does not poll from a hidden tab, and refreshes when it is shown again', async () => {
    const src = feedUrl('events.json');
    const element = await fixture<CareerEvents>(html`<career-events src=${src} refresh="1"></career-events>`);
    await settled(element);
    setTabVisibility('hidden');
    await wait(2500);
    expect(await requestCount(src)).to.equal(1);
    setTabVisibility('visible');
    await waitUntil(async () => (await requestCount(src)) === 2, 'no refresh on return');
  });

  it('updates changed, new and removed items in place, keeping focus and scroll', async () => {
    const src = feedUrl('events.json', 'scripted');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 300px; overflow: auto">
      <career-events src=${src} refresh="1" days="60"></career-events>
    </div>`);
    const element = wrapper.querySelector('career-events')!;
    await settled(element);
    const cards = () => all(element, '.event');
    const focused = cards().find((card) => card.dataset.id === 'trades-week')!.querySelector('a')!;
    focused.focus();
    wrapper.scrollTop = 200;

    const updated = oneEvent(element, 'feed-update');
    await scriptFeed(src, { fixture: 'events-edited.json' });
    await updated;
    await element.updateComplete;

    const ids = cards().map((card) => card.dataset.id);
    expect(ids).to.include('new-info-night');
    expect(ids).not.to.include('employer-breakfast');
    const renamed = cards().find((card) => card.dataset.id === 'mock-interviews')!;
    expect(visibleText(renamed.querySelector('.event__title'))).to.equal('Rotary Mock Interviews (new room)');
    expect(shadow(element).activeElement).to.equal(focused);
    expect(focused.isConnected).to.equal(true);
    expect(wrapper.scrollTop).to.equal(200);
  });
});

describe('backing off from a failing server', () => {
  it('waits 5 s, then twice as long after each failure, never longer than the refresh period', () => {
    const period = 300_000;
    expect([0, 1, 2, 3, 4, 7, 12].map((failures) => nextCheckDelay(period, failures))).to.deep.equal([
      300_000, 5_000, 10_000, 20_000, 40_000, 300_000, 300_000,
    ]);
    expect(nextCheckDelay(8_000, 2)).to.equal(8_000);
  });
});
