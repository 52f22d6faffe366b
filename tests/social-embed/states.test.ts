import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SocialEmbed } from '../../src/elements/social-embed/social-embed.js';
import { feedUrl, one, pinTime, releaseTime, settled, visibleText } from '../helpers/widgets.js';
import { card, postsElement } from './helpers.js';

describe('<social-embed> states', () => {
  beforeEach(() => pinTime());
  afterEach(() => releaseTime());

  it('says when there are no posts, links to the district, and keeps the Follow us row', async () => {
    const empty = await postsElement(html`<social-embed src=${feedUrl('empty.json')}></social-embed>`);
    const message = one(empty, '[part="empty"]');
    expect(visibleText(message)).to.contain('No posts to show right now.');
    expect(message.querySelector('a')!.href).to.equal('https://careers.sd99.example/');

    const filtered = await postsElement(html`<social-embed src=${feedUrl('posts.json')} network="linkedin"></social-embed>`);
    expect(visibleText(one(filtered, '[part="empty"]'))).to.contain('No posts to show right now.');
    expect(filtered.shadowRoot!.querySelectorAll('[part="channel-link"]')).to.have.length(3);
  });

  it('shows the reason, the fallback content and Retry when the feed fails', async () => {
    const element = await postsElement(html`<social-embed src=${feedUrl('500', 'status')}>
      <a href="https://www.instagram.com/sd99careers">SD99 Careers on Instagram</a>
    </social-embed>`);
    const error = one(element, '[part="error"]');
    expect(visibleText(error)).to.contain('The district feed answered with error 500.');
    const slot = error.querySelector('slot')!;
    expect((slot.assignedElements()[0] as HTMLAnchorElement).href).to.equal('https://www.instagram.com/sd99careers');
    expect(visibleText(one(element, '[part="retry-button"]'))).to.equal('Retry');
  });

  it('passes an accessibility check in every state, in both layouts, light and dark', async () => {
    const states = [
      feedUrl('posts.json'),
      feedUrl('posts.json') + '&delay=2000',
      feedUrl('empty.json'),
      feedUrl('500', 'status'),
    ];
    for (const [index, src] of states.entries()) {
      for (const layout of ['list', 'grid']) {
        for (const theme of ['light', 'dark']) {
          const element = await fixture<SocialEmbed>(
            html`<social-embed src=${src} layout=${layout} theme=${theme}></social-embed>`,
          );
          if (index !== 1) await settled(element);
          await expect(element).to.be.accessible();
        }
      }
    }
  });

  it('passes an accessibility check with a long text opened and a video playing', async () => {
    const element = await postsElement(html`<social-embed src=${feedUrl('posts.json')} theme="dark"></social-embed>`);
    card(element, 'yt-apprentice').querySelector<HTMLButtonElement>('[part="play-button"]')!.click();
    await element.updateComplete;
    card(element, 'bluesky-long').querySelector<HTMLButtonElement>('[part="more-button"]')?.click();
    await element.updateComplete;
    await expect(element).to.be.accessible({ ignoredRules: ['frame-tested'] });
  });
});
