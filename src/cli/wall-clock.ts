/**
 * Wall-clock times for the feed builder: the library's own zone arithmetic (src/time), plus
 * the arithmetic and formats the builder needs on top of it.
 *
 * Calendars repeat meetings by the clock on the wall, not by elapsed seconds, so the builder
 * keeps times as wall-clock components and only turns them into instants to compare, sort or
 * add exact durations.
 */

import { addDays as addCalendarDays, isoDate, type WallClock } from '../time/calendar-date.js';
import { instantOf, wallClockAt } from '../time/zone.js';

export { instantOf, wallClockAt, type WallClock };

function asUtcMs(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

/** The clock shifted by whole days, months stay calendar months. */
export function addDays(clock: WallClock, days: number): WallClock {
  return { ...clock, ...addCalendarDays(clock, days) };
}

/** Whole days from `from` to `to`, counting calendar days only. */
export function daysBetween(from: WallClock, to: WallClock): number {
  const day = (clock: WallClock) => Date.UTC(clock.year, clock.month - 1, clock.day);
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** Seconds from `from` to `to` as if both were read on the same clock. */
export function clockSecondsBetween(from: WallClock, to: WallClock): number {
  return (asUtcMs(to) - asUtcMs(from)) / 1000;
}

/** The clock moved by `seconds` as read on a clock with no zone changes. */
export function addClockSeconds(clock: WallClock, seconds: number): WallClock {
  return wallClockAt(asUtcMs(clock) + seconds * 1000, 'UTC');
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `2027-03-15`, the feed's date form. */
export function formatDate(clock: WallClock): string {
  return isoDate(clock);
}

/** `2027-03-15T09:00`, the feed's wall-clock form; seconds only when there are some. */
export function formatLocal(clock: WallClock): string {
  const seconds = clock.second ? `:${pad(clock.second)}` : '';
  return `${formatDate(clock)}T${pad(clock.hour)}:${pad(clock.minute)}${seconds}`;
}

/** `2027-03-15T16:00:00Z`, the feed's instant form, always in UTC so output is stable. */
export function formatInstant(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Midnight at the start of a `YYYY-MM-DD` date, or undefined when the text is not one. */
export function parseDate(text: string): WallClock | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  return { year: +match[1], month: +match[2], day: +match[3], hour: 0, minute: 0, second: 0 };
}

/**
 * A rough instant for any of the feed's three date forms, for sorting and windowing only.
 * Dates and wall-clock times are read in `zone`.
 */
export function approximateInstant(text: string, zone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!match) return Number.NaN;
  if (/(?:Z|[+-]\d{2}:\d{2})$/i.test(text)) return Date.parse(text);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  return instantOf({ year: +y, month: +mo, day: +d, hour: +h, minute: +mi, second: +s }, zone);
}
