import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareerEvents } from '../../src/elements/career-events/career-events.js';
import { all, feedUrl, one, pinTime, releaseTime, requestCount, settled, visibleText } from '../helpers/widgets.js';

const titles = (element: Element) => all(element, '.event__title').map(visibleText);

describe('<district-feed>', () => {
  beforeEach(() => pinTime());
  afterEach(() => releaseTime());

  it('hands its feed, school, audience, language and theme to the widgets inside', async () => {
    const page = await fixture(html`<district-feed src=${feedUrl('events.json')} school="rhs" audience="parents" lang="fr-CA" theme="dark">
      <section><career-events days="60"></career-events></section>
    </district-feed>`);
    const element = page.querySelector('career-events')!;
    await settled(element);
    expect(titles(element)).to.deep.equal(['Salon des carrières en santé', 'Dual Credit Info Night', 'Winter Open House']);
    expect(one(element, 'ul').getAttribute('aria-label')).to.equal('Activités carrière à venir');
    expect(element.dataset.theme).to.equal('dark');
  });

  it('lets a widget override the provider with its own attribute', async () => {
    const page = await fixture(html`<district-feed src=${feedUrl('events.json')} audience="parents">
      <career-events audience="educators"></career-events>
      <career-events src=${feedUrl('empty.json')}></career-events>
    </district-feed>`);
    const [educators, other] = page.querySelectorAll('career-events');
    await settled(educators);
    await settled(other);
    expect(titles(educators)).to.deep.equal(['Provincial Apprenticeship Webinar']);
    expect(one(other, '[part="empty"]')).to.exist;
  });

  it('follows a change of the provider src', async () => {
    const provider = await fixture<HTMLElement & { src?: string; updateComplete: Promise<unknown> }>(
      html`<district-feed src=${feedUrl('empty.json')}><career-events></career-events></district-feed>`,
    );
    const element = provider.querySelector('career-events') as CareerEvents;
    await settled(element);
    expect(one(element, '[part="empty"]')).to.exist;
    provider.src = feedUrl('events.json');
    await provider.updateComplete;
    await settled(element);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await element.updateComplete;
    expect(all(element, '.event').length).to.be.above(0);
  });

  it('reaches widgets from another copy of the library on the page', async () => {
    const source = await (await fetch('/dist/career-widgets.js')).text();
    const url = URL.createObjectURL(new Blob([`${source}\n//# provider-copy`], { type: 'text/javascript' }));
    const copy = (await import(/* @vite-ignore */ url)) as { DistrictFeed: CustomElementConstructor };
    if (!customElements.get('district-feed-copy')) {
      customElements.define('district-feed-copy', class extends copy.DistrictFeed {});
    }
    const page = await fixture(html`<district-feed-copy src=${feedUrl('events.json')} audience="educators">
      <career-events></career-events>
    </district-feed-copy>`);
    const element = page.querySelector('career-events')!;
    await settled(element);
    expect(titles(element)).to.deep.equal(['Provincial Apprenticeship Webinar']);
  });

  it('serves every kind of widget inside it from one request of a real sample feed', async () => {
    const src = feedUrl('demo-sample-feed.json');
    const page = await fixture(html`<district-feed src=${src} school="mvss">
      <career-events limit="3"></career-events>
      <opportunity-feed limit="3"></opportunity-feed>
      <social-embed limit="3"></social-embed>
    </district-feed>`);
    const widgets = [...page.children] as CareerEvents[];
    for (const widget of widgets) await settled(widget);
    expect(await requestCount(src)).to.equal(1);
    expect(all(widgets[0], '.event')).to.have.length(3);
    expect(all(widgets[1], 'ul[part="list"] > li')).to.have.length(3);
    expect(all(widgets[2], 'ul[part="list"] > li')).to.have.length(3);
  });

  it('passes an accessibility check with widgets inside', async () => {
    const page = await fixture(html`<district-feed src=${feedUrl('events.json')}><career-events limit="2"></career-events></district-feed>`);
    await settled(page.querySelector('career-events')!);
    await expect(page).to.be.accessible();
  });
});
