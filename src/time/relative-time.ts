/**
 * "3 hours ago" for a published instant, in the visitor's language.
 *
 * The unit is the largest one that fits, so a post reads as "2 days ago" rather than
 * "49 hours ago". Anything under a minute old, and anything in the future (a feed written on
 * a clock ahead of the visitor's), reads as "now": a post is never announced ahead of time.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Largest first: each unit with its length, and the age from which it is used. */
const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number, number]> = [
  ['year', 365 * DAY, 365 * DAY],
  ['month', 30 * DAY, 30 * DAY],
  ['week', 7 * DAY, 7 * DAY],
  ['day', DAY, DAY],
  ['hour', HOUR, HOUR],
  ['minute', MINUTE, MINUTE],
];

/** How long ago `instantMs` was, as of `nowMs`: "3 hours ago", "il y a 3 heures", "yesterday". */
export function relativeTime(instantMs: number, nowMs: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const age = nowMs - instantMs;
  if (age < MINUTE) return format.format(0, 'second');

  const [unit, length] = UNITS.find(([, , from]) => age >= from)!;
  return format.format(-Math.floor(age / length), unit);
}

/** The full date and time, for the tooltip beside a relative time. */
export function fullDateTime(instantMs: number, locale: string, zone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(
    instantMs,
  );
}
