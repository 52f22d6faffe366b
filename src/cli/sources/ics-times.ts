/**
 * Reading DTSTART, DTEND, EXDATE, RECURRENCE-ID and DURATION values of an iCalendar event as
 * wall-clock times in a known zone.
 */
import ICAL from 'ical.js';
import {
  addClockSeconds,
  addDays,
  clockSecondsBetween,
  daysBetween,
  type WallClock,
} from '../wall-clock.js';
import { UTC_ZONE, ianaZone, type CalendarZone, type CalendarZones } from './ics-zones.js';

/** One time value of a calendar: a date, or a wall-clock time in a zone. */
export interface CalendarTime {
  clock: WallClock;
  isDate: boolean;
  zone: CalendarZone;
  /** Neither UTC nor a TZID: read in the district's zone. */
  floating: boolean;
}

/** How long an event lasts, in the way its calendar said it. */
export interface EventLength {
  days: number;
  /** Seconds on top of the days. */
  seconds: number;
  /** DURATION's hours are elapsed time; a DTEND's distance is wall-clock time. */
  elapsed: boolean;
}

/** Where times without a zone are read, and what to say when a TZID is unknown. */
export interface TimeReading {
  zones: CalendarZones;
  floatingZone: string | undefined;
  note(message: string): void;
}

const VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z)?)?$/;

function floatingZone(reading: TimeReading): CalendarZone {
  return reading.floatingZone ? ianaZone(reading.floatingZone) : { ...UTC_ZONE, writesInstants: false };
}

/** Reads one jCal date or date-time string of a property with the given TZID. */
export function readTimeValue(
  value: string,
  tzid: string | undefined,
  reading: TimeReading,
): CalendarTime | undefined {
  const match = VALUE.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, utc] = match;
  const clock: WallClock = { year: +y, month: +mo, day: +d, hour: +(h ?? 0), minute: +(mi ?? 0), second: +(s ?? 0) };
  const isDate = h === undefined;

  if (utc) return { clock, isDate, zone: UTC_ZONE, floating: false };
  if (tzid && !isDate) {
    const zone = reading.zones.zone(tzid);
    if (zone) return { clock, isDate, zone, floating: false };
    reading.note(`the time zone "${tzid}" is not known; its times were read in the district's zone`);
  }
  return { clock, isDate, zone: floatingZone(reading), floating: true };
}

/** Reads every value of a property (EXDATE and RDATE may hold several). */
export function readTimes(property: ICAL.Property, reading: TimeReading): CalendarTime[] {
  const tzid = property.getParameter('tzid');
  const values = property.toJSON().slice(3) as unknown[];
  return values
    .filter((value): value is string => typeof value === 'string')
    .map((value) => readTimeValue(value, typeof tzid === 'string' ? tzid : undefined, reading))
    .filter((time): time is CalendarTime => time !== undefined);
}

export function readFirstTime(component: ICAL.Component, name: string, reading: TimeReading) {
  const property = component.getFirstProperty(name);
  return property ? readTimes(property, reading)[0] : undefined;
}

/** The same moment on the clock of another zone; dates and floating times stay as written. */
export function inZone(time: CalendarTime, zone: CalendarZone): WallClock {
  if (time.isDate || time.zone === zone || time.floating) return time.clock;
  return zone.fromInstant(time.zone.toInstant(time.clock));
}

/** A key that matches an occurrence to its EXDATE or RECURRENCE-ID, as `20270315T090000`. */
export function occurrenceKey(clock: WallClock, isDate: boolean): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const date = `${pad(clock.year, 4)}${pad(clock.month)}${pad(clock.day)}`;
  return isDate ? date : `${date}T${pad(clock.hour)}${pad(clock.minute)}${pad(clock.second)}`;
}

/** The event's length from DTEND or DURATION; `undefined` when it has neither. */
export function eventLength(component: ICAL.Component, start: CalendarTime, reading: TimeReading): EventLength | undefined {
  const end = readFirstTime(component, 'dtend', reading);
  if (end) {
    if (start.isDate || end.isDate) return { days: daysBetween(start.clock, end.clock), seconds: 0, elapsed: false };
    const seconds = clockSecondsBetween(start.clock, inZone(end, start.zone));
    return seconds > 0 ? { days: 0, seconds, elapsed: false } : undefined;
  }

  const duration = component.getFirstPropertyValue('duration');
  if (duration instanceof ICAL.Duration && !duration.isNegative) {
    const days = duration.weeks * 7 + duration.days;
    const seconds = duration.hours * 3600 + duration.minutes * 60 + duration.seconds;
    if (days === 0 && seconds === 0) return undefined;
    return { days, seconds, elapsed: true };
  }
  return undefined;
}

/** The end clock of an occurrence that starts at `start` (exclusive end for dates). */
export function endClock(start: WallClock, length: EventLength, zone: CalendarZone): WallClock {
  const afterDays = addDays(start, length.days);
  if (!length.seconds) return afterDays;
  if (!length.elapsed) return addClockSeconds(afterDays, length.seconds);
  return zone.fromInstant(zone.toInstant(afterDays) + length.seconds * 1000);
}
