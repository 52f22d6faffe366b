/**
 * Item-by-item validation of a parsed feed document.
 *
 * A broken item must never sink its neighbours, so the document's shell (version, district)
 * is checked first and each collection's items one at a time. Every problem is described with
 * its JSON path, the item's id and a reason in plain language, which is what both the console
 * warning in the browser and `career-feed validate` print.
 */
import * as z from 'zod/mini';
import {
  COLLECTIONS,
  collectionSchemas,
  districtSchema,
  instant,
  type CollectionName,
  type FeedChannel,
  type FeedDistrict,
  type FeedEvent,
  type FeedOpportunity,
  type FeedPost,
  type FeedResource,
  type FeedSchool,
} from './schema.js';

/** One thing wrong with a feed: where it is, which item, and why. */
export interface FeedProblem {
  /** JSON path of the offending value, such as `$.events[3].start`. */
  path: string;
  /** The collection the item belongs to, when the problem is inside an item. */
  collection?: CollectionName;
  /** The item's `id`, when it has a readable one. */
  id?: string;
  /** The field inside the item, such as `start` or `location.url`. */
  field?: string;
  reason: string;
}

/** A feed whose items all passed the schema. */
export interface Feed {
  version: 1;
  district: FeedDistrict;
  updated?: string;
  schools: FeedSchool[];
  channels: FeedChannel[];
  events: FeedEvent[];
  opportunities: FeedOpportunity[];
  posts: FeedPost[];
  resources: FeedResource[];
}

/** The district's zone, the default for every item; UTC when a feed names none. */
export function districtZone(feed: Feed): string {
  return feed.district.timeZone ?? 'UTC';
}

/** Raised when the document as a whole cannot be read as a feed of a known version. */
export class InvalidFeedError extends Error {
  override name = 'InvalidFeedError';
  constructor(
    message: string,
    readonly problems: FeedProblem[] = [],
  ) {
    super(message);
  }
}

export interface ValidationResult {
  feed: Feed;
  /** Items that were left out, and shell fields that were ignored. */
  problems: FeedProblem[];
}

function pathText(segments: ReadonlyArray<PropertyKey>): string {
  return segments
    .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`))
    .join('');
}

function fieldText(segments: ReadonlyArray<PropertyKey>): string {
  return pathText(segments).replace(/^\./, '');
}

/** A reason a district staff member can act on, from one zod issue. */
export function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined) {
    return 'is required but missing';
  }
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.join(', ')}`;
    default:
      return 'is not valid here';
  }
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function readableId(item: unknown): string | undefined {
  if (item && typeof item === 'object' && 'id' in item) {
    const id = (item as { id: unknown }).id;
    if (typeof id === 'string' && id !== '') return id;
    if (typeof id === 'number') return String(id);
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Checks one collection item by item; returns the good items and a problem per bad one. */
function validateCollection(
  name: CollectionName,
  raw: unknown,
  problems: FeedProblem[],
): unknown[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ path: `$.${name}`, collection: name, reason: 'must be a list; it was ignored' });
    return [];
  }

  const schema = collectionSchemas[name];
  const seen = new Set<string>();
  const valid: unknown[] = [];
  raw.forEach((item, index) => {
    const base = `$.${name}[${index}]`;
    const id = readableId(item);
    const result = schema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          path: base + pathText(issue.path),
          collection: name,
          id,
          field: fieldText(issue.path) || undefined,
          reason: describeIssue(issue, item),
        });
      }
      return;
    }
    // Channels have no id; every other collection's ids must be unique.
    const itemId = (result.data as { id?: string }).id;
    if (itemId !== undefined && seen.has(itemId)) {
      problems.push({
        path: `${base}.id`,
        collection: name,
        id: itemId,
        field: 'id',
        reason: `repeats the id of an earlier item in ${name}; ids must be unique`,
      });
      return;
    }
    if (itemId !== undefined) seen.add(itemId);
    valid.push(result.data);
  });
  return valid;
}

/**
 * Validates a parsed JSON document as a version 1 feed.
 *
 * @throws InvalidFeedError when the document is not an object, has no `version`, has a
 *   version this library does not know, or has no usable `district`.
 */
export function validateFeed(document: unknown): ValidationResult {
  if (!isRecord(document)) {
    throw new InvalidFeedError('The feed is not a JSON object.');
  }
  if (!('version' in document)) {
    throw new InvalidFeedError('The feed has no "version" field; version 1 feeds start with "version": 1.');
  }
  if (document.version !== 1) {
    throw new InvalidFeedError(
      `The feed says "version": ${JSON.stringify(document.version)}, which this library does not know; it reads version 1.`,
    );
  }

  const district = districtSchema.safeParse(document.district);
  if (!district.success) {
    const issue = district.error.issues[0];
    const path = `$.district${pathText(issue.path)}`;
    const reason = describeIssue(issue, document.district);
    throw new InvalidFeedError(`The feed's district is not valid: ${path} ${reason}.`, [
      { path, field: `district${pathText(issue.path)}`, reason },
    ]);
  }

  const problems: FeedProblem[] = [];
  let updated: string | undefined;
  if (document.updated !== undefined) {
    const checked = instant.safeParse(document.updated);
    if (checked.success) updated = checked.data;
    else problems.push({ path: '$.updated', field: 'updated', reason: describeIssue(checked.error.issues[0], document.updated) });
  }

  const collections = Object.fromEntries(
    COLLECTIONS.map((name) => [name, validateCollection(name, document[name], problems)]),
  ) as Pick<Feed, CollectionName>;

  return {
    feed: { version: 1, district: district.data, updated, ...collections },
    problems,
  };
}
