/**
 * The district career feed, version 1, as a zod schema.
 *
 * This file is the contract between the district that writes the feed and every widget that
 * reads it. It is written with `zod/mini` so that the browser bundle stays small; the
 * `career-feed` command and the JSON Schema generator import the same definitions.
 *
 * Objects are loose: unknown fields pass, so a feed can grow without breaking older widgets.
 */
import * as z from 'zod/mini';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** True when year, month and day name a day that exists (no 31 April, no 29 February 2027). */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function isRealDateTime(match: RegExpExecArray | null): boolean {
  if (!match) return false;
  const [, y, mo, d, h, mi, s] = match;
  if (!isRealDay(+y, +mo, +d)) return false;
  if (h === undefined) return true;
  return +h < 24 && +mi < 60 && (s === undefined || +s < 60);
}

/** One of the three date forms of the format: a date, a wall-clock time, or an instant. */
export function isFeedDate(text: string): boolean {
  return (
    isRealDateTime(DATE.exec(text)) ||
    isRealDateTime(LOCAL.exec(text)) ||
    isRealDateTime(INSTANT.exec(text))
  );
}

function isInstant(text: string): boolean {
  return isRealDateTime(INSTANT.exec(text));
}

/** Whether the runtime knows this IANA zone name. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const text = z.string({ error: 'must be text' });
const nonEmptyText = text.check(z.refine((value) => value.trim() !== '', { error: 'must not be empty' }));

const FEED_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|z|[+-]\d{2}:\d{2})?)?$/;
const INSTANT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|z|[+-]\d{2}:\d{2})$/;

export const feedDate = text.check(
  z.regex(FEED_DATE_SHAPE, {
    error: 'must be a date (2027-03-10), a local time (2027-03-10T09:00) or an instant (2027-03-10T09:00:00-08:00)',
  }),
  z.refine((value) => !FEED_DATE_SHAPE.test(value) || isFeedDate(value), {
    error: 'names a day or time that does not exist',
  }),
);

export const instant = text.check(
  z.regex(INSTANT_SHAPE, { error: 'must be an instant with an offset, like 2027-03-10T17:00:00Z' }),
  z.refine((value) => !INSTANT_SHAPE.test(value) || isInstant(value), {
    error: 'names a day or time that does not exist',
  }),
);

export const timeZone = text.check(
  z.refine(isKnownTimeZone, { error: 'must be an IANA time zone such as America/Vancouver' }),
);

/** A link as written in the feed: absolute, or relative to the feed's own address. */
export const link = nonEmptyText;

