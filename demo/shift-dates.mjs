/**
 * Moves the demo feed's dates so that it always looks current.
 *
 * The sample feed is written around one anchor day. Serving it unchanged would show an empty
 * page a few months later, so every date is moved forward by the whole number of weeks between
 * the anchor and today: whole weeks keep every event on its weekday, and the page reads like a
 * real district's feed on whatever day someone opens it.
 *
 * Only the date part of each string moves; the rest is kept byte for byte. For a calendar date
 * that is exactly the meaning of the format (no time zone involved), a wall-clock time keeps
 * its wall-clock time, and an instant with an offset moves by exactly that many days of 24 hours.
 *
 * Social posts are the exception: "published" moves by the exact time between the feed's
 * `updated` and now, less a few minutes, so the newest post reads "2 hours ago" rather than
 * "5 days ago". The feed's own `updated` moves with them, so no post is ever newer than the feed.
 */

/** The day the sample feed was written around. */
export const ANCHOR_DATE = '2026-12-01';

/** Keeps the newest post, and the feed's `updated`, just in the past rather than at "now". */
const POST_MARGIN_MS = 5 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The three date forms of the feed format, matched whole; anything else is ordinary text. */
const FEED_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?$/;

/** Whether a string is one of the feed's date forms (and so would be moved). */
export function isDateText(text) {
  return typeof text === 'string' && FEED_DATE.test(text);
}

/** Today's calendar date in a time zone, as YYYY-MM-DD. */
export function calendarDateIn(moment, timeZone) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(moment);
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function dayNumber(date) {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Adds days to the date part of a feed date string, leaving its time and offset untouched. */
export function addDays(text, days) {
  const match = FEED_DATE.exec(text);
  if (!match) return text;
  const [, year, month, day, rest = ''] = match;
  const moved = new Date(Date.UTC(+year, +month - 1, +day + days));
  return moved.toISOString().slice(0, 10) + rest;
}

/**
 * How far a feed moves for a given moment: `days` for every date, a multiple of 7, and
 * `postMs` for the posts' `published` instants.
 */
export function planShift(feed, now, anchorDate = ANCHOR_DATE) {
  const timeZone = feed?.district?.timeZone ?? 'UTC';
  const elapsedDays = dayNumber(calendarDateIn(now, timeZone)) - dayNumber(anchorDate);
  const days = Math.floor(elapsedDays / 7) * 7;

  const updated = Date.parse(feed?.updated ?? '');
  const writtenAt = Number.isNaN(updated) ? Date.parse(`${anchorDate}T12:00:00Z`) : updated;
  // Whole seconds, so the served instants stay as tidy as the ones in the file.
  const postMs = Math.round((now.getTime() - writtenAt - POST_MARGIN_MS) / 1000) * 1000;

  return { days, postMs };
}

const HAS_OFFSET = /(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** Moves an instant by `ms`; anything else is returned as it was, for the schema to report. */
function moveInstant(text, ms) {
  const time = Date.parse(text);
  if (!HAS_OFFSET.test(text) || Number.isNaN(time)) return text;
  return new Date(time + ms).toISOString().replace('.000Z', 'Z');
}

function shiftValue(value, days) {
  if (typeof value === 'string') return addDays(value, days);
  if (Array.isArray(value)) return value.map((entry) => shiftValue(entry, days));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, shiftValue(entry, days)]),
    );
  }
  return value;
}

/**
 * Returns a copy of a parsed feed with every date moved to be current on `today`.
 *
 * Pure: the input is not changed, and the same feed and moment always give the same result.
 *
 * @param {object} feed the parsed sample feed
 * @param {Date} today the moment to make the feed current for (normally `new Date()`)
 * @param {string} [anchorDate] the calendar date the feed was written around
 */
export function shiftFeedDates(feed, today, anchorDate = ANCHOR_DATE) {
  const { days, postMs } = planShift(feed, today, anchorDate);
  const shifted = shiftValue(feed, days);

  if (typeof feed?.updated === 'string') shifted.updated = moveInstant(feed.updated, postMs);
  if (Array.isArray(feed?.posts)) {
    shifted.posts = feed.posts.map((post, index) => {
      const copy = shifted.posts[index];
      if (post && typeof post === 'object' && typeof post.published === 'string') {
        return { ...copy, published: moveInstant(post.published, postMs) };
      }
      return copy;
    });
  }
  return shifted;
}
