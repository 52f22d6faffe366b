import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import { storyFeedUrl, type FixtureName } from '../../stories/story-feeds.js';
import { STORY_NOW } from '../../stories/story-time.js';
import { filesIn } from './story-runner.js';

const USED_BY_STORIES: FixtureName[] = ['district', 'many', 'long', 'rtl', 'empty'];

async function readFixture(file: string): Promise<{ url: string; document: unknown }> {
  const url = new URL(`stories/fixtures/${file}`, document.baseURI).href;
  const response = await fetch(url);
  expect(response.ok, `${file} is not served`).to.equal(true);
  return { url, document: await response.json() };
}

/** Every picture address a feed document names, as written. */
function pictures(document: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown, key?: string) => {
    if (Array.isArray(value)) value.forEach((entry) => visit(entry, key));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const [field, inner] of Object.entries(record)) {
        if (typeof inner !== 'string') visit(inner, field);
        else if (field === 'avatar' || field === 'poster') found.push(inner);
        else if (
          field === 'url' &&
          (key === 'image' || key === 'logo' || (key === 'media' && record.type === 'image'))
        ) {
          found.push(inner);
        }
      }
    }
  };
  visit(document);
  return found;
}

describe('story fixtures', () => {
  it('are the feeds the stories name', async () => {
    const files = await filesIn('stories/fixtures', '.json');
    expect(files).to.deep.equal(USED_BY_STORIES.map((name) => `${name}.json`).sort());
    for (const name of USED_BY_STORIES)
      expect(storyFeedUrl(name)).to.equal(`stories/fixtures/${name}.json`);
  });

  it('are real feed documents: the product schema finds no problem in any of them', async () => {
    for (const file of await filesIn('stories/fixtures', '.json')) {
      const { document } = await readFixture(file);
      const { problems } = validateFeed(document);
      expect(problems, file).to.deep.equal([]);
    }
  });

  it('name only pictures that are in the repository', async () => {
    let checked = 0;
    for (const file of await filesIn('stories/fixtures', '.json')) {
      const { url, document } = await readFixture(file);
      for (const picture of pictures(document)) {
        const address = new URL(picture, url);
        if (address.hostname.endsWith('.example') || address.hostname.includes('youtu')) continue;
        expect(address.origin, `${file}: ${picture} is not a local picture`).to.equal(
          location.origin,
        );
        const response = await fetch(address);
        expect(response.ok, `${file}: ${picture} is missing`).to.equal(true);
        expect(response.headers.get('content-type'), picture).to.match(/^image\//);
        checked += 1;
      }
    }
    expect(checked).to.be.above(5);
  });

  it('are written around the story clock: the district feed has past posts and coming events', async () => {
    const { document } = await readFixture('district.json');
    const { feed } = validateFeed(document);
    const today = new Date(STORY_NOW).toISOString().slice(0, 10);
    expect(feed.events.every((event) => event.start.slice(0, 10) >= today)).to.equal(true);
    expect(feed.posts.every((post) => Date.parse(post.published) < STORY_NOW)).to.equal(true);
    expect(feed.opportunities.some((opportunity) => opportunity.deadline === today)).to.equal(true);
  });
});
