/**
 * Reading the three date forms of the feed format: a calendar date, a wall-clock time in a
 * zone, and an instant. The schema has already refused every other form.
 */
import type { CalendarDate, WallClock } from './calendar-date.js';
import { instantOf } from './zone.js';

export type FeedDate =
  | { form: 'date'; date: CalendarDate }
  | { form: 'local'; wall: WallClock }
  | { form: 'instant'; epochMs: number };

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/i;

/** Reads a feed date string, or returns `undefined` when it is not one of the three forms. */
export function readFeedDate(text: string): FeedDate | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  const date = { year: +year, month: +month, day: +day };
  if (hour === undefined) return { form: 'date', date };

  const wall = { ...date, hour: +hour, minute: +minute, second: second ? +second : 0 };
  if (offset === undefined) return { form: 'local', wall };

  const millis = fraction ? Math.round(Number(fraction) * 1000) : 0;
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, millis);
  return { form: 'instant', epochMs: utc - offsetMinutes(offset) * 60_000 };
}

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return sign * (hours * 60 + minutes);
}

/**
 * The instant a timed feed date stands for, reading a wall-clock time in `zone`.
 * A calendar date has no instant; callers ask for its start in a zone on purpose.
 */
export function instantOfFeedDate(value: FeedDate, zone: string): number {
  switch (value.form) {
    case 'instant':
      return value.epochMs;
    case 'local':
      return instantOf(value.wall, zone);
    case 'date':
      return instantOf({ ...value.date, hour: 0, minute: 0, second: 0 }, zone);
  }
}
