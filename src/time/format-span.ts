/**
 * Event dates as a visitor reads them, through `Intl` in the element's locale.
 *
 * Calendar dates are formatted on the UTC timeline, where the day cannot shift. Times are shown
 * in the event's own zone (that is where the visitor has to be), and the zone is named whenever
 * the visitor's clock would read differently at that moment.
 */
import { wallClockValue, type CalendarDate } from './calendar-date.js';
import type { EventSpan } from './event-span.js';
import { dateAt, offsetAt } from './zone.js';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

function dayOptions(withYear: boolean): Intl.DateTimeFormatOptions {
  return { weekday: 'short', month: 'short', day: 'numeric', ...(withYear ? { year: 'numeric' } : {}) };
}

/** A calendar date such as "Thu, Dec 24" (the year is added when it is not this year). */
export function formatCalendarDate(date: CalendarDate, locale: string, today: CalendarDate): string {
  return formatter(locale, { ...dayOptions(date.year !== today.year), timeZone: 'UTC' }).format(
    wallClockValue(date),
  );
}

export interface SpanFormatOptions {
  locale: string;
  visitorZone: string;
  nowMs: number;
}

/** "Thu, Dec 10, 6:30 – 8:00 p.m. PST", "Mon, Mar 8 – Fri, Mar 12", and so on. */
export function formatSpan(span: EventSpan, { locale, visitorZone, nowMs }: SpanFormatOptions): string {
  const today = dateAt(nowMs, visitorZone);
  if (span.kind === 'days') {
    const withYear = span.first.year !== today.year || span.last.year !== today.year;
    const format = formatter(locale, { ...dayOptions(withYear), timeZone: 'UTC' });
    const first = wallClockValue(span.first);
    const last = wallClockValue(span.last);
    return first === last ? format.format(first) : format.formatRange(first, last);
  }

  const end = span.end ?? span.start;
  const startDay = dateAt(span.start, span.zone);
  const endDay = dateAt(end, span.zone);
  const withYear = startDay.year !== today.year || endDay.year !== today.year;
  const namesZone = zoneDiffers(span.zone, visitorZone, span.start, end);
  const format = formatter(locale, {
    ...dayOptions(withYear),
    hour: 'numeric',
    minute: '2-digit',
    timeZone: span.zone,
    ...(namesZone ? { timeZoneName: 'short' } : {}),
  });
  return span.end === undefined ? format.format(span.start) : format.formatRange(span.start, span.end);
}

/** Whether a visitor in `visitorZone` would read other clock times than the event's zone shows. */
export function zoneDiffers(eventZone: string, visitorZone: string, ...instants: number[]): boolean {
  if (eventZone === visitorZone) return false;
  return instants.some((instant) => offsetAt(instant, eventZone) !== offsetAt(instant, visitorZone));
}

/** A machine-readable value for `<time datetime>`: a date, or an instant in UTC. */
export function machineDate(span: EventSpan): string {
  if (span.kind === 'days') {
    const { year, month, day } = span.first;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return new Date(span.start).toISOString();
}
