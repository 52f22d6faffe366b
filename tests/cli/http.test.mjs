import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFeed, realFiles, runCli, fixture } from './helpers.mjs';

const uol = readFileSync(join(realFiles, 'uol-noticias-latin1-nodecl.rss.xml'));
const relativeRss = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Careers</title>
<item><title>Open house</title><link>open-house.html</link><guid>oh-1</guid>
<pubDate>Mon, 01 Mar 2027 10:00:00 -0800</pubDate><description>Come see the shops.</description></item>
</channel></rss>`;

let server;
let origin;

before(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/uol-labelled.rss':
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=ISO-8859-1' });
        return response.end(uol);
      case '/uol-unlabelled.rss':
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        return response.end(uol);
      case '/news':
        response.writeHead(302, { location: '/feeds/2027/news.rss' });
        return response.end();
      case '/feeds/2027/news.rss':
      case '/@careers.rss':
        response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        return response.end(relativeRss);
      case '/calendar.ics':
        response.writeHead(200, { 'content-type': 'text/calendar' });
        return response.end(readFileSync(fixture('all-day.ics')));
      case '/feed.json':
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end(readFileSync(fixture('broken-feed.json')));
      default:
        response.writeHead(500);
        return response.end('server error');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => new Promise((resolve) => server.close(resolve)));

test('ISO-8859-1 bytes are decoded by the HTTP charset, and without one by falling back from UTF-8', async () => {
  for (const path of ['/uol-labelled.rss', '/uol-unlabelled.rss']) {
    const { feed, stderr } = await buildFeed({ sources: [{ name: 'uol', type: 'rss', location: origin + path }] });
    const titles = feed.posts.map((post) => post.title).join('\n');
    assert.match(titles, /simulações de 2º turno/, stderr);
    assert.ok(!titles.includes('\ufffd'), 'no replacement characters');
    // "Seg, 24 Set 2018 19:42:40 -0300" has Portuguese day and month names.
    assert.ok(feed.posts.some((post) => post.published === '2018-09-24T22:42:40Z'));
  }
});

test('relative links resolve against the final address after a redirect', async () => {
  const { feed } = await buildFeed({ sources: [{ name: 'news', type: 'rss', location: `${origin}/news` }] });
  assert.equal(feed.posts[0].url, `${origin}/feeds/2027/open-house.html`);
});

test('a Mastodon account feed (@user.rss) gives mastodon posts', async () => {
  const { feed } = await buildFeed({ sources: [{ name: 'toots', type: 'rss', location: `${origin}/@careers.rss` }] });
  assert.equal(feed.posts[0].network, 'mastodon');
});

test('calendars are read from URLs; a server error is a failed source', async () => {
  const { feed, stderr, code } = await buildFeed({
    sources: [
      { name: 'calendar', type: 'ics', location: `${origin}/calendar.ics` },
      { name: 'down', type: 'ics', location: `${origin}/missing.ics` },
    ],
  });
  assert.equal(code, 0);
  assert.equal(feed.events.length, 4);
  assert.match(stderr, /source "down" .*answered 500/);
});

test('validate reads a feed from a URL', async () => {
  const result = await runCli(['validate', `${origin}/feed.json`]);
  assert.equal(result.code, 1);
  assert.match(result.stdout, /bad-start/);
});
