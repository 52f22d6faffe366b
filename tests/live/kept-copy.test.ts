import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CareerEvents } from '../../src/elements/career-events/career-events.js';
import { clearCachedFeeds } from '../../src/feed/feed-cache.js';
import { clearFeedStores } from '../../src/feed/feed-store.js';
import {
  all,
  feedUrl,
  one,
  pinTime,
  releaseTime,
  requestCount,
  responseStatuses,
  scriptFeed,
  settled,
  shadow,
  visibleText,
} from '../helpers/widgets.js';

/** A new page view: no store in memory, only what this browser kept. */
function nextVisit(): void {
  clearFeedStores();
}

const titles = (element: Element) => all(element, '.event__title').map(visibleText);

describe('a kept copy of the feed across visits', () => {
  beforeEach(() => {
    pinTime();
    clearCachedFeeds();
  });
  afterEach(() => {
    clearCachedFeeds();
    releaseTime();
  });

  it('shows the kept copy at once on the next visit, then confirms it with a 304', async () => {
    const src = feedUrl('events.json', 'scripted');
    const first = await fixture<CareerEvents>(html`<career-events src=${src} limit="3"></career-events>`);
    await settled(first);
    expect(await responseStatuses(src)).to.deep.equal([200]);
    const shown = titles(first);
    first.remove();

    nextVisit();
    const second = document.createElement('career-events') as CareerEvents;
    second.src = src;
    second.limit = 3;
    const loaded = oneEvent(second, 'feed-load');
    document.body.append(second);
    await second.updateComplete;
    // Before any answer from the server, the visitor already reads the kept events.
    expect(shadow(second).querySelector('[part="loading"]')).to.equal(null);
    expect(titles(second)).to.deep.equal(shown);
    expect((await loaded).detail.fromCache).to.equal(true);

    await waitUntil(async () => (await responseStatuses(src)).length === 2, 'no revalidation request');
    expect(await responseStatuses(src)).to.deep.equal([200, 304]);
    await second.updateComplete;
    expect(titles(second)).to.deep.equal(shown);
    expect(shadow(second).querySelector('[part="empty"]')).to.equal(null);
    expect(shadow(second).querySelector('[part="stale-note"]')).to.equal(null);
    second.remove();
  });

  it('keeps the copy on screen with a quiet "Updated … ago" note and a Retry when the server fails', async () => {
    const src = feedUrl('events.json', 'scripted');
    const first = await fixture<CareerEvents>(html`<career-events src=${src} limit="2"></career-events>`);
    await settled(first);
    first.remove();

    nextVisit();
    pinTime(Date.now() + 2 * 3_600_000);
    clearFeedStores();
    await scriptFeed(src, { mode: 500 });
    const errors: string[] = [];
    const listener = (event: HTMLElementEventMap['feed-error']) => errors.push(event.detail.reason);
    document.addEventListener('feed-error', listener);
    try {
      const second = await fixture<CareerEvents>(html`<career-events src=${src} limit="2"></career-events>`);
      await waitUntil(() => shadow(second).querySelector('[part="stale-note"]'), 'no stale note');
      expect(all(second, '.event')).to.have.length(2);
      expect(shadow(second).querySelector('[part="error"]')).to.equal(null);
      const note = one(second, '[part="stale-note"]');
      expect(visibleText(note.querySelector('span'))).to.equal('Updated 2 hours ago');
      expect(visibleText(note.querySelector('button'))).to.equal('Retry');
      await waitUntil(() => errors.length === 1, 'no feed-error event');
      expect(errors[0]).to.contain('answered 500');

      await scriptFeed(src, { fixture: 'events.json' });
      note.querySelector('button')!.click();
      await waitUntil(() => !shadow(second).querySelector('[part="stale-note"]'), 'Retry did not recover');
      expect(all(second, '.event')).to.have.length(2);
    } finally {
      document.removeEventListener('feed-error', listener);
    }
  });

  it('shows the error state when the server fails and nothing is kept', async () => {
    const src = feedUrl('events.json', 'scripted');
    await scriptFeed(src, { mode: 503 });
    const element = await fixture<CareerEvents>(html`<career-events src=${src}></career-events>`);
    await settled(element);
    expect(visibleText(one(element, '[part="error"]'))).to.contain('error 503');
  });

  it('still works when storage is full or refuses writes', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      const element = await fixture<CareerEvents>(html`<career-events src=${feedUrl('events.json')}></career-events>`);
      await settled(element);
      expect(all(element, '.event').length).to.be.above(3);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('fetches once for a provider with three widgets', async () => {
    const src = feedUrl('events.json');
    const page = await fixture(html`<district-feed src=${src}>
      <career-events></career-events>
      <career-events audience="parents"></career-events>
      <career-events limit="1"></career-events>
    </district-feed>`);
    for (const element of page.querySelectorAll('career-events')) await settled(element);
    expect(await requestCount(src)).to.equal(1);
  });
});
