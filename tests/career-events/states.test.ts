import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { CareerEvents } from '../../src/elements/career-events/career-events.js';
import { all, feedUrl, one, pinTime, releaseTime, requestCount, settled, shadow, visibleText } from '../helpers/widgets.js';

describe('<career-events> states', () => {
  beforeEach(() => pinTime());
  afterEach(() => releaseTime());

  it('reserves space while loading, and announces it', async () => {
    const element = await fixture<CareerEvents>(
      html`<career-events src=${feedUrl('events.json') + '&delay=400'} limit="3"></career-events>`,
    );
    const loading = one(element, '[part="loading"]');
    expect(loading.getAttribute('role')).to.equal('status');
    expect(visibleText(loading)).to.equal('Loading…');
    expect(element.getBoundingClientRect().height).to.be.above(300);
    await settled(element);
    expect(all(element, '.event')).to.have.length(3);
  });

  it('says when there is nothing to show, and links to the district site', async () => {
    const element = await fixture<CareerEvents>(html`<career-events src=${feedUrl('empty.json')}></career-events>`);
    await settled(element);
    const empty = one(element, '[part="empty"]');
    expect(visibleText(empty)).to.contain('No upcoming career events right now.');
    const link = empty.querySelector('a')!;
    expect(link.href).to.equal('https://careers.sd99.example/');
    expect(visibleText(link)).to.equal('Visit Coast Mountains School District');
  });

  it('shows the reason and a Retry button when the feed fails, keeping the fallback link', async () => {
    const element = await fixture<CareerEvents>(html`<career-events src=${feedUrl('500', 'status')}>
      <a href="https://careers.sd99.example/events">See all district career events</a>
    </career-events>`);
    await settled(element);
    const error = one(element, '[part="error"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(visibleText(error)).to.contain('The district feed answered with error 500.');
    const slot = error.querySelector('slot')!;
    expect((slot.assignedElements()[0] as HTMLAnchorElement).href).to.equal('https://careers.sd99.example/events');
    const retry = one<HTMLButtonElement>(element, '[part="retry-button"]');
    expect(visibleText(retry)).to.equal('Retry');
  });

  it('loads again when Retry is pressed', async () => {
    const src = feedUrl('500', 'status');
    const element = await fixture<CareerEvents>(html`<career-events src=${src}></career-events>`);
    await settled(element);
    expect(await requestCount(src)).to.equal(1);
    one<HTMLButtonElement>(element, '[part="retry-button"]').click();
    await waitUntil(async () => (await requestCount(src)) === 2, 'Retry made no request');
    await settled(element);
    expect(shadow(element).querySelector('[part="error"]')).to.not.equal(null);
  });

  it('fetches a feed once for every element on the page that names it', async () => {
    const src = feedUrl('events.json');
    const page = await fixture(html`<div>
      <career-events src=${src}></career-events>
      <career-events src=${src} audience="parents"></career-events>
      <career-events src=${src} limit="1"></career-events>
    </div>`);
    for (const element of page.querySelectorAll('career-events')) await settled(element);
    expect(await requestCount(src)).to.equal(1);
  });

  it('drops the answer for an old src when src changes while it is in flight', async () => {
    const slow = feedUrl('events.json') + '&delay=600';
    const quick = feedUrl('empty.json');
    const element = await fixture<CareerEvents>(html`<career-events src=${slow}></career-events>`);
    element.src = quick;
    await settled(element);
    expect(shadow(element).querySelector('[part="empty"]')).to.not.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 900));
    await element.updateComplete;
    expect(all(element, '.event')).to.have.length(0);
    expect(shadow(element).querySelector('[part="empty"]')).to.not.equal(null);
  });

  it('passes an accessibility check in every state', async () => {
    const states = [
      feedUrl('events.json'),
      feedUrl('events.json') + '&delay=2000',
      feedUrl('empty.json'),
      feedUrl('500', 'status'),
    ];
    for (const [index, src] of states.entries()) {
      const element = await fixture<CareerEvents>(html`<career-events src=${src} theme=${index % 2 ? 'dark' : 'light'}></career-events>`);
      if (index !== 1) await settled(element);
      await expect(element).to.be.accessible();
    }
  });
});
