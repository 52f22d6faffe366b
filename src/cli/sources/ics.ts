/**
 * An iCalendar file (a school's Google, Outlook or website calendar) as feed events.
 *
 * Recurring events are expanded over the build's window on the event's own wall clock, so a
 * weekly 09:00 meeting stays at 09:00 when daylight saving time starts or ends. EXDATE removes
 * occurrences, a VEVENT with a RECURRENCE-ID replaces one, and each occurrence's id is the UID
 * followed by the occurrence's original start, so it stays the same from run to run.
 */
import ICAL from 'ical.js';
import type { FeedEvent } from '../../feed/schema.js';
import { addDays, formatDate, formatInstant, formatLocal, type WallClock } from '../wall-clock.js';
import type { DateWindow } from '../date-window.js';
import { plainTextToHtml, safeLink } from './text.js';
import { CalendarZones, UTC_ZONE } from './ics-zones.js';
import {
  endClock,
  eventLength,
  inZone,
  occurrenceKey,
  readFirstTime,
  readTimes,
  type CalendarTime,
  type EventLength,
  type TimeReading,
} from './ics-times.js';

export interface CalendarOptions {
  window: DateWindow;
  /** Where floating times are read: the source's zone, else the district's. */
  floatingZone?: string;
  /** The calendar's own address, for relative URL properties. */
  baseUrl: string;
}

/** Limits on one rule, so an endless rule with a far window cannot stall a build. */
const MAX_OCCURRENCES = 5000;
const MAX_STEPS = 200_000;

interface Occurrence {
  id: string;
  component: ICAL.Component;
  start: CalendarTime;
  length?: EventLength;
}

/** Reads an iCalendar text into events; `notes` receives what was skipped and why. */
export function readCalendar(text: string, options: CalendarOptions, notes: string[]): FeedEvent[] {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text.replace(/^\uFEFF/, '')));
  } catch (error) {
    throw new Error(`it is not an iCalendar file that can be read (${(error as Error).message})`);
  }
  if (calendar.name !== 'vcalendar') {
    calendar = calendar.getFirstSubcomponent('vcalendar') ?? calendar;
  }

  const noted = new Set<string>();
  const reading: TimeReading = {
    zones: new CalendarZones(calendar),
    floatingZone: options.floatingZone,
    note: (message) => {
      if (!noted.has(message)) notes.push(message);
      noted.add(message);
    },
  };

  const { masters, overrides } = groupByUid(calendar.getAllSubcomponents('vevent'), reading);
  const events: FeedEvent[] = [];
  for (const [uid, master] of masters) {
    const occurrences = expand(uid, master, overrides.get(uid) ?? new Map(), options.window, reading);
    for (const occurrence of occurrences) {
      const event = toEvent(occurrence, options, reading);
      if (event) events.push(event);
    }
  }
  for (const [uid, orphans] of overrides) {
    if (masters.has(uid)) continue;
    for (const [key, component] of orphans) {
      const start = readFirstTime(component, 'dtstart', reading);
      if (!start) continue;
      const occurrence = { id: `${uid}@${key}`, component, start, length: eventLength(component, start, reading) };
      if (touchesWindow(occurrence, options.window)) {
        const event = toEvent(occurrence, options, reading);
        if (event) events.push(event);
      }
    }
  }
  return events;
}

function uidOf(component: ICAL.Component): string {
  const uid = component.getFirstPropertyValue('uid');
  if (typeof uid === 'string' && uid.trim()) return uid.trim();
  const summary = String(component.getFirstPropertyValue('summary') ?? '');
  const start = String(component.getFirstProperty('dtstart')?.toJSON()[3] ?? '');
  return `${summary}|${start}`;
}

