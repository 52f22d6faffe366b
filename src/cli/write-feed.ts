/// <reference types="node" />
/**
 * Writing the feed so that the same content always gives the same bytes: keys in one fixed
 * order, `updated` carried over from the previous output unless something else changed, and
 * files left untouched when their bytes would not change.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { feedJsonSchema } from '../feed/json-schema.js';
import type { ItemOrigins } from './merge.js';

/** The document's own keys in the order the format documents them. */
const DOCUMENT_ORDER = [
  'version', 'district', 'updated', 'schools', 'channels', 'events', 'opportunities', 'posts', 'resources',
];

/** Keys inside items in the order the format documents them; any others follow alphabetically. */
const ITEM_ORDER = [
  'id', 'network', 'kind', 'type', 'name', 'title', 'label', 'summary', 'description', 'text', 'url',
  'published', 'start', 'end', 'timeZone', 'language', 'logo', 'status', 'provider', 'grades', 'opens',
  'deadline', 'rolling', 'min', 'max', 'location', 'address', 'online', 'registration', 'compensation',
  'author', 'handle', 'avatar', 'media', 'alt', 'poster', 'audiences', 'schools', 'stage', 'tags', 'image',
  'translations', 'updated',
];

function rankOf(order: string[]): Map<string, number> {
  return new Map(order.map((key, index) => [key, index]));
}
const DOCUMENT_RANK = rankOf(DOCUMENT_ORDER);
const ITEM_RANK = rankOf(ITEM_ORDER);

function compareKeys(rank: Map<string, number>, a: string, b: string): number {
  const rankA = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rankB = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
  if (rankA !== rankB) return rankA - rankB;
  return a < b ? -1 : a > b ? 1 : 0;
}

function canonical(value: unknown, rank: Map<string, number>): unknown {
  if (Array.isArray(value)) return value.map((entry) => canonical(entry, ITEM_RANK));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, field]) => field !== undefined)
    .sort(([a], [b]) => compareKeys(rank, a, b));
  return Object.fromEntries(entries.map(([key, field]) => [key, canonical(field, ITEM_RANK)]));
}

/** JSON with keys in the fixed order, two-space indented, ending in a newline. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(canonical(value, DOCUMENT_RANK), null, 2)}\n`;
}

/** Reads a JSON file, or gives `undefined` when there is none or it cannot be parsed. */
export async function readJsonFile(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The `updated` stamp: the previous one when the feed's content is otherwise unchanged, else
 * the build's clock.
 */
export function updatedStamp(document: Record<string, unknown>, previous: unknown, now: string): string {
  if (previous && typeof previous === 'object' && typeof (previous as { updated?: unknown }).updated === 'string') {
    const { updated, ...before } = previous as Record<string, unknown>;
    const { updated: _ignored, ...after } = document;
    if (canonicalJson(before) === canonicalJson(after)) return updated as string;
  }
  return now;
}

/** The sidecar that records which source produced which item, beside the feed. */
export function originsPath(feedPath: string): string {
  const name = basename(feedPath).replace(/\.json$/i, '');
  return join(dirname(feedPath), `${name}.sources.json`);
}

/** The JSON Schema written beside the feed. */
export function schemaPath(feedPath: string): string {
  return join(dirname(feedPath), 'feed.schema.json');
}

/** Reads the origins sidecar of a previous run, if there is a usable one. */
export async function readOrigins(feedPath: string): Promise<ItemOrigins | undefined> {
  const sidecar = await readJsonFile(originsPath(feedPath));
  if (!sidecar || typeof sidecar !== 'object') return undefined;
  const sources = (sidecar as { sources?: unknown }).sources;
  return sources && typeof sources === 'object' ? (sources as ItemOrigins) : undefined;
}

async function writeIfChanged(path: string, text: string): Promise<boolean> {
  try {
    if ((await readFile(path, 'utf8')) === text) return false;
  } catch {
    // No file yet.
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return true;
}

/** Writes the feed, its JSON Schema and the origins sidecar; says whether the feed changed. */
export async function writeFeedFiles(feedPath: string, document: unknown, origins: ItemOrigins): Promise<boolean> {
  const changed = await writeIfChanged(feedPath, canonicalJson(document));
  await writeIfChanged(schemaPath(feedPath), `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
  const sources = Object.fromEntries(Object.keys(origins).sort().map((name) => [name, origins[name]]));
  await writeIfChanged(
    originsPath(feedPath),
    canonicalJson({
      about: `Which source produced each item of ${basename(feedPath)}. career-feed reads it to keep a failing source's items; it is not part of the feed.`,
      sources,
    }),
  );
  return changed;
}
