/// <reference types="node" />
/**
 * `career-feed build`: reads every source of a config, merges them into one feed, checks it
 * with the feed's schema and writes it. A source that cannot be read keeps the items it gave
 * last time, so one unreachable calendar never empties the district's feed.
 */
import { resolve } from 'node:path';
import type { FeedChannel, FeedSchool } from '../feed/schema.js';
import { validateFeed } from '../feed/validate.js';
import type { BuildConfig, SourceConfig } from './config.js';
import { dateWindow } from './date-window.js';
import { mergeSources, sortCollections, stampItems, type ItemOrigins } from './merge.js';
import { readSource, type BuildContext } from './sources/read-source.js';
import { ITEM_COLLECTIONS, emptyItems, type ItemCollection, type SourceItems } from './sources/source-result.js';
import { formatInstant } from './wall-clock.js';
import { readJsonFile, readOrigins, updatedStamp, writeFeedFiles } from './write-feed.js';

export interface BuildOptions {
  /** Output path from the command line; wins over the config's `out`. */
  out?: string;
  /** Exit non-zero when a source fails or an item has to be left out. */
  strict: boolean;
  /** The build's clock. */
  now: number;
  /** Where reports go, one line per call. */
  report(line: string): void;
  /** Where the one-line summary goes. */
  inform(line: string): void;
}

interface SourceOutcome {
  source: SourceConfig;
  items: SourceItems;
  failed: boolean;
  notes: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The items a source gave in the previous run, found through the origins sidecar. */
function previousItems(previous: unknown, origins: ItemOrigins | undefined, name: string): SourceItems | undefined {
  const mine = origins?.[name];
  if (!isRecord(previous) || !mine) return undefined;
  const items = emptyItems();
  for (const collection of ITEM_COLLECTIONS) {
    const ids = new Set(mine[collection] ?? []);
    const list = previous[collection];
    if (!ids.size || !Array.isArray(list)) continue;
    (items[collection] as unknown[]) = list.filter((item) => isRecord(item) && ids.has(item.id as string));
  }
  return items;
}

function countItems(items: SourceItems): number {
  return ITEM_COLLECTIONS.reduce((total, collection) => total + items[collection].length, 0);
}

async function readOneSource(
  source: SourceConfig,
  context: BuildContext,
  previous: unknown,
  origins: ItemOrigins | undefined,
): Promise<SourceOutcome> {
  try {
    const result = await readSource(source, context);
    return { source, items: stampItems(result.items, source), failed: false, notes: result.notes };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const kept = previousItems(previous, origins, source.name);
    const keptText = kept
      ? `kept its ${countItems(kept)} items from the previous feed`
      : 'no earlier items of it were found to keep';
    return {
      source,
      items: kept ?? emptyItems(),
      failed: true,
      notes: [`could not be read: ${reason}; ${keptText}`],
    };
  }
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)) !== undefined);
}

/** Removes items the schema refuses, reporting each reason; returns how many were removed. */
function dropInvalidItems(document: Record<string, unknown>, report: (line: string) => void): number {
  const { problems } = validateFeed(document);
  const bad = new Map<ItemCollection, Set<number>>();
  for (const problem of problems) {
    const match = /^\$\.(\w+)\[(\d+)\]/.exec(problem.path);
    if (!match) continue;
    const collection = match[1] as ItemCollection;
    if (!bad.has(collection)) bad.set(collection, new Set());
    bad.get(collection)!.add(Number(match[2]));
    report(`${problem.path}${problem.id ? ` (id "${problem.id}")` : ''} ${problem.reason}; the item was left out`);
  }
  let removed = 0;
  for (const [collection, indexes] of bad) {
    const list = document[collection] as unknown[];
    document[collection] = list.filter((_, index) => !indexes.has(index));
    removed += indexes.size;
  }
  return removed;
}

function withoutEmptyCollections(items: SourceItems): Partial<SourceItems> {
  return Object.fromEntries(Object.entries(items).filter(([, list]) => list.length > 0));
}

/** Runs a build; resolves to the process exit status. */
const SINGULAR: Record<string, string> = {
  events: 'event',
  opportunities: 'opportunity',
  posts: 'post',
  resources: 'resource',
};

export async function buildFeed(config: BuildConfig, options: BuildOptions): Promise<number> {
  const outPath = options.out ? resolve(options.out) : config.out ? resolve(config.baseDir, config.out) : undefined;
  if (!outPath) {
    options.report('career-feed build: say where to write the feed, with "out" in the config or --out.');
    return 2;
  }

  const districtZone = config.district.timeZone;
  const context: BuildContext = {
    baseDir: config.baseDir,
    districtZone,
    now: options.now,
    window: dateWindow(config.window, options.now, districtZone ?? 'UTC'),
  };
  const previous = await readJsonFile(outPath);
  const origins = await readOrigins(outPath);

  const outcomes = await Promise.all(
    config.sources.map((source) => readOneSource(source, context, previous, origins)),
  );
  let warnings = 0;
  for (const outcome of outcomes) {
    for (const note of outcome.notes) {
      options.report(`source "${outcome.source.name}" (${outcome.source.location}): ${note}`);
      warnings++;
    }
  }

  const { merged, origins: newOrigins } = mergeSources(
    outcomes.map((outcome) => ({ name: outcome.source.name, items: outcome.items })),
  );
  const posts = merged.posts.filter((post) => {
    if (post.text || post.media?.length) return true;
    options.report(`post "${post.id}" has neither text nor media; it was left out`);
    warnings++;
    return false;
  });
  const sorted = sortCollections({ ...merged, posts }, districtZone);
  const schools = uniqueBy<FeedSchool>([...config.schools, ...merged.schools], (school) => school.id);
  const channels = uniqueBy<FeedChannel>([...config.channels, ...merged.channels], (channel) => channel.url);

  const document: Record<string, unknown> = {
    version: 1,
    district: config.district,
    ...(schools.length ? { schools } : {}),
    ...(channels.length ? { channels } : {}),
    ...withoutEmptyCollections({ ...sorted, schools: [], channels: [] }),
  };
  warnings += dropInvalidItems(document, (line) => options.report(line));
  document.updated = updatedStamp(document, previous, formatInstant(options.now));

  const changed = await writeFeedFiles(outPath, document, newOrigins);
  const counts = ITEM_COLLECTIONS.map((name) => {
    const count = ((document[name] as unknown[]) ?? []).length;
    return `${count} ${count === 1 ? SINGULAR[name] : name}`;
  });
  options.inform(`${changed ? 'Wrote' : 'Unchanged:'} ${outPath} (${counts.join(', ')})`);

  const failures = outcomes.filter((outcome) => outcome.failed).length;
  if (failures) options.report(`${failures} of ${outcomes.length} sources could not be read.`);
  return options.strict && (failures > 0 || warnings > 0) ? 1 : 0;
}
