import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { feedUrl, pinTime, releaseTime, visibleText } from '../helpers/widgets.js';
import { card, postsElement, spokenText } from './helpers.js';

describe('<social-embed> long texts', () => {
  beforeEach(() => pinTime());
  afterEach(() => releaseTime());

  it('clamps a long text to about five lines, with a More / Less button, keeping it all in the page', async () => {
    const element = await postsElement(html`<div style="width: 360px">
      <social-embed src=${feedUrl('posts.json')}></social-embed>
    </div>`);
    const post = card(element, 'bluesky-long');
    const text = post.querySelector<HTMLElement>('[part="text"]')!;
    await waitUntil(() => post.querySelector('[part="more-button"]'), 'no More button on a long text');
    const toggle = post.querySelector<HTMLButtonElement>('[part="more-button"]')!;

    const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
    expect(text.clientHeight).to.be.within(4.5 * lineHeight, 5.5 * lineHeight);
    expect(text.scrollHeight).to.be.above(text.clientHeight);
    expect(text.textContent).to.contain('Prizes for the best idea');
    expect(text.textContent!.startsWith('👩🏽‍🔧👨‍👩‍👧🇨🇦 The Youth Hackathon')).to.equal(true);
    expect(visibleText(toggle)).to.equal('More');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(text.id);

    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(visibleText(toggle)).to.equal('Less');
    expect(text.clientHeight).to.equal(text.scrollHeight);
    expect(text.clientHeight).to.be.above(6 * lineHeight);

    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(text.scrollHeight).to.be.above(text.clientHeight);
  });

  it('gives a short text no button', async () => {
    const element = await postsElement(html`<social-embed src=${feedUrl('posts.json')}></social-embed>`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await element.updateComplete;
    expect(card(element, 'news-medals').querySelector('[part="more-button"]')).to.equal(null);
  });

  it('cuts the excerpt in the link name between whole emoji, never inside one', async () => {
    const element = await postsElement(html`<social-embed src=${feedUrl('posts.json')}></social-embed>`);
    const name = spokenText(card(element, 'bluesky-long').querySelector('[part="original-link"]'));
    expect(name.startsWith('View on Bluesky: post by SD99 Careers: “👩🏽‍🔧👨‍👩‍👧🇨🇦 The Youth')).to.equal(true);
    expect(name.endsWith('…”')).to.equal(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|\u200D…/.test(name)).to.equal(false);
  });
});
