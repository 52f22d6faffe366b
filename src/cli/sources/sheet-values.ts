/**
 * Spreadsheet cells as feed values: dates in the forms spreadsheets print them, lists,
 * yes/no answers and grades.
 */
import { isFeedDate } from '../../feed/schema.js';

export type DateOrder = 'ymd' | 'mdy' | 'dmy';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const pad = (value: number) => String(value).padStart(2, '0');

/** `9:00`, `9:00 AM`, `21:30:15` → `09:00`, `21:30:15`; undefined when it is not a time. */
function timeOfDay(text: string): string | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?m?\.?$/i.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  if (hour > 23) return undefined;
  return `${pad(hour)}:${match[2]}${match[3] ? `:${match[3]}` : ''}`;
}

function dayOf(text: string, order: DateOrder): string | undefined {
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match) return `${match[1]}-${pad(+match[2])}-${pad(+match[3])}`;

  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match && order !== 'ymd') {
    const [month, day] = order === 'mdy' ? [+match[1], +match[2]] : [+match[2], +match[1]];
    return `${match[3]}-${pad(month)}-${pad(day)}`;
  }

  match = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(text) ?? null;
  if (match && MONTHS[match[1].slice(0, 3).toLowerCase()]) {
    return `${match[3]}-${pad(MONTHS[match[1].slice(0, 3).toLowerCase()])}-${pad(+match[2])}`;
  }
  match = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(text);
  if (match && MONTHS[match[2].slice(0, 3).toLowerCase()]) {
    return `${match[3]}-${pad(MONTHS[match[2].slice(0, 3).toLowerCase()])}-${pad(+match[1])}`;
  }
  return undefined;
}

/**
 * A cell as one of the feed's date forms, or an error message. Slashed dates with the year
 * last are read by `order`; with the default `ymd` they are refused, since 03/04/2027 is
 * March in one country and April in the next.
 */
export function sheetDate(cell: string, order: DateOrder): { value: string } | { error: string } {
  const text = cell.trim().replace(/\s+/g, ' ');
  if (isFeedDate(text)) return { value: text };

  const split = /^(.*?\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:[ T,]+(.+))?$/.exec(text);
  const day = split ? dayOf(split[1].replace(/,$/, ''), order) : undefined;
  const time = split?.[2] ? timeOfDay(split[2]) : '';
  const value = day && time !== undefined ? (time ? `${day}T${time}` : day) : undefined;
  if (value && isFeedDate(value)) return { value };

  if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}/.test(text) && order === 'ymd') {
    return { error: `"${cell}" could be day/month or month/day; set "dateOrder" to "mdy" or "dmy" in the config` };
  }
  return { error: `"${cell}" is not a date this builder can read (use 2027-03-15 or 2027-03-15 09:00)` };
}

/** A list cell: values separated by commas or semicolons. */
export function sheetList(cell: string): string[] {
  return cell
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A yes/no cell, or undefined when it is neither. */
export function sheetBoolean(cell: string): boolean | undefined {
  const text = cell.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'x', 'oui', 'o'].includes(text)) return true;
  if (['no', 'n', 'false', '0', 'non'].includes(text)) return false;
  return undefined;
}

/** A grade cell: `K` is 0; `Grade 9` and `9th` are 9. */
export function sheetGrade(cell: string): number | undefined {
  const text = cell.trim().toLowerCase();
  if (text === 'k' || text === 'kindergarten') return 0;
  const match = /(\d{1,2})/.exec(text);
  return match ? Number(match[1]) : undefined;
}
