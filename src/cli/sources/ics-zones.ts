/**
 * Time zones of an iCalendar file, named the way the feed names them: by IANA zone.
 *
 * Calendars name zones in several ways: an IANA name with a VTIMEZONE (Google), an IANA name
 * with none at all, a Windows name such as `Pacific Standard Time` (Outlook, Exchange), or a
 * private name with a VTIMEZONE that describes the rules. The first three become IANA zones;
 * only the last is computed from the VTIMEZONE's own rules, and its times are written as instants
 * because the feed has no other way to name that zone.
 */
import ICAL from 'ical.js';
import { findIana } from 'windows-iana';
import { isKnownTimeZone } from '../../feed/schema.js';
import { instantOf, wallClockAt, type WallClock } from '../wall-clock.js';

/** A zone that times in a calendar are read in. */
export interface CalendarZone {
  /** The IANA name written into the event's `timeZone`, when the feed can name the zone. */
  timeZone?: string;
  /** Write times as instants (UTC times, and zones the feed cannot name). */
  writesInstants: boolean;
  toInstant(clock: WallClock): number;
  fromInstant(ms: number): WallClock;
}

const UTC_NAMES = new Set(['utc', 'etc/utc', 'gmt', 'etc/gmt', 'z', 'zulu', 'universal', 'etc/universal']);

export function ianaZone(name: string, writesInstants = false): CalendarZone {
  return {
    timeZone: writesInstants ? undefined : name,
    writesInstants,
    toInstant: (clock) => instantOf(clock, name),
    fromInstant: (ms) => wallClockAt(ms, name),
  };
}

export const UTC_ZONE = ianaZone('UTC', true);

function clockOf(time: ICAL.Time): WallClock {
  return { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
}

function vtimezoneZone(component: ICAL.Component): CalendarZone {
  const zone = new ICAL.Timezone(component);
  return {
    writesInstants: true,
    toInstant: (clock) => ICAL.Time.fromData({ ...clock, isDate: false }, zone).toUnixTime() * 1000,
    fromInstant: (ms) => clockOf(ICAL.Time.fromJSDate(new Date(ms), true).convertToZone(zone)),
  };
}

/** The IANA name a TZID stands for, if any. */
export function ianaNameFor(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (UTC_NAMES.has(name.toLowerCase())) return 'UTC';
  if (name.includes('/') && isKnownTimeZone(name)) return name;

  const windows = findIana(name).find(isKnownTimeZone);
  if (windows) return windows;

  // Mozilla and some Exchange servers prefix the IANA name with a path of their own.
  const tail = /([A-Za-z_]+\/[A-Za-z_+\-0-9]+(?:\/[A-Za-z_+\-0-9]+)?)$/.exec(name)?.[1];
  if (tail && isKnownTimeZone(tail)) return tail;

  return isKnownTimeZone(name) ? name : undefined;
}

/** Looks TZIDs up once per calendar; `undefined` means the calendar gave nothing to go on. */
export class CalendarZones {
  private readonly _vtimezones = new Map<string, ICAL.Component>();
  private readonly _zones = new Map<string, CalendarZone | undefined>();

  constructor(calendar: ICAL.Component) {
    for (const component of calendar.getAllSubcomponents('vtimezone')) {
      // A malformed block may carry several TZIDs; each of them names this block.
      for (const property of component.getAllProperties('tzid')) {
        this._vtimezones.set(String(property.getFirstValue()), component);
      }
    }
  }

  zone(tzid: string): CalendarZone | undefined {
    if (!this._zones.has(tzid)) this._zones.set(tzid, this._lookUp(tzid));
    return this._zones.get(tzid);
  }

  private _lookUp(tzid: string): CalendarZone | undefined {
    const vtimezone = this._vtimezones.get(tzid);
    const location = vtimezone?.getFirstPropertyValue('x-lic-location');
    const name = ianaNameFor(tzid) ?? (typeof location === 'string' ? ianaNameFor(location) : undefined);
    if (name) return ianaZone(name, name === 'UTC');
    return vtimezone ? vtimezoneZone(vtimezone) : undefined;
  }
}
