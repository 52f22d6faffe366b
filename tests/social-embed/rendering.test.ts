import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { setClock } from '../../src/time/clock.js';
import { NOW, all, captureWarnings, feedUrl, one, pinTime, releaseTime, visibleText } from '../helpers/widgets.js';
import { card, postsElement, shownIds, spokenText } from './helpers.js';

const links = (node: Element) =>
  [...node.querySelectorAll<HTMLAnchorElement>('.post__text a')].map((link) => [link.textContent, link.href]);

describe('<social-embed> rendering', () => {
  beforeEach(() => pinTime());
  afterEach(() => releaseTime());

  it('shows posts newest first, ties by id, leaving out posts with nothing to show', async () => {
    const element = await postsElement(html`<social-embed src=${feedUrl('posts.json')}></social-embed>`);
    expect(shownIds(element)).to.deep.equal([
      'x-links',
      'mastodon-links',
      'ig-image-only',
      'tiktok-video',
      'yt-apprentice',
      'fb-arabic',
      'bluesky-long',
      'news-medals',
    ]);
    expect(one(element, 'ul[part="list"]').getAttribute('aria-label')).to.equal('Posts from the district');
    expect(element.getAttribute('layout')).to.equal('list');
  });

  it('warns once, naming the posts that have neither text nor media', async () => {
    const src = feedUrl('posts.json');
    const warnings = await captureWarnings(async () => {
      const first = await postsElement(html`<social-embed src=${src}></social-embed>`);
      first.requestUpdate();
      await first.updateComplete;
      await postsElement(html`<social-embed src=${src} network="x"></social-embed>`);
    });
    const blank = warnings.filter((warning) => warning.includes('neither text nor media'));
    expect(blank).to.have.length(1);
    expect(blank[0]).to.contain('<social-embed>').and.contain('"blank-one", "blank-two"');
  });

  it('links hashtags, mentions and addresses, and leaves a javascript: address as text', async () => {
    const element = await postsElement(html`<social-embed src=${feedUrl('posts.json')}></social-embed>`);
    const post = card(element, 'x-links');
    expect(links(post)).to.deep.equal([
      ['#CareerFair', 'https://x.com/hashtag/CareerFair'],
      ['@MountainViewSS', 'https://x.com/MountainViewSS'],
      ['https://careers.sd99.example/fair', 'https://careers.sd99.example/fair'],
    ]);
    const text = post.querySelector<HTMLElement>('.post__text')!;
    expect(text.innerText).to.contain('javascript:alert(1) and JAVASCRIPT:alert(2)');
    expect(text.innerText).to.contain('info@sd99.example');
    expect(text.innerText).to.contain('@MountainViewSS.\nDetails:');
    expect([...post.querySelectorAll('a')].filter((link) => !/^https:/.test(link.href))).to.have.length(0);
    expect(text.querySelectorAll('script, img, b')).to.have.length(0);
  });

  it('links to each network its own way', async () => {
    const element = await postsElement(html`<social-embed src=${feedUrl('posts.json')}></social-embed>`);
    expect(links(card(element, 'mastodon-links'))).to.deep.equal([
      ['#BCEd', 'https://mastodon.example/tags/BCEd'],
      ['@coach', 'https://mastodon.example/@coach'],
      ['@guest@other.example', 'https://other.example/@guest'],
      ['https://pd.sd99.example/feb-12', 'https://pd.sd99.example/feb-12'],
    ]);
    const arabic = links(card(element, 'fb-arabic'));
    expect(arabic).to.have.length(1);
    expect(decodeURI(arabic[0][1]!)).to.equal('https://www.facebook.com/hashtag/عائلات_جديدة');
    const bluesky = links(card(element, 'bluesky-long'));
    expect(bluesky).to.deep.include(['#YouthHackathon', 'https://bsky.app/hashtag/YouthHackathon']);
    expect(bluesky).to.deep.include(['@friend.bsky.social', 'https://bsky.app/profile/friend.bsky.social']);
    expect(links(card(element, 'yt-apprentice'))).to.deep.equal([['#Trades', 'https://www.youtube.com/hashtag/Trades']]);
    const news = card(element, 'news-medals');
    expect(links(news)).to.deep.equal([]);
    expect(visibleText(news.querySelector('.post__text'))).to.equal('Gold in baking and robotics. #Skills');
  });

  it('names the network and author, and links to the original post', async () => {
    const element = await postsElement(html`<social-embed src=${feedUrl('posts.json')}></social-embed>`);
    const post = card(element, 'x-links');
    const heading = post.querySelector('h3')!;
    expect(visibleText(heading)).to.equal('SD99 Careers');
    expect(heading.querySelector('a')!.href).to.equal('https://x.com/sd99careers');
    expect(visibleText(post.querySelector('.post__handle'))).to.equal('@sd99careers');
    expect(visibleText(post.querySelector('[part="network"]'))).to.equal('X');
    expect(post.querySelector('[part="network"] svg')!.getAttribute('aria-hidden')).to.equal('true');
    const original = post.querySelector<HTMLAnchorElement>('[part="original-link"]')!;
    expect(original.href).to.equal('https://x.com/sd99careers/status/1001');
    expect(spokenText(original)).to.match(/^View on X: post by SD99 Careers: “Career fair on Friday! #CareerFair/);

    const news = card(element, 'news-medals');
    expect(visibleText(news.querySelector('h3'))).to.equal('Four district students bring home Skills medals');
    expect(visibleText(news.querySelector('.post__author'))).to.equal('District Communications');
    expect(spokenText(news.querySelector('[part="original-link"]'))).to.equal(
      'Read the full story: Four district students bring home Skills medals',
    );
  });

  it('shows a post with only an image, lazily and without layout shift', async () => {
    const element = await postsElement(html`<social-embed src=${feedUrl('posts.json')} heading-level="2"></social-embed>`);
    const post = card(element, 'ig-image-only');
    expect(post.querySelector('.post__text')).to.equal(null);
    const image = post.querySelector<HTMLImageElement>('[part="media"] img')!;
    expect(image.alt).to.equal('Save the date poster for the District Career Fair.');
    expect(image.loading).to.equal('lazy');
    expect(image.decoding).to.equal('async');
    expect([image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal(['640', '360']);
    expect(image.src).to.equal(new URL('/demo/images/poster-career-fair.svg', location.href).href);
    expect(visibleText(post.querySelector('h2'))).to.equal('Mountain View Secondary');
    expect(visibleText(post.querySelector('.post__handle'))).to.equal('@mountainviewss');
    expect(spokenText(post.querySelector('[part="original-link"]'))).to.equal(
      'View on Instagram: post by Mountain View Secondary',
    );
  });

  it('says how long ago a post was published, and keeps it current as time passes', async () => {
    pinTime(NOW, 'America/Toronto');
    const element = await postsElement(html`<social-embed src=${feedUrl('posts.json')}></social-embed>`);
    const time = () => card(element, 'x-links').querySelector('time')!;
    expect(visibleText(time())).to.equal('3 hours ago');
    expect(time().getAttribute('datetime')).to.equal('2026-12-03T15:00:00.000Z');
    expect(time().title).to.match(/^Thursday, December 3, 2026 at 10:00\s*AM$/);
    expect(visibleText(card(element, 'news-medals').querySelector('time'))).to.equal('5 days ago');

    setClock(NOW + 60 * 60 * 1000);
    await element.updateComplete;
    expect(visibleText(time())).to.equal('4 hours ago');
  });

  it('says it in French too', async () => {
    const element = await postsElement(html`<social-embed lang="fr-CA" src=${feedUrl('posts.json')}></social-embed>`);
    const post = card(element, 'x-links');
    expect(visibleText(post.querySelector('time'))).to.equal('il y a 3 heures');
    expect(visibleText(card(element, 'fb-arabic').querySelector('time'))).to.equal('avant-hier');
    expect(visibleText(card(element, 'news-medals').querySelector('time'))).to.equal('il y a 5 jours');
    expect(spokenText(post.querySelector('[part="original-link"]'))).to.match(/^Voir sur X : publication de SD99 Careers : « Career fair/);
    expect(visibleText(card(element, 'news-medals').querySelector('[part="network"]'))).to.equal('Actualités');
  });

  it('shows right-to-left text right to left', async () => {
    const element = await postsElement(html`<social-embed src=${feedUrl('posts.json')}></social-embed>`);
    const arabic = card(element, 'fb-arabic').querySelector<HTMLElement>('.post__text')!;
    expect(arabic.getAttribute('dir')).to.equal('auto');
    expect(arabic.matches(':dir(rtl)')).to.equal(true);
    expect(getComputedStyle(arabic).direction).to.equal('rtl');
    const english = card(element, 'x-links').querySelector<HTMLElement>('.post__text')!;
    expect(getComputedStyle(english).direction).to.equal('ltr');
  });

  it('filters by network and by hashtag or tag, in any case', async () => {
    const src = feedUrl('posts.json');
    const videos = await postsElement(html`<social-embed src=${src} network="youtube tiktok"></social-embed>`);
    expect(shownIds(videos)).to.deep.equal(['tiktok-video', 'yt-apprentice']);

    const trades = await postsElement(html`<social-embed src=${src} tag="TRADES"></social-embed>`);
    expect(shownIds(trades)).to.deep.equal(['tiktok-video', 'yt-apprentice']);

    const fair = await postsElement(html`<social-embed src=${src} tag="#careerfair skills"></social-embed>`);
    expect(shownIds(fair)).to.deep.equal(['x-links', 'news-medals']);

    const events = await postsElement(html`<social-embed src=${src} tag="events" network="x"></social-embed>`);
    expect(shownIds(events)).to.deep.equal(['x-links']);

    const arabic = await postsElement(html`<social-embed src=${src} tag="عائلات_جديدة"></social-embed>`);
    expect(shownIds(arabic)).to.deep.equal(['fb-arabic']);
  });

  it('filters by audience and school, and stops at the limit', async () => {
    const src = feedUrl('posts.json');
    const educators = await postsElement(html`<social-embed src=${src} audience="educators"></social-embed>`);
    expect(shownIds(educators)).to.deep.equal(['x-links', 'mastodon-links', 'ig-image-only', 'tiktok-video', 'yt-apprentice', 'news-medals']);

    const otherSchool = await postsElement(html`<social-embed src=${src} school="rhs" limit="3"></social-embed>`);
    expect(shownIds(otherSchool)).to.deep.equal(['x-links', 'mastodon-links', 'tiktok-video']);
  });

  it('offers the district accounts to follow, leaving out unsafe ones, unless hide-channels is set', async () => {
    const src = feedUrl('posts.json');
    const element = await postsElement(html`<social-embed src=${src}></social-embed>`);
    const row = one(element, 'nav[part="channels"]');
    expect(visibleText(row.querySelector('#channels-label'))).to.equal('Follow us');
    const follow = all<HTMLAnchorElement>(element, '[part="channel-link"]');
    expect(follow.map((link) => [link.getAttribute('aria-label'), visibleText(link), link.href])).to.deep.equal([
      ['Follow us on Facebook', 'Facebook', 'https://www.facebook.com/sd99careers'],
      ['Follow us on Instagram', 'Instagram', 'https://www.instagram.com/sd99careers'],
      ['Follow us on YouTube', 'YouTube', 'https://www.youtube.com/@sd99careers'],
    ]);
    expect(follow.every((link) => link.querySelector('svg[aria-hidden="true"]'))).to.equal(true);

    const hidden = await postsElement(html`<social-embed src=${src} hide-channels></social-embed>`);
    expect(hidden.shadowRoot!.querySelector('[part="channels"]')).to.equal(null);
    expect(all(hidden, '.post')).to.have.length(8);
  });
});