export const AUDIENCES = ['students', 'parents', 'educators', 'district', 'community'] as const;
export const STAGES = ['awareness', 'exploration', 'engagement'] as const;
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export const OPPORTUNITY_KINDS = [
  'work-experience',
  'apprenticeship',
  'dual-credit',
  'scholarship',
  'job',
  'volunteer',
  'program',
  'camp',
  'competition',
  'other',
] as const;
export const NETWORKS = [
  'x',
  'facebook',
  'instagram',
  'youtube',
  'mastodon',
  'bluesky',
  'linkedin',
  'tiktok',
  'news',
] as const;
export const RESOURCE_KINDS = ['form', 'guide', 'video', 'website', 'document'] as const;

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of: ${values.join(', ')}` });
}

export const audience = oneOf(AUDIENCES);
export const stage = oneOf(STAGES);

const image = z.looseObject({
  url: link,
  alt: text,
});

const translation = z.looseObject({
  title: z.optional(text),
  summary: z.optional(text),
  description: z.optional(text),
});

const location = z.looseObject({
  name: z.optional(text),
  address: z.optional(text),
  url: z.optional(link),
  online: z.optional(z.boolean({ error: 'must be true or false' })),
});

/** Fields every item shares, whatever its collection. */
const itemId = z
  .string({ error: 'must be text, such as "fair-2027"; numbers are refused because long ones lose digits in JSON' })
  .check(z.refine((value) => value.trim() !== '', { error: 'must not be empty' }));

const itemFields = {
  id: itemId,
  title: nonEmptyText,
  summary: z.optional(text),
  description: z.optional(text),
  url: z.optional(link),
  audiences: z.optional(z.array(audience)),
  schools: z.optional(z.array(nonEmptyText)),
  stage: z.optional(stage),
  tags: z.optional(z.array(text)),
  image: z.optional(image),
  translations: z.optional(z.record(text, translation)),
};

export const eventSchema = z.looseObject({
  ...itemFields,
  start: feedDate,
  end: z.optional(feedDate),
  timeZone: z.optional(timeZone),
  location: z.optional(location),
  registration: z.optional(
    z.looseObject({
      url: z.optional(link),
      deadline: z.optional(feedDate),
    }),
  ),
  status: z.optional(oneOf(EVENT_STATUSES)),
});

const grade = z.number({ error: 'must be a grade number (K = 0)' }).check(
  z.refine((value) => Number.isInteger(value) && value >= 0 && value <= 12, {
    error: 'must be a whole grade from 0 (kindergarten) to 12',
  }),
);

export const opportunitySchema = z.looseObject({
  ...itemFields,
  kind: oneOf(OPPORTUNITY_KINDS),
  provider: z.optional(z.looseObject({ name: nonEmptyText, url: z.optional(link) })),
  grades: z.optional(z.looseObject({ min: z.optional(grade), max: z.optional(grade) })),
  opens: z.optional(feedDate),
  deadline: z.optional(feedDate),
  rolling: z.optional(z.boolean({ error: 'must be true or false' })),
  location: z.optional(location),
  compensation: z.optional(text),
});

const media = z.looseObject({
  type: oneOf(['image', 'video'] as const),
  url: link,
  alt: z.optional(text),
  poster: z.optional(link),
});

export const postSchema = z.looseObject({
  ...itemFields,
  title: z.optional(text),
  network: oneOf(NETWORKS),
  url: link,
  published: instant,
  author: z.optional(
    z.looseObject({
      name: z.optional(text),
      handle: z.optional(text),
      url: z.optional(link),
      avatar: z.optional(link),
    }),
  ),
  text: z.optional(text),
  media: z.optional(z.array(media)),
});

export const resourceSchema = z.looseObject({
  ...itemFields,
  kind: z.optional(oneOf(RESOURCE_KINDS)),
  url: link,
  updated: z.optional(feedDate),
});

export const schoolSchema = z.looseObject({
  id: nonEmptyText,
  name: nonEmptyText,
  url: z.optional(link),
});

export const channelSchema = z.looseObject({
  network: oneOf(NETWORKS),
  url: link,
  label: z.optional(text),
});

export const districtSchema = z.looseObject({
  id: z.optional(text),
  name: nonEmptyText,
  url: z.optional(link),
  timeZone: z.optional(timeZone),
  language: z.optional(text),
  logo: z.optional(z.looseObject({ url: link, alt: text })),
});

/** The item schema of each collection, by the collection's name in the feed. */
export const collectionSchemas = {
  events: eventSchema,
  opportunities: opportunitySchema,
  posts: postSchema,
  resources: resourceSchema,
  schools: schoolSchema,
  channels: channelSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const COLLECTIONS = Object.keys(collectionSchemas) as CollectionName[];

/**
 * The whole document with every collection checked item by item. The browser never parses a
 * feed with this in one go (one bad item would sink the rest); it exists for the JSON Schema
 * and for tools that want a single verdict, so it is built on demand and stays out of the
 * browser bundle.
 */
export function wholeFeedSchema() {
  return z.looseObject({
    version: z.literal(1, { error: 'must be 1' }),
    district: districtSchema,
    updated: z.optional(instant),
    schools: z.optional(z.array(schoolSchema)),
    channels: z.optional(z.array(channelSchema)),
    events: z.optional(z.array(eventSchema)),
    opportunities: z.optional(z.array(opportunitySchema)),
    posts: z.optional(z.array(postSchema)),
    resources: z.optional(z.array(resourceSchema)),
  });
}

export type FeedEvent = z.infer<typeof eventSchema>;
export type FeedOpportunity = z.infer<typeof opportunitySchema>;
export type FeedPost = z.infer<typeof postSchema>;
export type FeedResource = z.infer<typeof resourceSchema>;
export type FeedSchool = z.infer<typeof schoolSchema>;
export type FeedChannel = z.infer<typeof channelSchema>;
export type FeedDistrict = z.infer<typeof districtSchema>;
export type FeedDocument = z.infer<ReturnType<typeof wholeFeedSchema>>;
export type Audience = (typeof AUDIENCES)[number];
export type Stage = (typeof STAGES)[number];
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];
export type Network = (typeof NETWORKS)[number];
