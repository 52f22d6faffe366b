/**
 * Time-zone arithmetic through `Intl`, which carries the runtime's own zone data.
 *
 * Only two questions are asked of it: what does the clock on the wall read in a zone at an
 * instant, and which instant does a wall-clock reading in a zone name.
 */
import { wallClockValue, type CalendarDate, type WallClock } from './calendar-date.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
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

/** The wall-clock reading in `zone` at `epochMs`. */
export function wallClockAt(epochMs: number, zone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of partsFormatter(zone).formatToParts(epochMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    hour: fields.hour % 24,
    minute: fields.minute,
    second: fields.second,
  };
}

/** The calendar date in `zone` at `epochMs`. */
export function dateAt(epochMs: number, zone: string): CalendarDate {
  const { year, month, day } = wallClockAt(epochMs, zone);
  return { year, month, day };
}

/** Minutes that `zone` is ahead of UTC at `epochMs` (negative west of Greenwich). */
export function offsetAt(epochMs: number, zone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return Math.round((wallClockValue(wallClockAt(wholeSecond, zone)) - wholeSecond) / 60_000);
}

/**
 * The instant at which the clock in `zone` reads `wall`. A reading that a spring-forward gap
 * skips moves forward by the gap, as calendar programs do; a reading that a fall-back hour
 * repeats names the first of the two.
 */
export function instantOf(wall: WallClock, zone: string): number {
  const asUtc = wallClockValue(wall);
  const first = asUtc - offsetAt(asUtc, zone) * 60_000;
  const offset = offsetAt(first, zone);
  const second = asUtc - offset * 60_000;
  if (second === first || offsetAt(second, zone) !== offset) return first;
  return second;
}

/** The zone the visitor's browser is set to. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
