import { expect } from '@open-wc/testing';
import { eventSpan } from '../../src/time/event-span.js';
import { readFeedDate } from '../../src/time/feed-date.js';
import { formatSpan } from '../../src/time/format-span.js';
import { instantOf, wallClockAt } from '../../src/time/zone.js';

const wall = (text: string) => {
  const value = readFeedDate(text);
  if (value?.form !== 'local') throw new Error(`${text} is not a wall-clock time`);
  return value.wall;
};

describe('wall-clock times in a zone', () => {
  it('reads a wall-clock time in its zone, on either side of a DST change', () => {
    expect(new Date(instantOf(wall('2027-03-13T09:00'), 'America/Toronto')).toISOString()).to.equal('2027-03-13T14:00:00.000Z');
    expect(new Date(instantOf(wall('2027-03-15T09:00'), 'America/Toronto')).toISOString()).to.equal('2027-03-15T13:00:00.000Z');
  });

  it('moves a time that the spring-forward gap skips to just after the gap', () => {
    const instant = instantOf(wall('2027-03-14T02:30'), 'America/Toronto');
    expect(wallClockAt(instant, 'America/Toronto')).to.include({ hour: 3, minute: 30 });
  });

  it('reads a time the fall-back hour repeats as the first of the two', () => {
    const instant = instantOf(wall('2026-11-01T01:30'), 'America/Toronto');
    expect(new Date(instant).toISOString()).to.equal('2026-11-01T05:30:00.000Z');
  });

  it('reads an instant with an offset exactly', () => {
    expect(readFeedDate('2027-03-10T09:00:00-08:00')).to.deep.equal({ form: 'instant', epochMs: Date.parse('2027-03-10T17:00:00Z') });
    expect(readFeedDate('2027-03-10')).to.deep.equal({ form: 'date', date: { year: 2027, month: 3, day: 10 } });
  });

  it('formats the same event for visitors in three zones', () => {
    const span = eventSpan('2027-06-10T18:30', '2027-06-10T20:00', 'Europe/London')!;
    const nowMs = Date.parse('2027-06-01T12:00:00Z');
    expect(formatSpan(span, { locale: 'en-CA', visitorZone: 'Europe/London', nowMs })).to.match(/^Thu, Jun 10, 6:30\s*–\s*8:00\s*p\.m\.$/);
    expect(formatSpan(span, { locale: 'en-GB', visitorZone: 'UTC', nowMs })).to.match(/^Thu 10 Jun, 18:30\s*–\s*20:00 BST$/);
    expect(formatSpan(span, { locale: 'en', visitorZone: 'Pacific/Auckland', nowMs })).to.match(/^Thu, Jun 10, 6:30\s*–\s*8:00\s*PM GMT\+1$/);
  });
});
