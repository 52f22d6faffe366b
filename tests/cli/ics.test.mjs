import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFeed, eventById, fixture } from './helpers.mjs';

const WEEKLY = 'career-advisors-weekly@sd99.example';

test('a weekly 09:00 Vancouver meeting stays at 09:00 across the March DST change', async () => {
  const { code, feed, stderr } = await buildFeed({
    sources: [{ name: 'office', type: 'ics', location: fixture('weekly-meeting.ics') }],
  });
  assert.equal(code, 0, stderr);
  const before = eventById(feed, `${WEEKLY}@20270301T090000`);
  const after = eventById(feed, `${WEEKLY}@20270315T090000`);
  assert.deepEqual([before.start, before.end, before.timeZone], ['2027-03-01T09:00', '2027-03-01T10:00', 'America/Vancouver']);
  assert.deepEqual([after.start, after.end, after.timeZone], ['2027-03-15T09:00', '2027-03-15T10:00', 'America/Vancouver']);
  // UNTIL is 10:00 Pacific daylight time on 29 March, so the 29th is the last occurrence.
  assert.ok(feed.events.some((event) => event.id === `${WEEKLY}@20270329T090000`));
  assert.ok(!feed.events.some((event) => event.id === `${WEEKLY}@20270405T090000`));
});

test('an EXDATE in the zone removes that occurrence, and one in UTC matches after DST', async () => {
  const { feed } = await buildFeed({
    sources: [{ name: 'office', type: 'ics', location: fixture('weekly-meeting.ics') }],
  });
  const ids = feed.events.map((event) => event.id);
  assert.ok(!ids.includes(`${WEEKLY}@20270308T090000`), 'EXDATE;TZID=America/Vancouver removed 8 March');
  // EXDATE:20270316T223000Z is 15:30 PDT on 16 March.
  const labs = ids.filter((id) => id.startsWith('trades-lab@'));
  assert.deepEqual(labs, ['trades-lab@sd99.example@20270302T153000', 'trades-lab@sd99.example@20270309T153000']);
});

test('a RECURRENCE-ID override moves one occurrence and keeps its original id', async () => {
  const { feed } = await buildFeed({
    sources: [{ name: 'office', type: 'ics', location: fixture('weekly-meeting.ics') }],
  });
  const moved = eventById(feed, `${WEEKLY}@20270322T090000`);
  assert.equal(moved.title, "Career advisors' meeting (moved to Tuesday)");
  assert.equal(moved.start, '2027-03-23T13:00');
  assert.equal(moved.end, '2027-03-23T14:00');
  assert.equal(feed.events.filter((event) => event.id.startsWith(WEEKLY)).length, 4);
});

test('DURATION gives the end, on the wall clock of the event', async () => {
  const { feed } = await buildFeed({
    sources: [{ name: 'office', type: 'ics', location: fixture('weekly-meeting.ics') }],
  });
  const lab = eventById(feed, 'trades-lab@sd99.example@20270309T153000');
  assert.equal(lab.start, '2027-03-09T15:30');
  assert.equal(lab.end, '2027-03-09T17:30');
});

test('all-day events stay dates, with the exclusive DTEND made inclusive', async () => {
  const { feed } = await buildFeed({
    sources: [{ name: 'district', type: 'ics', location: fixture('all-day.ics') }],
  });
  const fair = eventById(feed, 'career-fair-2027@sd99.example');
  assert.deepEqual([fair.start, fair.end], ['2027-04-02', '2027-04-03']);
  assert.deepEqual(fair.tags, ['trades', 'health']);
  const oneDay = eventById(feed, 'pro-d-day@sd99.example');
  assert.equal(oneDay.start, '2027-04-19');
  assert.equal('end' in oneDay, false, 'a single-day event has no end');
  assert.equal('end' in eventById(feed, 'no-end@sd99.example'), false);
  const camp = eventById(feed, 'spring-camp@sd99.example');
  assert.deepEqual([camp.start, camp.end], ['2027-04-26', '2027-04-28'], 'DURATION:P3D covers three days');
  for (const event of feed.events) assert.equal(event.timeZone, undefined);
});

test("Outlook's Windows zone names become IANA zones; escapes, folds and CLASS:PRIVATE", async () => {
  const { feed, stderr } = await buildFeed({
    sources: [{ name: 'outlook', type: 'ics', location: fixture('outlook-windows-zone.ics') }],
  });
  const session = eventById(feed, '040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5');
  assert.equal(session.timeZone, 'America/Los_Angeles');
  assert.equal(session.start, '2027-03-10T14:00');
  assert.equal(session.end, '2027-03-10T15:30');
  assert.equal(session.title, 'Apprenticeship info session; trades and technology');
  assert.equal(session.description, '<p>Meet employers, colleges and the ITA.<br>Bring questions.</p>');
  const hours = eventById(feed, '040000008200E00074C5B7101A82E00800000000FFEEDDCC');
  assert.deepEqual([hours.start, hours.end, hours.timeZone], ['2027-03-12T11:00', '2027-03-12T11:45', 'America/Los_Angeles']);
  assert.ok(!feed.events.some((event) => event.id === 'private-1@sd99.example'));
  assert.match(stderr, /private-1@sd99\.example is marked PRIVATE/);
});

test('floating times are read in the district zone; CANCELLED is kept; a TZID without VTIMEZONE works', async () => {
  const { feed } = await buildFeed({
    sources: [{ name: 'school', type: 'ics', location: fixture('floating-and-cancelled.ics') }],
  });
  const floating = eventById(feed, 'mock-interviews@mvss.example');
  assert.deepEqual([floating.start, floating.end, floating.timeZone], ['2027-04-20T10:00', '2027-04-20T12:00', 'America/Vancouver']);
  const cancelled = eventById(feed, 'hospital-tour@mvss.example');
  assert.equal(cancelled.status, 'cancelled');
  const london = eventById(feed, 'london-webinar@mvss.example');
  assert.deepEqual([london.start, london.timeZone], ['2027-04-28T17:00', 'Europe/London']);
  assert.deepEqual(london.location, { url: 'https://meet.example/uk-study', online: true });
});

test('a source timeZone reads floating times in that zone instead', async () => {
  const { feed } = await buildFeed({
    sources: [{ name: 'school', type: 'ics', location: fixture('floating-and-cancelled.ics'), timeZone: 'America/Toronto' }],
  });
  assert.equal(eventById(feed, 'mock-interviews@mvss.example').timeZone, 'America/Toronto');
});

test('the window leaves out events outside it', async () => {
  const { feed } = await buildFeed({
    window: { from: '2027-03-10', to: '2027-03-20' },
    sources: [{ name: 'office', type: 'ics', location: fixture('weekly-meeting.ics') }],
  });
  assert.deepEqual(feed.events.map((event) => event.id), [`${WEEKLY}@20270315T090000`]);
});
