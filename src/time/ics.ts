/**
 * Writing one event as an iCalendar (RFC 5545) document for "Add to calendar".
 *
 * All-day events are written as dates with the exclusive DTEND calendars expect; timed events
 * as UTC instants, which every calendar program places correctly without a VTIMEZONE block.
 */
import { addDays, basicDate } from './calendar-date.js';
import type { EventSpan } from './event-span.js';

export interface CalendarEntry {
  uid: string;
  title: string;
  span: EventSpan;
  description?: string;
  location?: string;
  url?: string;
  cancelled?: boolean;
}

/** `20261210T183000Z`. */
export function basicInstant(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
function fold(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** The whole `.ics` document for one event, with CRLF line ends. */
export function icsDocument(entry: CalendarEntry, stampMs: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//District Career Widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(entry.uid)}`,
    `DTSTAMP:${basicInstant(stampMs)}`,
    ...spanLines(entry.span),
    `SUMMARY:${escapeText(entry.title)}`,
  ];
  if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`);
  if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
  if (entry.url) lines.push(`URL:${entry.url}`);
  if (entry.cancelled) lines.push('STATUS:CANCELLED');
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function spanLines(span: EventSpan): string[] {
  if (span.kind === 'days') {
    return [
      `DTSTART;VALUE=DATE:${basicDate(span.first)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(span.last, 1))}`,
    ];
  }
  const lines = [`DTSTART:${basicInstant(span.start)}`];
  if (span.end !== undefined) lines.push(`DTEND:${basicInstant(span.end)}`);
  return lines;
}

/** A `data:` URL that downloads the event as a `.ics` file when used as a link's target. */
export function icsDataUrl(entry: CalendarEntry, stampMs: number): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(icsDocument(entry, stampMs))}`;
}

/** A Google Calendar "create event" link, prefilled. */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const { span } = entry;
  const dates =
    span.kind === 'days'
      ? `${basicDate(span.first)}/${basicDate(addDays(span.last, 1))}`
      : `${basicInstant(span.start)}/${basicInstant(span.end ?? span.start)}`;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: entry.title, dates });
  if (span.kind === 'timed') params.set('ctz', span.zone);
  const details = [entry.description, entry.url].filter(Boolean).join('\n\n');
  if (details) params.set('details', details);
  if (entry.location) params.set('location', entry.location);
  return `https://calendar.google.com/calendar/render?${params}`;
}
