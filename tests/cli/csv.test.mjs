import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFeed, fixture, workFolder } from './helpers.mjs';

const opportunitiesSheet = {
  name: 'sheet',
  type: 'csv',
  location: fixture('opportunities.csv'),
  collection: 'opportunities',
  columns: {
    title: 'Title',
    kind: 'Type',
    'provider.name': 'Employer',
    deadline: 'Apply by',
    url: 'Link',
    audiences: 'Who',
  },
};

test('CSV rows become opportunities through the column mapping; bad rows are reported by row number', async () => {
  const { code, feed, stderr } = await buildFeed({ sources: [opportunitiesSheet] });
  assert.equal(code, 0);
  assert.deepEqual(
    feed.opportunities.map((item) => item.title),
    ['Summer kitchen apprentice', 'Coding camp'],
  );
  const apprentice = feed.opportunities[0];
  assert.equal(apprentice.kind, 'apprenticeship');
  assert.deepEqual(apprentice.provider, { name: 'Harbour Bistro' });
  assert.equal(apprentice.deadline, '2027-05-15');
  assert.deepEqual(feed.opportunities[1].audiences, ['students', 'parents']);
  assert.match(stderr, /row 3 was skipped: Apply by: "not a date"/);
  assert.match(stderr, /row 4 was skipped: title is required but missing/);
  assert.match(stderr, /row 5 was skipped: Link: "javascript:alert\(1\)"/);
});

test('--strict fails a build that had to skip rows', async () => {
  const { code } = await buildFeed({ sources: [opportunitiesSheet] }, { args: ['--strict'] });
  assert.equal(code, 1);
});

test('CSV rows become events; dates with times, day/month order and several columns joined', async () => {
  const folder = workFolder();
  writeFileSync(
    join(folder, 'events.csv'),
    'Event,Day,Time,Where,Id\n' +
      'Trades night,15/03/2027,6:30 PM,Gym,trades-night\n' +
      'Tech talk,16/03/2027,,Library,tech-talk\n' +
      'Broken,31/02/2027,,Nowhere,broken\n',
  );
  const { feed, stderr } = await buildFeed(
    {
      sources: [
        {
          name: 'events-sheet',
          type: 'csv',
          location: 'events.csv',
          collection: 'events',
          dateOrder: 'dmy',
          columns: { id: 'Id', title: 'Event', start: ['Day', 'Time'], 'location.name': 'Where' },
          defaults: { timeZone: 'America/Vancouver' },
        },
      ],
    },
    { folder },
  );
  assert.deepEqual(
    feed.events.map((event) => [event.id, event.start, event.location.name, event.timeZone]),
    [
      ['trades-night', '2027-03-15T18:30', 'Gym', 'America/Vancouver'],
      ['tech-talk', '2027-03-16', 'Library', 'America/Vancouver'],
    ],
  );
  assert.match(stderr, /row 4 was skipped/);
});

test('a mapped column missing from the sheet fails the source', async () => {
  const { stderr } = await buildFeed({
    sources: [{ ...opportunitiesSheet, columns: { title: 'Name of the thing' } }],
  });
  assert.match(stderr, /the column "Name of the thing" \(for title\) is not in its first row/);
});
