/**
 * Calendar dates and wall-clock times as plain numbers.
 *
 * A feed's `2026-12-24` is the same day for every viewer, so it is kept as year, month and day
 * and never turned into an instant. Arithmetic runs on a UTC timeline only because UTC has no
 * daylight-saving jumps; the result is read back as a date, never shown as a time.
 */
export interface CalendarDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

export interface WallClock extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 86_400_000;

/** Milliseconds of this wall-clock reading as if it were UTC: a sort key, not an instant. */
export function wallClockValue(wall: CalendarDate & Partial<WallClock>): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return wallClockValue(a) - wallClockValue(b);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(wallClockValue(date) + days * DAY_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Whole days from `a` to `b`: 1 when `b` is the day after `a`. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((wallClockValue(b) - wallClockValue(a)) / DAY_MS);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `2026-12-24`. */
export function isoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** `20261224`, as iCalendar and calendar links write dates. */
export function basicDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
}
