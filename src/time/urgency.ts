/**
 * How close a deadline is, counted the way the district counts it: in calendar days of the
 * district's zone. A visitor in another zone reads "Closes today" exactly while the district's
 * deadline day lasts, which is what the deadline means.
 */
import { daysBetween } from './calendar-date.js';
import { deadlineDay } from './deadline.js';
import { dateAt } from './zone.js';

export type Urgency =
  { when: 'today' } | { when: 'tomorrow' } | { when: 'soon'; days: number } | { when: 'later' };

/** Up to this many days ahead a deadline reads "Closes in N days" rather than as a date. */
export const SOON_DAYS = 7;

/**
 * The urgency of a deadline that has not passed yet, or `undefined` when `deadline` is not a
 * feed date. Callers hide passed deadlines first (with `deadlineClosesAt`).
 */
export function deadlineUrgency(
  deadline: string,
  zone: string,
  nowMs: number,
): Urgency | undefined {
  const day = deadlineDay(deadline, zone);
  if (!day) return undefined;
  const days = daysBetween(dateAt(nowMs, zone), day);
  if (days <= 0) return { when: 'today' };
  if (days === 1) return { when: 'tomorrow' };
  if (days <= SOON_DAYS) return { when: 'soon', days };
  return { when: 'later' };
}
