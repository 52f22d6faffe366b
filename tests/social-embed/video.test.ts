import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { all, feedUrl, pinTime, releaseTime, visibleText } from '../helpers/widgets.js';
import { card, postsElement, spokenText } from './helpers.js';

/** Every resource the page asked for since `since`, from an origin other than the page's own. */
function foreignRequests(since: number): string[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => entry.startTime >= since && new URL(entry.name).origin !== location.origin)
    .map((entry) => entry.name);
}

describe('<social-embed> videos', () => {
  beforeEach(() => pinTime());
  afterEach(() => releaseTime());

  it('shows a YouTube video as its poster and a play button, requesting nothing from another site', async () => {
    performance.setResourceTimingBufferSize(10_000);
    const since = performance.now();
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource' });

    const element = await postsElement(html`<social-embed src=${feedUrl('posts.json')}></social-embed>`);
    const video = card(element, 'yt-apprentice').querySelector('[part="video"]')!;
    const poster = video.querySelector('img')!;
    await waitUntil(() => poster.complete, 'the poster did not load');
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(poster.src).to.equal(new URL('/demo/images/video-apprentice.svg', location.href).href);
    expect(poster.alt).to.equal('A student electrician pulls wire through a wall stud.');
    const play = video.querySelector<HTMLButtonElement>('[part="play-button"]')!;
    expect(spokenText(play)).to.equal('Play video: A day as a youth electrical apprentice');
    expect(all(element, 'iframe')).to.have.length(0);
    expect(foreignRequests(since)).to.deep.equal([]);
    expect(seen.filter((name) => new URL(name).origin !== location.origin)).to.deep.equal([]);
    expect(seen.some((name) => name.includes('/test-feeds/file/posts.json'))).to.equal(true);
    expect(all<HTMLImageElement>(element, 'img').every((image) => new URL(image.src).origin === location.origin)).to.equal(true);
    observer.disconnect();
  });

  it('loads the privacy-enhanced player only when the visitor presses play, and moves focus to it', async () => {
    const element = await postsElement(html`<social-embed src=${feedUrl('posts.json')}></social-embed>`);
    const post = card(element, 'yt-apprentice');
    expect(post.querySelector('iframe')).to.equal(null);

    post.querySelector<HTMLButtonElement>('[part="play-button"]')!.click();
    await element.updateComplete;
    const player = post.querySelector('iframe')!;
    expect(player.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/Xc7Fh2LpQ9a?autoplay=1');
    expect(player.title).to.equal('A day as a youth electrical apprentice');
    expect(player.getAttribute('allow')).to.equal('autoplay; encrypted-media; picture-in-picture');
    expect(player.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(post.querySelector('[part="play-button"]')).to.equal(null);
    await waitUntil(() => element.shadowRoot!.activeElement === player, 'focus did not move to the player');
    expect(all(element, 'iframe')).to.have.length(1);
  });

  it('shows a video from another network as its poster and a link to watch it there', async () => {
    const element = await postsElement(html`<social-embed src=${feedUrl('posts.json')}></social-embed>`);
    const post = card(element, 'tiktok-video');
    expect(post.querySelector('iframe, [part="play-button"]')).to.equal(null);
    expect(post.querySelector<HTMLImageElement>('[part="video"] img')!.alt).to.equal('A carpentry shop.');
    const watch = post.querySelector<HTMLAnchorElement>('[part="watch-link"]')!;
    expect(watch.href).to.equal('https://www.tiktok.com/@sd99careers/video/3003');
    expect(visibleText(watch)).to.contain('Watch on TikTok');
    expect(spokenText(watch)).to.equal('Watch on TikTok: A carpentry shop.');
  });
});
