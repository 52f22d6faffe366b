import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFeed, fixture } from './helpers.mjs';

test('RSS: CDATA wrapped in whitespace, entities decoded once, HTML made plain, unsafe links dropped', async () => {
  const { feed, stderr } = await buildFeed({
    sources: [{ name: 'news', type: 'rss', location: fixture('school-news.rss.xml'), schools: ['mvss'] }],
    schools: [{ id: 'mvss', name: 'Mountain View Secondary' }],
  });
  const [house, fundraiser] = feed.posts.filter((post) => post.url.includes('/news/'));
  assert.equal(house.title, 'Students & mentors build a tiny house');
  assert.equal(house.url, 'https://mvss.example/news/tiny-house', 'relative link resolved against the channel');
  assert.equal(house.id, 'mvss-news-101');
  assert.equal(house.text, 'Grade 11 carpentry students finished the build. Click to see “photos”.');
  assert.ok(!/javascript|alert/.test(JSON.stringify(house)));
  assert.equal(house.published, '2027-03-02T17:30:00Z');
  assert.deepEqual(house.author, { name: 'Career Office' });
  assert.equal(house.network, 'news');
  assert.deepEqual(house.schools, ['mvss']);
  assert.equal(fundraiser.title, 'Fish & chips fundraiser – Friday');
  assert.equal(fundraiser.text, 'Proceeds go to the culinary program & its trip.');
  assert.equal(feed.posts.length, 2);
  assert.match(stderr, /"Undated item"\) has no date that can be read/);
  assert.match(stderr, /"Script link"\) has no http\(s\) link/);
});

test('Atom: xml:base on the feed and the entry resolves relative links; html titles become text', async () => {
  const { feed } = await buildFeed({
    sources: [{ name: 'blog', type: 'atom', location: fixture('district-blog.atom.xml') }],
  });
  const [welding, forms] = feed.posts;
  assert.equal(welding.url, 'https://blog.sd99.example/posts/2027/dual-credit-welding.html');
  assert.equal(welding.title, 'Dual credit welding at the college');
  assert.equal(welding.text, 'Earn high-school and college credit at once.');
  assert.equal(welding.published, '2027-03-05T18:00:00Z');
  assert.equal(forms.url, 'https://blog.sd99.example/forms/work-experience');
  assert.equal(forms.published, '2027-03-04T09:00:00Z', 'updated stands in for a missing published');
  assert.deepEqual(forms.author, { name: 'Career Office' });
});

test('the config can name the network', async () => {
  const { feed } = await buildFeed({
    sources: [{ name: 'blog', type: 'atom', location: fixture('district-blog.atom.xml'), network: 'linkedin' }],
  });
  assert.ok(feed.posts.every((post) => post.network === 'linkedin'));
});
