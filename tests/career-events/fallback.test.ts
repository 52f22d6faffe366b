import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareerEvents } from '../../src/elements/career-events/career-events.js';
import { captureWarnings, pinTime, releaseTime, shadow } from '../helpers/widgets.js';

describe('<career-events> fallback content', () => {
  beforeEach(() => pinTime());
  afterEach(() => releaseTime());

  it('shows what the webmaster wrote inside it on a page where the script has not run', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe
      style="width: 400px; height: 200px"
      srcdoc='<career-events src="/feed.json"><a href="https://careers.sd99.example/events">See all district career events</a></career-events>'
    ></iframe>`);
    await new Promise<void>((resolve) => {
      if (frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('a')) resolve();
      else frame.addEventListener('load', () => resolve(), { once: true });
    });
    const link = frame.contentDocument!.querySelector('a')!;
    expect(link.getBoundingClientRect().height).to.be.above(0);
    expect(link.href).to.equal('https://careers.sd99.example/events');
  });

  it('keeps showing it, and tells the webmaster why, when src is missing', async () => {
    let element!: CareerEvents;
    const warnings = await captureWarnings(async () => {
      element = await fixture<CareerEvents>(html`<career-events>
        <a href="https://careers.sd99.example/events">See all district career events</a>
      </career-events>`);
    });
    expect(warnings.some((warning) => warning.includes('has no src attribute'))).to.equal(true);
    const slot = shadow(element).querySelector('slot')!;
    expect(slot.assignedElements()).to.have.length(1);
    expect(element.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
  });
});
