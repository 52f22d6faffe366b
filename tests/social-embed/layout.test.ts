import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SocialEmbed } from '../../src/elements/social-embed/social-embed.js';
import { all, feedUrl, pinTime, releaseTime, requestCount, settled } from '../helpers/widgets.js';
import { postsElement } from './helpers.js';

/** How many cards share the top edge of the first card. */
function firstRowCount(element: Element): number {
  const tops = all(element, '.post').map((post) => Math.round(post.getBoundingClientRect().top));
  return tops.filter((top) => top === tops[0]).length;
}

describe('<social-embed> layout', () => {
  beforeEach(() => pinTime());
  afterEach(() => releaseTime());

  it('keeps the grid in one column without horizontal scroll at 280 px', async () => {
    const element = await postsElement(html`<div style="width: 280px">
      <social-embed layout="grid" src=${feedUrl('posts.json')}></social-embed>
    </div>`);
    expect(element.getAttribute('layout')).to.equal('grid');
    expect(firstRowCount(element)).to.equal(1);
    expect(element.scrollWidth).to.be.at.most(280);
    for (const post of all(element, '.post')) expect(post.getBoundingClientRect().right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
  });

  it('puts at least three cards on the first row at 1200 px, and one under another as a list', async () => {
    const grid = await postsElement(html`<div style="width: 1200px">
      <social-embed layout="grid" src=${feedUrl('posts.json')}></social-embed>
    </div>`);
    expect(firstRowCount(grid)).to.be.at.least(3);
    expect(grid.scrollWidth).to.be.at.most(1200);

    const list = await postsElement(html`<div style="width: 1200px">
      <social-embed src=${feedUrl('posts.json')}></social-embed>
    </div>`);
    expect(firstRowCount(list)).to.equal(1);
  });

  it('follows a layout change made after it loaded', async () => {
    const element = await postsElement(html`<div style="width: 1200px">
      <social-embed src=${feedUrl('posts.json')}></social-embed>
    </div>`);
    element.layout = 'grid';
    await element.updateComplete;
    expect(element.getAttribute('layout')).to.equal('grid');
    expect(firstRowCount(element)).to.be.at.least(3);
  });

  it('shares one feed request with the other widgets on the page', async () => {
    const src = feedUrl('posts.json');
    const page = await fixture(html`<div>
      <career-events src=${src}></career-events>
      <social-embed src=${src}></social-embed>
      <social-embed src=${src} network="x" layout="grid"></social-embed>
    </div>`);
    for (const element of page.querySelectorAll<SocialEmbed>('career-events, social-embed')) await settled(element);
    expect(await requestCount(src)).to.equal(1);
    expect(all(page.querySelector('social-embed')!, '.post')).to.have.length(8);
  });
});
