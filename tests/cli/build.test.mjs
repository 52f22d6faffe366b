import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFeed, fixture, runCli, workFolder } from './helpers.mjs';

const calendarSources = (folder) => {
  copyFileSync(fixture('weekly-meeting.ics'), join(folder, 'office.ics'));
  copyFileSync(fixture('all-day.ics'), join(folder, 'district.ics'));
  return [
    { name: 'office', type: 'ics', location: 'office.ics', audiences: ['educators'] },
    { name: 'district', type: 'ics', location: 'district.ics', stage: 'exploration', tags: ['fairs'] },
  ];
};

test('an unchanged source gives a byte-identical feed, and updated moves only when content does', async () => {
  const folder = workFolder();
  const sources = calendarSources(folder);
  const first = await buildFeed({ sources }, { folder });
  assert.equal(first.code, 0, first.stderr);
  const bytes = readFileSync(join(folder, 'feed.json'));
  assert.equal(first.feed.updated, '2027-03-01T12:00:00Z');

  const second = await buildFeed({ sources }, { folder, args: ['--now', '2027-03-02T08:00:00Z'] });
  assert.equal(second.code, 0);
  assert.match(second.stdout, /Unchanged/);
  assert.ok(readFileSync(join(folder, 'feed.json')).equals(bytes), 'second build is byte-identical');

  writeFileSync(
    join(folder, 'district.ics'),
    readFileSync(join(folder, 'district.ics'), 'utf8').replace('Regional career fair', 'Regional careers fair'),
  );
  const third = await buildFeed({ sources }, { folder, args: ['--now', '2027-03-03T08:00:00Z'] });
  assert.equal(third.feed.updated, '2027-03-03T08:00:00Z');
});

test('the feed is stamped, sorted, and written with its JSON Schema and origins beside it', async () => {
  const folder = workFolder();
  const { feed } = await buildFeed({ sources: calendarSources(folder) }, { folder });
  const starts = feed.events.map((event) => event.start);
  assert.equal(starts[0], '2027-03-01T09:00');
  assert.ok(feed.events.filter((event) => event.id.startsWith('career-advisors')).every((event) => event.audiences[0] === 'educators'));
  const fair = feed.events.find((event) => event.id === 'career-fair-2027@sd99.example');
  assert.equal(fair.stage, 'exploration');
  assert.deepEqual(fair.tags, ['fairs', 'trades', 'health']);
  assert.deepEqual(Object.keys(feed).slice(0, 3), ['version', 'district', 'updated']);

  const schema = JSON.parse(readFileSync(join(folder, 'feed.schema.json'), 'utf8'));
  assert.equal(schema.title, 'District career feed, version 1');
  const origins = JSON.parse(readFileSync(join(folder, 'feed.sources.json'), 'utf8'));
  assert.ok(origins.sources.district.events.includes('career-fair-2027@sd99.example'));

  const check = await runCli(['validate', join(folder, 'feed.json')]);
  assert.equal(check.code, 0, check.stdout);
});

test('a source that fails keeps its items from the previous feed; --strict makes it an error', async () => {
  const folder = workFolder();
  const sources = calendarSources(folder);
  const first = await buildFeed({ sources }, { folder });
  const fairBefore = first.feed.events.find((event) => event.id === 'career-fair-2027@sd99.example');

  renameSync(join(folder, 'district.ics'), join(folder, 'district.moved'));
  const second = await buildFeed({ sources }, { folder, args: ['--now', '2027-03-05T00:00:00Z'] });
  assert.equal(second.code, 0);
  assert.match(second.stderr, /source "district" \(district\.ics\): could not be read: .*kept its 4 items/);
  assert.deepEqual(second.feed.events.find((event) => event.id === fairBefore.id), fairBefore);
  assert.deepEqual(second.feed, first.feed, 'the feed is the same as before');

  const strict = await buildFeed({ sources }, { folder, args: ['--strict'] });
  assert.equal(strict.code, 1);
  assert.ok(strict.feed.events.some((event) => event.id === fairBefore.id), 'kept again on the next failure');
});

test('another feed is merged; the same item from two sources appears once', async () => {
  const folder = workFolder();
  copyFileSync(fixture('all-day.ics'), join(folder, 'district.ics'));
  const { feed, stderr } = await buildFeed(
    {
      sources: [
        { name: 'district', type: 'ics', location: 'district.ics' },
        { name: 'district-again', type: 'ics', location: 'district.ics' },
        { name: 'health', type: 'feed', location: fixture('health-department-feed.json'), tags: ['health'] },
      ],
    },
    { folder },
  );
  const ids = feed.events.map((event) => event.id);
  assert.equal(ids.filter((id) => id === 'career-fair-2027@sd99.example').length, 1, 'same id once');
  assert.ok(!ids.includes('copy-of-the-career-fair'), 'same title and start once');
  assert.ok(ids.includes('health-fair-2027'));
  assert.deepEqual(feed.opportunities.map((item) => item.id), ['nursing-shadow']);
  assert.deepEqual(feed.opportunities[0].tags, ['health']);
  assert.deepEqual(feed.resources.map((item) => item.id), ['health-pathways-guide']);
  assert.match(stderr, /\$\.events\[2\]\.start \(id "broken-date"\) must be a date/);
});

test('a byte-order mark at the start of a file is ignored', async () => {
  const folder = workFolder();
  writeFileSync(join(folder, 'bom.ics'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(fixture('all-day.ics'))]));
  const { feed, stderr } = await buildFeed({ sources: [{ name: 'bom', type: 'ics', location: 'bom.ics' }] }, { folder });
  assert.equal(feed.events.length, 4, stderr);
});

test('the example config in the fixtures builds a valid feed', async () => {
  const result = await runCli(['build', fixture('example-config.json'), '--now', '2027-03-01T12:00:00Z', '--out', join(workFolder(), 'feed.json')]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /14 events, 3 opportunities, 4 posts, 1 resource\)/);
});

test('--help works for the command and every subcommand; bad configs exit 2', async () => {
  for (const args of [['--help'], ['build', '--help'], ['validate', '--help']]) {
    const result = await runCli(args);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /career-feed/);
  }
  const folder = workFolder();
  writeFileSync(join(folder, 'bad.json'), JSON.stringify({ district: { name: 'X' }, sources: [{ type: 'ics' }] }));
  const bad = await runCli(['build', join(folder, 'bad.json')]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /\$\.sources\[0\]\.location/);
  assert.equal(existsSync(join(folder, 'feed.json')), false);
  const unknown = await runCli(['publish']);
  assert.equal(unknown.code, 2);
});
