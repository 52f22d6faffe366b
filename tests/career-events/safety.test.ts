import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareerEvents } from '../../src/elements/career-events/career-events.js';
import { all, captureWarnings, feedUrl, one, pinTime, releaseTime, settled, visibleText } from '../helpers/widgets.js';

declare global {
  interface Window {
    __pwned?: string;
  }
}

describe('<career-events> with a feed containing mistakes and attacks', () => {
  beforeEach(() => {
    pinTime();
    delete window.__pwned;
  });
  afterEach(() => releaseTime());

  it('never links to javascript: URLs, however they are written', async () => {
    const element = await fixture<CareerEvents>(html`<career-events src=${feedUrl('hostile.json')}></career-events>`);
    await settled(element);
    const card = all(element, '.event').find((item) => item.dataset.id === 'script-url')!;
    expect(visibleText(card.querySelector('.event__title'))).to.equal('Information Session');
    expect(card.querySelector('.event__title a')).to.equal(null);
    expect(card.querySelector('[part="register-link"]')).to.equal(null);
    expect(card.querySelector('.event__where a')).to.equal(null);
    const hrefs = all<HTMLAnchorElement>(element, 'a[href]').map((link) => link.href);
    expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).to.deep.equal([]);
  });

  it('keeps mailto links', async () => {
    const element = await fixture<CareerEvents>(html`<career-events src=${feedUrl('hostile.json')}></career-events>`);
    await settled(element);
    const card = all(element, '.event').find((item) => item.dataset.id === 'mail-link')!;
    expect(card.querySelector<HTMLAnchorElement>('.event__title a')!.href).to.equal('mailto:careers@sd99.example');
  });

  it('shows markup in feed text as text, and runs none of it', async () => {
    const element = await fixture<CareerEvents>(html`<career-events src=${feedUrl('hostile.json')}></career-events>`);
    await settled(element);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const card = all(element, '.event').find((item) => item.dataset.id === 'markup-title')!;
    expect(visibleText(card.querySelector('.event__title'))).to.equal(
      '<img src=x onerror="window.__pwned = \'title\'">Career Night',
    );
    expect(card.querySelector('img')).to.equal(null);
    expect(card.querySelector('script')).to.equal(null);
    expect(window.__pwned).to.equal(undefined);
  });

  it('skips broken items, names each in one console warning, and shows the rest', async () => {
    let element!: CareerEvents;
    const warnings = await captureWarnings(async () => {
      element = await fixture<CareerEvents>(html`<career-events src=${feedUrl('hostile.json')}></career-events>`);
      await settled(element);
    });
    const feedWarnings = warnings.filter((warning) => warning.includes('skipped'));
    expect(feedWarnings).to.have.length(1);
    const [warning] = feedWarnings;
    expect(warning).to.contain('<career-events> skipped 3 item(s)');
    expect(warning).to.contain('events item "bad-start", field "start"');
    expect(warning).to.contain('events item "no-title", field "title": is required but missing');
    expect(warning).to.contain('events item "42", field "id"');
    expect(all(element, '.event').map((card) => card.dataset.id)).to.deep.equal([
      'script-url',
      'markup-title',
      'long-title',
      'mail-link',
    ]);
  });

  it('warns about broken items once, however many elements show the feed', async () => {
    const src = feedUrl('hostile.json');
    const warnings = await captureWarnings(async () => {
      const page = await fixture(html`<div>
        <career-events src=${src}></career-events><career-events src=${src} limit="1"></career-events>
      </div>`);
      for (const element of page.querySelectorAll('career-events')) await settled(element);
    });
    expect(warnings.filter((warning) => warning.includes('skipped'))).to.have.length(1);
  });

  it('does not let a 90-character unbroken title scroll sideways at 280 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px">
      <career-events src=${feedUrl('hostile.json')}></career-events>
    </div>`);
    const element = wrapper.querySelector('career-events')!;
    await settled(element);
    const title = all(element, '.event').find((item) => item.dataset.id === 'long-title')!;
    expect(element.scrollWidth).to.be.at.most(280);
    expect(title.getBoundingClientRect().width).to.be.at.most(280);
    expect(title.scrollWidth).to.be.at.most(title.clientWidth);
    expect(one(element, 'ul').scrollWidth).to.be.at.most(280);
  });
});