/** Splits VEVENTs into one master per UID and the overrides (RECURRENCE-ID) of each. */
function groupByUid(components: ICAL.Component[], reading: TimeReading) {
  const masters = new Map<string, ICAL.Component>();
  const overrides = new Map<string, Map<string, ICAL.Component>>();
  for (const component of components) {
    const uid = uidOf(component);
    const recurrenceId = readFirstTime(component, 'recurrence-id', reading);
    if (!recurrenceId) {
      if (!masters.has(uid)) masters.set(uid, component);
      continue;
    }
    const master = masters.get(uid);
    const masterStart = master ? readFirstTime(master, 'dtstart', reading) : undefined;
    const clock = masterStart ? inZone(recurrenceId, masterStart.zone) : recurrenceId.clock;
    const byKey = overrides.get(uid) ?? new Map<string, ICAL.Component>();
    byKey.set(occurrenceKey(clock, recurrenceId.isDate), component);
    overrides.set(uid, byKey);
  }

  // An override listed before its master was keyed on its own clock; key it again now.
  for (const [uid, byKey] of overrides) {
    const master = masters.get(uid);
    const masterStart = master ? readFirstTime(master, 'dtstart', reading) : undefined;
    if (!masterStart) continue;
    const rekeyed = new Map<string, ICAL.Component>();
    for (const component of byKey.values()) {
      const recurrenceId = readFirstTime(component, 'recurrence-id', reading)!;
      rekeyed.set(occurrenceKey(inZone(recurrenceId, masterStart.zone), recurrenceId.isDate), component);
    }
    overrides.set(uid, rekeyed);
  }
  return { masters, overrides };
}

function lastDay(occurrence: Occurrence): string {
  if (!occurrence.length) return formatDate(occurrence.start.clock);
  const end = endClock(occurrence.start.clock, occurrence.length, occurrence.start.zone);
  const inclusive = occurrence.start.isDate || (end.hour === 0 && end.minute === 0 && end.second === 0)
    ? addDays(end, -1)
    : end;
  const endDay = formatDate(inclusive);
  const startDay = formatDate(occurrence.start.clock);
  return endDay < startDay ? startDay : endDay;
}

function touchesWindow(occurrence: Occurrence, window: DateWindow): boolean {
  return formatDate(occurrence.start.clock) <= window.to && lastDay(occurrence) >= window.from;
}

function floatingTime(clock: WallClock, isDate: boolean): ICAL.Time {
  return ICAL.Time.fromData({ ...clock, isDate });
}

/** The master's occurrences inside the window, with overrides swapped in and EXDATEs removed. */
function expand(
  uid: string,
  master: ICAL.Component,
  overrides: Map<string, ICAL.Component>,
  window: DateWindow,
  reading: TimeReading,
): Occurrence[] {
  const start = readFirstTime(master, 'dtstart', reading);
  if (!start) {
    reading.note(`an event "${master.getFirstPropertyValue('summary') ?? uid}" has no DTSTART and was skipped`);
    return [];
  }
  const length = eventLength(master, start, reading);
  const rules = master.getAllProperties('rrule');
  const rdates = master.getAllProperties('rdate');
  if (!rules.length && !rdates.length) {
    const single = { id: uid, component: master, start, length };
    return touchesWindow(single, window) ? [single] : [];
  }

  // A date EXDATE removes every occurrence on that day; a date-time one removes one occurrence.
  const excluded = new Set<string>();
  for (const property of master.getAllProperties('exdate')) {
    for (const time of readTimes(property, reading)) {
      excluded.add(occurrenceKey(inZone(time, start.zone), time.isDate || start.isDate));
    }
  }
  const isExcluded = (clock: WallClock) =>
    excluded.has(occurrenceKey(clock, start.isDate)) || excluded.has(occurrenceKey(clock, true));

  const clocks = new Map<string, WallClock>();
  for (const property of rules) {
    for (const clock of ruleClocks(property.getFirstValue() as ICAL.Recur, start, window)) {
      clocks.set(occurrenceKey(clock, start.isDate), clock);
    }
  }
  for (const property of rdates) {
    for (const time of readTimes(property, reading)) {
      const clock = inZone(time, start.zone);
      clocks.set(occurrenceKey(clock, start.isDate), clock);
    }
  }

  const occurrences: Occurrence[] = [];
  for (const [key, clock] of [...clocks].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const override = overrides.get(key);
    if (override) {
      const overrideStart = readFirstTime(override, 'dtstart', reading) ?? { ...start, clock };
      const occurrence = {
        id: `${uid}@${key}`,
        component: override,
        start: overrideStart,
        length: eventLength(override, overrideStart, reading) ?? length,
      };
      overrides.delete(key);
      if (touchesWindow(occurrence, window)) occurrences.push(occurrence);
      continue;
    }
    if (isExcluded(clock)) continue;
    const occurrence = { id: `${uid}@${key}`, component: master, start: { ...start, clock }, length };
    if (touchesWindow(occurrence, window)) occurrences.push(occurrence);
  }

  // Overrides whose original slot the rule no longer produces (moved in from outside the window).
  for (const [key, component] of overrides) {
    const overrideStart = readFirstTime(component, 'dtstart', reading);
    if (!overrideStart) continue;
    const occurrence = {
      id: `${uid}@${key}`,
      component,
      start: overrideStart,
      length: eventLength(component, overrideStart, reading) ?? length,
    };
    if (touchesWindow(occurrence, window)) occurrences.push(occurrence);
  }
  return occurrences;
}

