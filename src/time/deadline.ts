/**
 * Deadlines and opening dates. A date-only deadline lasts until the end of that day in the
 * district's zone (a student in another zone still has the district's whole day), so it is
 * closed from the first instant of the next day there.
 */
import { addDays, type CalendarDate } from './calendar-date.js';
import { instantOfFeedDate, readFeedDate } from './feed-date.js';
import { formatCalendarDate } from './format-span.js';
import { dateAt, instantOf, offsetAt } from './zone.js';

/** The first instant at which the deadline has passed. */
export function deadlineClosesAt(deadline: string, zone: string): number | undefined {
  const value = readFeedDate(deadline);
  if (!value) return undefined;
  if (value.form === 'date') return instantOf({ ...addDays(value.date, 1), hour: 0, minute: 0, second: 0 }, zone);
  return instantOfFeedDate(value, zone);
}

/** The instant something opens: the start of a date in `zone`, or the time itself. */
export function opensAt(opens: string, zone: string): number | undefined {
  const value = readFeedDate(opens);
  return value ? instantOfFeedDate(value, zone) : undefined;
}

/**
 * The calendar day of a deadline as the district counts it: the date itself for a date, the
 * day in `zone` for a time.
 */
export function deadlineDay(deadline: string, zone: string): CalendarDate | undefined {
  const value = readFeedDate(deadline);
  if (!value) return undefined;
  return value.form === 'date' ? value.date : dateAt(instantOfFeedDate(value, zone), zone);
}

/**
 * A deadline or opening date as text: "Fri, Dec 18" for a date, "Fri, Dec 18, 4:00 p.m." for a
 * time (with the zone named when the visitor's clock reads differently).
 */
export function formatFeedDate(
  text: string,
  zone: string,
  options: { locale: string; visitorZone: string; nowMs: number },
): string {
  const value = readFeedDate(text);
  if (!value) return text;
  const today = dateAt(options.nowMs, options.visitorZone);
  if (value.form === 'date') return formatCalendarDate(value.date, options.locale, today);
  const instant = instantOfFeedDate(value, zone);
  const day = dateAt(instant, zone);
  const namesZone = offsetAt(instant, zone) !== offsetAt(instant, options.visitorZone);
  return new Intl.DateTimeFormat(options.locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(day.year !== today.year ? { year: 'numeric' } : {}),
    hour: 'numeric',
    minute: '2-digit',
    timeZone: zone,
    ...(namesZone ? { timeZoneName: 'short' } : {}),
  }).format(instant);
}
