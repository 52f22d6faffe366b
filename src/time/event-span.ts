/**
 * When an event happens: either whole calendar days, or a stretch of time in a zone.
 *
 * The feed's `end` for a date is the last day, inclusive. Days are compared with the visitor's
 * own calendar (a date is the same day for everyone), times as instants.
 */
import { addDays, compareDates, type CalendarDate } from './calendar-date.js';
import { instantOfFeedDate, readFeedDate, type FeedDate } from './feed-date.js';
import { dateAt, instantOf } from './zone.js';

export type EventSpan =
  | { kind: 'days'; first: CalendarDate; last: CalendarDate; zone: string }
  | { kind: 'timed'; start: number; end?: number; zone: string };

/** The span of an event whose `start` and `end` are feed dates, read in `zone`. */
export function eventSpan(start: string, end: string | undefined, zone: string): EventSpan | undefined {
  const first = readFeedDate(start);
  if (!first) return undefined;
  const last = end === undefined ? undefined : readFeedDate(end);

  if (first.form === 'date') {
    const lastDay = last ? calendarDateOf(last, zone) : first.date;
    const ordered = compareDates(lastDay, first.date) < 0 ? first.date : lastDay;
    return { kind: 'days', first: first.date, last: ordered, zone };
  }

  const startMs = instantOfFeedDate(first, zone);
  let endMs: number | undefined;
  if (last) {
    // A date as the end of a timed event means "until that day is over".
    endMs = last.form === 'date' ? startOfDay(addDays(last.date, 1), zone) : instantOfFeedDate(last, zone);
    if (endMs <= startMs) endMs = undefined;
  }
  return { kind: 'timed', start: startMs, end: endMs, zone };
}

function calendarDateOf(value: FeedDate, zone: string): CalendarDate {
  return value.form === 'date' ? value.date : dateAt(instantOfFeedDate(value, zone), zone);
}

function startOfDay(date: CalendarDate, zone: string): number {
  return instantOf({ ...date, hour: 0, minute: 0, second: 0 }, zone);
}

/**
 * Whether the event is still to come or still running. All-day events stay until the visitor's
 * day is past their last day; a timed event with no end stays until its own day is over.
 */
export function isCurrentOrUpcoming(span: EventSpan, nowMs: number, visitorZone: string): boolean {
  if (span.kind === 'days') return compareDates(span.last, dateAt(nowMs, visitorZone)) >= 0;
  const over = span.end ?? startOfDay(addDays(dateAt(span.start, span.zone), 1), span.zone);
  return over > nowMs;
}

/** Whether the event starts no later than `days` days after the visitor's today. */
export function startsWithinDays(span: EventSpan, days: number, nowMs: number, visitorZone: string): boolean {
  const horizon = addDays(dateAt(nowMs, visitorZone), days);
  const firstDay = span.kind === 'days' ? span.first : dateAt(span.start, visitorZone);
  return compareDates(firstDay, horizon) <= 0;
}

/** A number to order spans by start: all-day events count from midnight in their zone. */
export function spanStartKey(span: EventSpan): number {
  return span.kind === 'days' ? startOfDay(span.first, span.zone) : span.start;
}