/** The start clocks a rule produces up to the window's end, on the event's wall clock. */
function ruleClocks(rule: ICAL.Recur, start: CalendarTime, window: DateWindow): WallClock[] {
  const recur = rule.clone();
  const until = rule.until;
  if (until) {
    // UNTIL is usually in UTC; the rule runs on the event's wall clock, so UNTIL moves onto it.
    const isUtc = until.zone === ICAL.Timezone.utcTimezone || until.zone?.tzid === 'UTC';
    const untilTime: CalendarTime = {
      clock: clockOf(until),
      isDate: until.isDate,
      zone: isUtc && !until.isDate ? UTC_ZONE : start.zone,
      floating: false,
    };
    const clock = until.isDate && !start.isDate
      ? { ...untilTime.clock, hour: 23, minute: 59, second: 59 }
      : inZone(untilTime, start.zone);
    recur.until = floatingTime(clock, start.isDate);
  }

  const iterator = recur.iterator(floatingTime(start.clock, start.isDate));
  const clocks: WallClock[] = [];
  let steps = 0;
  for (let next = iterator.next(); next && steps < MAX_STEPS; next = iterator.next(), steps++) {
    const clock = clockOf(next);
    if (formatDate(clock) > window.to || clocks.length >= MAX_OCCURRENCES) break;
    // No occurrence lasts a year, so earlier ones cannot reach into the window.
    if (formatDate(addDays(clock, 366)) >= window.from) clocks.push(clock);
  }
  return clocks;
}

function clockOf(time: ICAL.Time): WallClock {
  return { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
}

function textOf(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/[ \t\u00a0]+/g, ' ').trim();
  return text || undefined;
}

function formatTime(time: CalendarTime, clock: WallClock): string {
  if (time.isDate) return formatDate(clock);
  if (time.zone.writesInstants) return formatInstant(time.zone.toInstant(clock));
  return formatLocal(clock);
}

function endText(occurrence: Occurrence): string | undefined {
  const { start, length } = occurrence;
  if (!length) return undefined;
  const end = endClock(start.clock, length, start.zone);
  if (start.isDate) {
    const last = addDays(end, -1);
    return formatDate(last) > formatDate(start.clock) ? formatDate(last) : undefined;
  }
  return formatTime(start, end);
}

function locationOf(component: ICAL.Component, baseUrl: string): FeedEvent['location'] {
  const text = textOf(component, 'location');
  if (!text) return undefined;
  const url = /^https?:\/\/\S+$/i.test(text) ? safeLink(text, baseUrl) : undefined;
  return url ? { url, online: true } : { name: text };
}

function categoriesOf(component: ICAL.Component): string[] {
  return component
    .getAllProperties('categories')
    .flatMap((property) => property.getValues())
    .map((value) => String(value).trim())
    .filter(Boolean);
}

function toEvent(occurrence: Occurrence, options: CalendarOptions, reading: TimeReading): FeedEvent | undefined {
  const { component, start } = occurrence;
  const title = textOf(component, 'summary');
  if (!title) {
    reading.note(`the event ${occurrence.id} has no SUMMARY (title) and was skipped`);
    return undefined;
  }
  const privacy = textOf(component, 'class')?.toUpperCase();
  if (privacy === 'PRIVATE' || privacy === 'CONFIDENTIAL') {
    reading.note(`the event ${occurrence.id} is marked ${privacy} and was left out`);
    return undefined;
  }

  const description = component.getFirstPropertyValue('description');
  const url = component.getFirstPropertyValue('url');
  const tags = categoriesOf(component);
  const event: FeedEvent = {
    id: occurrence.id,
    title,
    description: typeof description === 'string' && description.trim() ? plainTextToHtml(description) : undefined,
    url: typeof url === 'string' ? safeLink(url.trim(), options.baseUrl) : undefined,
    tags: tags.length ? tags : undefined,
    start: formatTime(start, start.clock),
    end: endText(occurrence),
    timeZone: start.isDate || start.zone.writesInstants ? undefined : start.zone.timeZone,
    location: locationOf(component, options.baseUrl),
    status: textOf(component, 'status')?.toUpperCase() === 'CANCELLED' ? 'cancelled' : undefined,
  };
  return event;
}
