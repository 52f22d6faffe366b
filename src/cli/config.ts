/// <reference types="node" />
/**
 * The `career-feed build` config file: who the district is, its schools, and the sources the
 * feed is built from, each with the audiences, schools, stage and tags to stamp on its items.
 *
 * The district, school and channel entries are checked with the feed's own schema, so the
 * config cannot drift from the format.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import * as z from 'zod';
import {
  AUDIENCES,
  NETWORKS,
  STAGES,
  channelSchema,
  districtSchema,
  schoolSchema,
  type FeedChannel,
  type FeedDistrict,
  type FeedSchool,
} from '../feed/schema.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2027-03-15');

/** Which stretch of time recurring calendar events are expanded over. */
const windowSchema = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    daysBefore: z.number().int().min(0).optional(),
    daysAfter: z.number().int().min(1).optional(),
  })
  .optional();

const stamps = {
  name: z.string().min(1).optional(),
  location: z.string().min(1, 'must name a file or an http(s) address'),
  audiences: z.array(z.enum(AUDIENCES)).optional(),
  schools: z.array(z.string().min(1)).optional(),
  stage: z.enum(STAGES).optional(),
  tags: z.array(z.string()).optional(),
};

const icsSource = z.strictObject({
  ...stamps,
  type: z.literal('ics'),
  window: windowSchema,
  timeZone: z.string().optional(),
});

const csvSource = z.strictObject({
  ...stamps,
  type: z.literal('csv'),
  collection: z.enum(['events', 'opportunities']),
  /** Feed field (dotted for nested ones, like `provider.name`) → column header, or headers joined by a space. */
  columns: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])),
  defaults: z.record(z.string(), z.unknown()).optional(),
  dateOrder: z.enum(['ymd', 'mdy', 'dmy']).optional(),
  delimiter: z.string().length(1).optional(),
});

const syndicationSource = z.strictObject({
  ...stamps,
  type: z.enum(['syndication', 'rss', 'atom', 'jsonfeed']),
  network: z.enum(NETWORKS).optional(),
  limit: z.number().int().min(1).optional(),
});

const feedSource = z.strictObject({
  ...stamps,
  type: z.literal('feed'),
});

const sourceSchema = z.discriminatedUnion('type', [icsSource, csvSource, syndicationSource, feedSource]);

const configSchema = z.strictObject({
  $schema: z.string().optional(),
  out: z.string().min(1).optional(),
  district: districtSchema,
  schools: z.array(schoolSchema).optional(),
  channels: z.array(channelSchema).optional(),
  window: windowSchema,
  sources: z.array(sourceSchema).min(1, 'must list at least one source'),
});

export type IcsSourceConfig = z.infer<typeof icsSource> & { name: string };
export type CsvSourceConfig = z.infer<typeof csvSource> & { name: string };
export type SyndicationSourceConfig = z.infer<typeof syndicationSource> & { name: string };
export type FeedSourceConfig = z.infer<typeof feedSource> & { name: string };
export type SourceConfig = IcsSourceConfig | CsvSourceConfig | SyndicationSourceConfig | FeedSourceConfig;
export type WindowConfig = NonNullable<z.infer<typeof windowSchema>>;

/** A checked config, with every source named and paths resolved against the config's folder. */
export interface BuildConfig {
  /** The folder the config file is in; relative source paths start here. */
  baseDir: string;
  /** Where the feed is written, when the config says. */
  out?: string;
  district: FeedDistrict;
  schools: FeedSchool[];
  channels: FeedChannel[];
  window: WindowConfig;
  sources: SourceConfig[];
}

/** A config that cannot be used, with one line per fault. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    message: string,
    readonly faults: string[] = [],
  ) {
    super(faults.length ? `${message}\n  ${faults.join('\n  ')}` : message);
  }
}

function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`),
    '$',
  );
}

/** Reads and checks a config file. */
export async function loadConfig(file: string): Promise<BuildConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Cannot read the config ${file}: ${(error as Error).message}`);
  }
  return checkConfig(raw, dirname(resolve(file)), file);
}

/** Checks a parsed config; `label` names it in messages. */
export function checkConfig(raw: unknown, baseDir: string, label = 'the config'): BuildConfig {
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const faults = parsed.error.issues.map((issue) => `${pathText(issue.path)}: ${issue.message}`);
    throw new ConfigError(`${label} is not a valid career-feed config:`, faults);
  }
  const config = parsed.data;
  const faults: string[] = [];
  const schools = (config.schools ?? []) as FeedSchool[];
  const schoolIds = new Set(schools.map((school) => school.id));
  const names = new Set<string>();

  const sources = config.sources.map((source, index) => {
    const name = source.name ?? source.location;
    if (names.has(name)) faults.push(`$.sources[${index}].name: "${name}" is used by two sources; give each a name`);
    names.add(name);
    for (const school of source.schools ?? []) {
      if (!schoolIds.has(school)) faults.push(`$.sources[${index}].schools: "${school}" is not in the schools list`);
    }
    return { ...source, name } as SourceConfig;
  });
  if (faults.length) throw new ConfigError(`${label} is not a valid career-feed config:`, faults);

  return {
    baseDir,
    out: config.out,
    district: config.district as FeedDistrict,
    schools,
    channels: (config.channels ?? []) as FeedChannel[],
    window: config.window ?? {},
    sources,
  };
}
