import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/career-events/define.js';
import type { OpportunityFeed } from '../../src/elements/opportunity-feed/opportunity-feed.js';
import {
  all,
  feedUrl,
  one,
  pinTime,
  releaseTime,
  requestCount,
  settled,
  shadow,
  visibleText,
} from '../helpers/widgets.js';
import { districtTime, ids } from './helpers.js';

describe('<opportunity-feed> states', () => {
  beforeEach(() => pinTime(districtTime(2026, 12, 3, 10)));
  afterEach(() => releaseTime());

  it('shows its fallback content until it has a feed to follow', async () => {
    const element = await fixture<OpportunityFeed>(
      html`<opportunity-feed>
        <a href="https://careers.sd99.example/opportunities">All district opportunities</a>
      </opportunity-feed>`,
    );
    await element.updateComplete;
    const slot = one<HTMLSlotElement>(element, 'slot');
    expect(visibleText(slot.assignedElements()[0])).to.equal('All district opportunities');
  });

  it('announces loading and reserves space, then shows the cards', async () => {
    const element = await fixture<OpportunityFeed>(
      html`<opportunity-feed
        src=${feedUrl('opportunities.json') + '&delay=400'}
        limit="3"
      ></opportunity-feed>`,
    );
    const loading = one(element, '[part="loading"]');
    expect(loading.getAttribute('role')).to.equal('status');
    expect(visibleText(loading)).to.equal('Loading…');
    expect(element.getBoundingClientRect().height).to.be.above(300);
    await settled(element);
    expect(ids(element)).to.have.length(3);
  });

  it('says when nothing is open, linking to the district site', async () => {
    const element = await fixture<OpportunityFeed>(
      html`<opportunity-feed src=${feedUrl('empty.json')} controls></opportunity-feed>`,
    );
    await settled(element);
    const empty = one(element, '[part="empty"]');
    expect(visibleText(empty)).to.contain('No open opportunities right now.');
    expect(empty.querySelector('a')!.href).to.equal('https://careers.sd99.example/');
    expect(shadow(element).querySelector('[part="controls"]')).to.equal(null);
  });

  it('shows the reason, the fallback link and a working Retry when the feed fails', async () => {
    const src = feedUrl('500', 'status');
    const element = await fixture<OpportunityFeed>(
      html`<opportunity-feed src=${src}>
        <a href="https://careers.sd99.example/opportunities">All district opportunities</a>
      </opportunity-feed>`,
    );
    await settled(element);
    const error = one(element, '[part="error"]');
    expect(visibleText(error)).to.contain('The district feed answered with error 500.');
    expect((error.querySelector('slot')!.assignedElements()[0] as HTMLAnchorElement).href).to.equal(
      'https://careers.sd99.example/opportunities',
    );
    one<HTMLButtonElement>(element, '[part="retry-button"]').click();
    await waitUntil(async () => (await requestCount(src)) === 2, 'Retry made no request');
  });

  it('shares one request with <career-events> naming the same feed', async () => {
    const src = feedUrl('opportunities.json');
    const page = await fixture(
      html`<div>
        <career-events src=${src}></career-events>
        <opportunity-feed src=${src} controls></opportunity-feed>
        <opportunity-feed src=${src} kind="job"></opportunity-feed>
      </div>`,
    );
    const [events, ...opportunities] = [...page.children] as OpportunityFeed[];
    await settled(events);
    for (const element of opportunities) await settled(element);
    expect(all(events, '.event')).to.have.length(1);
    expect(ids(opportunities[1])).to.deep.equal(['cafe-job']);
    expect(await requestCount(src)).to.equal(1);
  });

  it('passes an accessibility check in every state, with and without controls, light and dark', async function () {
    // Twenty axe runs: more than the default time of one test.
    this.timeout(60000);
    const states = [
      feedUrl('opportunities.json'),
      feedUrl('opportunities.json') + '&delay=2000',
      feedUrl('empty.json'),
      feedUrl('500', 'status'),
      feedUrl('opportunities-hostile.json'),
    ];
    for (const [index, src] of states.entries()) {
      for (const theme of ['light', 'dark']) {
        for (const controls of [false, true]) {
          const element = await fixture<OpportunityFeed>(
            html`<opportunity-feed src=${src} theme=${theme} ?controls=${controls}>
              <a href="https://careers.sd99.example/opportunities">All district opportunities</a>
            </opportunity-feed>`,
          );
          if (index !== 1) await settled(element);
          await expect(element, `${src} ${theme} controls=${controls}`).to.be.accessible();
        }
      }
    }
  });
});
