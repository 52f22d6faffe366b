/**
 * Wall-clock times in a named IANA zone, converted to and from instants with `Intl`.
 *
 * Calendars repeat meetings by the clock on the wall, not by elapsed seconds, so the builder
 * keeps times as wall-clock components and only turns them into instants to compare, sort or
 * add exact durations.
 */

/** A calendar date with an optional time of day, with no zone attached. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall clock in `zone` at the instant `ms` (milliseconds since 1970 UTC). */
export function wallClockAt(ms: number, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

function asUtcMs(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
}

function offsetMsAt(ms: number, zone: string): number {
  return asUtcMs(wallClockAt(ms, zone)) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `zone` shows `clock`. A time skipped by a spring-forward
 * change resolves to the moment after the gap; a repeated autumn time resolves to its first pass.
 */
export function instantOf(clock: WallClock, zone: string): number {
  const guess = asUtcMs(clock);
  const first = guess - offsetMsAt(guess, zone);
  const second = guess - offsetMsAt(first, zone);
  if (first === second) return first;
  const earlier = Math.min(first, second);
  return asUtcMs(wallClockAt(earlier, zone)) === guess ? earlier : Math.max(first, second);
}

/** The clock shifted by whole days, months stay calendar months. */
export function addDays(clock: WallClock, days: number): WallClock {
  const moved = new Date(asUtcMs(clock) + days * 86_400_000);
  return { ...clock, year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
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
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
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
