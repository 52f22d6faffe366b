// The real calendars and feeds in ../shared/data/real (see SOURCES.md there), built as a
// district would build them, and the written feed checked with `career-feed validate`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildFeed, eventById, realFiles, runCli } from './helpers.mjs';

const real = (name) => join(realFiles, name);

async function buildValid(sources, window = { from: '2000-01-01', to: '2030-12-31' }) {
  const result = await buildFeed({ sources, window });
  assert.equal(result.code, 0, result.stderr);
  const check = await runCli(['validate', join(result.folder, 'feed.json')]);
  assert.equal(check.code, 0, check.stdout);
  return result;
}

test('frc3189 robotics (Google Calendar): RRULE, EXDATE and RECURRENCE-ID give valid events', async () => {
  const { feed } = await buildValid(
    [{ name: 'robotics', type: 'ics', location: real('frc3189-eduhsd-robotics.ics'), tags: ['robotics'] }],
    { from: '2016-01-01', to: '2019-12-31' },
  );
  assert.ok(feed.events.length > 163, `recurring events were expanded (${feed.events.length} events)`);

  // Weekly on Saturdays at 12:00 from 3 March 2018; 3 March is an EXDATE; DST began 11 March.
  const uid = '2jhl852segmi4jj6m3hebb9a4o@google.com';
  const workDays = feed.events.filter((event) => event.id.startsWith(uid));
  assert.deepEqual(
    workDays.map((event) => [event.start, event.end, event.timeZone]),
    [
      ['2018-03-10T12:00', '2018-03-10T18:00', 'America/Los_Angeles'],
      ['2018-03-17T12:00', '2018-03-17T18:00', 'America/Los_Angeles'],
    ],
  );
  assert.equal(workDays[0].title, 'Robotics work day & driver practice');

  const lateStart = eventById(feed, 'c8pj4d1pc8s62b9i6sq34b9kcph32b9p74qjcb9n6kpjep1g6oq32ob26k@google.com@20190126T100000');
  assert.equal(lateStart.title, 'Robot build ***late start***');
  assert.equal(lateStart.start, '2019-01-26T12:00');
  assert.ok(feed.events.every((event) => event.tags.includes('robotics')));
});

test('every real iCalendar file builds into valid events', async () => {
  const calendars = readdirSync(realFiles).filter((name) => name.endsWith('.ics'));
  assert.ok(calendars.length >= 9);
  const { feed, stderr } = await buildValid(
    calendars.map((name) => ({ name, type: 'ics', location: real(name) })),
  );
  assert.doesNotMatch(stderr, /could not be read/);
  const ids = new Set(feed.events.map((event) => event.id));
  // Galaxy uses TZID=Europe/London with no VTIMEZONE; it still reads as that zone.
  const galaxy = feed.events.find((event) => event.title === 'Single cell Galaxy community');
  assert.equal(galaxy.timeZone, 'Europe/London');
  // Princeton's exam weeks are multi-day all-day events.
  assert.ok(feed.events.some((event) => /^\d{4}-\d{2}-\d{2}$/.test(event.end ?? '') && event.end > event.start));
  // Mozilla folds after every property name; the yearly rules still expand.
  assert.ok([...ids].some((id) => id.includes('@2010')));
  // Outlook pads its summary with spaces across folds.
  assert.ok(feed.events.some((event) => event.title === 'Session #6: Signature distribution overview'));
  // The Québec calendar is French and CRLF.
  assert.ok(feed.events.some((event) => event.title === 'Journée pédagogique'));
});

test('a YouTube channel feed gives youtube posts with a video and its thumbnail as poster', async () => {
  const { feed } = await buildValid([{ name: 'yt', type: 'syndication', location: real('youtube-google-channel.atom.xml') }]);
  assert.equal(feed.posts.length, 15);
  for (const post of feed.posts) {
    assert.equal(post.network, 'youtube');
    assert.equal(post.media[0].type, 'video');
    assert.match(post.media[0].poster, /^https:\/\/i\d\.ytimg\.com\/vi\/.+\/hqdefault\.jpg$/);
    assert.match(post.url, /^http:\/\/www\.youtube\.com\/watch\?v=/);
    assert.ok(post.text);
  }
});

test('TechCrunch (WordPress RSS behind a newline) gives posts without any javascript: link', async () => {
  const { feed } = await buildValid([{ name: 'tc', type: 'rss', location: real('techcrunch-wordpress.rss.xml') }]);
  assert.equal(feed.posts.length, 20);
  assert.doesNotMatch(JSON.stringify(feed), /javascript:/i);
  assert.ok(feed.posts.every((post) => post.network === 'news' && !/<[a-z]/i.test(post.text)));
  assert.ok(feed.posts.some((post) => post.title === 'Angie’s List Sets Price Range IPO At $11 To $13 Per Share; Valued At Over $600M'));
});

test('HuffPost (CDATA wrapped in whitespace), Macworld (no declaration), heise and AWS (xml:base)', async () => {
  const { feed } = await buildValid([
    { name: 'huffpost', type: 'rss', location: real('huffpost-canada-cdata.rss.xml') },
    { name: 'macworld', type: 'rss', location: real('macworld-enclosures-nodecl.rss.xml') },
    { name: 'heise', type: 'atom', location: real('heise-developer-de.atom.xml') },
    { name: 'aws', type: 'atom', location: real('aws-blog-typepad-xmlbase.atom.xml') },
  ]);
  const huffpost = feed.posts.filter((post) => post.url.includes('huffingtonpost'));
  assert.equal(huffpost.length, 2);
  for (const post of huffpost) assert.equal(post.title, post.title.trim());
  const macworld = feed.posts.filter((post) => post.url.includes('macworld.com'));
  assert.ok(macworld.length >= 20);
  assert.ok(macworld.some((post) => post.media?.[0]?.type === 'image'), 'enclosures become images');
  assert.ok(feed.posts.some((post) => /[äöüß]/.test(post.title ?? '')), 'German text decoded');
  const job = feed.posts.find((post) => post.title === 'AWS Job: Architect & Designer Position in Turkey');
  assert.equal(job.url, 'http://aws.typepad.com/aws/2009/01/aws-job-architect-designer-position-in-turkey.html');
  assert.equal(job.published, '2009-01-16T18:21:00Z');
});

test('the InfluxData JSON Feed 1.1: RFC 2822 dates, missing ids, entities in titles', async () => {
  const { feed, stderr } = await buildValid([{ name: 'influx', type: 'jsonfeed', location: real('influxdata-blog-jsonfeed-1.1.json') }]);
  assert.ok(feed.posts.length >= 2);
  assert.ok(feed.posts.every((post) => post.id && post.published.endsWith('Z')));
  assert.ok(feed.posts.some((post) => post.published === '2019-05-31T19:17:58Z'));
  assert.match(stderr, /has no date that can be read/);
});
