/**
 * A spreadsheet (a CSV file, or a published Google or Excel sheet's CSV address) as events or
 * opportunities, through the config's column mapping. A row that does not make a valid item
 * is reported with its row number, as the spreadsheet shows it, and skipped.
 */
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { eventSchema, opportunitySchema } from '../../feed/schema.js';
import { describeIssue } from '../../feed/validate.js';
import type { CsvSourceConfig } from '../config.js';
import { plainTextToHtml, safeLink } from './text.js';
import { sheetBoolean, sheetDate, sheetGrade, sheetList, type DateOrder } from './sheet-values.js';
import { emptyItems, type SourceResult } from './source-result.js';

export interface SpreadsheetOptions {
  /** The sheet's own address, for relative links in its cells. */
  baseUrl: string;
}

const DATE_FIELDS = new Set(['start', 'end', 'opens', 'deadline', 'registration.deadline']);
const LIST_FIELDS = new Set(['audiences', 'schools', 'tags']);
const BOOLEAN_FIELDS = new Set(['rolling', 'location.online']);
const GRADE_FIELDS = new Set(['grades.min', 'grades.max']);
const LINK_FIELDS = new Set(['url', 'provider.url', 'location.url', 'registration.url', 'image.url']);
/** Fields whose values are words from a fixed list, which people type in any case. */
const WORD_FIELDS = new Set(['kind', 'stage', 'status']);

type Converted = { value: unknown } | { error: string };

function convertCell(field: string, cell: string, order: DateOrder, baseUrl: string): Converted {
  if (DATE_FIELDS.has(field)) return sheetDate(cell, order);
  if (LIST_FIELDS.has(field)) {
    const list = sheetList(cell);
    return { value: field === 'audiences' ? list.map((word) => word.toLowerCase()) : list };
  }
  if (BOOLEAN_FIELDS.has(field)) {
    const value = sheetBoolean(cell);
    return value === undefined ? { error: `"${cell}" is not yes or no` } : { value };
  }
  if (GRADE_FIELDS.has(field)) {
    const value = sheetGrade(cell);
    return value === undefined ? { error: `"${cell}" is not a grade (K, 1…12)` } : { value };
  }
  if (LINK_FIELDS.has(field)) {
    const value = safeLink(cell, baseUrl);
    return value ? { value } : { error: `"${cell}" is not a web, mailto or tel link` };
  }
  if (WORD_FIELDS.has(field)) return { value: cell.trim().toLowerCase().replace(/\s+/g, '-') };
  if (field === 'description') return { value: plainTextToHtml(cell) };
  return { value: cell.trim() };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

function getPath(target: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    target,
  );
}

/** An id for a row without an id column, from what identifies it, so edits elsewhere keep it. */
function generatedId(sourceName: string, item: Record<string, unknown>): string {
  const identity = [item.title, item.start, item.deadline, getPath(item, 'provider.name')].map(String).join('|');
  const slug = sourceName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'sheet';
  return `${slug}-${createHash('sha256').update(identity).digest('hex').slice(0, 12)}`;
}

function readRows(text: string, delimiter: string | undefined): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false, delimiter }) as string[][];
  } catch (error) {
    throw new Error(`it is not CSV that can be read (${(error as Error).message})`);
  }
}

/** Reads CSV text into the collection the source names. */
export function readSpreadsheet(text: string, source: CsvSourceConfig, options: SpreadsheetOptions): SourceResult {
  const rows = readRows(text, source.delimiter);
  if (rows.length === 0) throw new Error('it is empty; the first row must name the columns');

  const header = rows[0].map((name) => name.trim().toLowerCase());
  const mapping = Object.entries(source.columns).map(([field, columns]) => {
    const names = Array.isArray(columns) ? columns : [columns];
    const indexes = names.map((name) => {
      const index = header.indexOf(name.trim().toLowerCase());
      if (index < 0) throw new Error(`the column "${name}" (for ${field}) is not in its first row`);
      return index;
    });
    return { field, names, indexes };
  });

  const schema = source.collection === 'events' ? eventSchema : opportunitySchema;
  const order = source.dateOrder ?? 'ymd';
  const notes: string[] = [];
  const items: Record<string, unknown>[] = [];

  rows.slice(1).forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((cell) => !cell.trim())) return;

    const item: Record<string, unknown> = {};
    const faults: string[] = [];
    for (const { field, names, indexes } of mapping) {
      const cell = indexes.map((column) => (cells[column] ?? '').trim()).filter(Boolean).join(' ');
      if (!cell) continue;
      const converted = convertCell(field, cell, order, options.baseUrl);
      if ('error' in converted) faults.push(`${names.join(' + ')}: ${converted.error}`);
      else setPath(item, field, converted.value);
    }
    for (const [field, value] of Object.entries(source.defaults ?? {})) {
      if (getPath(item, field) === undefined) setPath(item, field, value);
    }
    item.id ??= generatedId(source.name, item);

    const checked = schema.safeParse(item);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        faults.push(`${issue.path.join('.') || 'row'} ${describeIssue(issue, item)}`);
      }
    }
    if (faults.length) {
      notes.push(`row ${rowNumber} was skipped: ${faults.join('; ')}`);
      return;
    }
    items.push(item);
  });

  const result = emptyItems();
  if (source.collection === 'events') result.events = items as typeof result.events;
  else result.opportunities = items as typeof result.opportunities;
  return { items: result, notes };
}
