/**
 * The stretch of days a build keeps calendar events for, from the config's `window`.
 */
import type { WindowConfig } from './config.js';
import { addDays, formatDate, wallClockAt } from './wall-clock.js';

/** Inclusive `YYYY-MM-DD` dates that an event must touch to be kept. */
export interface DateWindow {
  from: string;
  to: string;
}

const DEFAULT_DAYS_BEFORE = 30;
const DEFAULT_DAYS_AFTER = 365;

/**
 * Fixed `from`/`to` dates win; otherwise the window runs `daysBefore` days before today (in the
 * district's zone) to `daysAfter` days after. A source's window falls back to the build's.
 */
export function dateWindow(config: WindowConfig, now: number, zone: string, fallback?: DateWindow): DateWindow {
  const today = wallClockAt(now, zone);
  const relative = (days: number) => formatDate(addDays(today, days));
  const from =
    config.from ??
    (config.daysBefore !== undefined || !fallback ? relative(-(config.daysBefore ?? DEFAULT_DAYS_BEFORE)) : fallback.from);
  const to =
    config.to ??
    (config.daysAfter !== undefined || !fallback ? relative(config.daysAfter ?? DEFAULT_DAYS_AFTER) : fallback.to);
  return { from, to };
}
