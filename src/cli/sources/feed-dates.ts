/**
 * Publication dates of RSS, Atom and JSON Feed items as feed instants.
 *
 * Atom and JSON Feed use RFC 3339; RSS uses RFC 822, which publishers also write in their own
 * language ("Seg, 24 Set 2018 19:42:40 -0300"), with two-digit years, or with zone names.
 */
import { formatInstant } from '../wall-clock.js';

/** Month names and abbreviations in English, French, Spanish, Portuguese, German and Italian. */
const MONTHS: Array<[number, string[]]> = [
  [1, ['jan', 'janv', 'janvier', 'january', 'ene', 'enero', 'janeiro', 'januar', 'jän', 'gen', 'gennaio']],
  [2, ['feb', 'february', 'fév', 'févr', 'fev', 'février', 'fevereiro', 'febrero', 'februar', 'febbraio']],
  [3, ['mar', 'march', 'mars', 'marzo', 'março', 'mär', 'märz', 'mrz']],
  [4, ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile']],
  [5, ['may', 'mai', 'mayo', 'maio', 'mag', 'maggio']],
  [6, ['jun', 'june', 'juin', 'junio', 'junho', 'juni', 'giu', 'giugno']],
  [7, ['jul', 'july', 'juil', 'juillet', 'julio', 'julho', 'juli', 'lug', 'luglio']],
  [8, ['aug', 'august', 'août', 'aou', 'ago', 'agosto']],
  [9, ['sep', 'sept', 'september', 'septembre', 'set', 'setembro', 'septiembre', 'settembre']],
  [10, ['oct', 'october', 'octobre', 'out', 'outubro', 'octubre', 'okt', 'oktober', 'ott', 'ottobre']],
  [11, ['nov', 'november', 'novembre', 'noviembre', 'novembro']],
  [12, ['dec', 'december', 'déc', 'décembre', 'dic', 'diciembre', 'dez', 'dezembro', 'dezember', 'dicembre']],
];
const MONTH_BY_NAME = new Map(MONTHS.flatMap(([month, names]) => names.map((name) => [name, month] as const)));

/** Offsets of the zone names RFC 822 allows, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480,
  pdt: -420,
};

function offsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return ZONES[zone.toLowerCase()];
}

function fromRfc822(text: string): number | undefined {
  const match =
    /^(?:[\p{L}.]+,?\s+)?(\d{1,2})[\s-]+([\p{L}.]+)[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,4})?$/iu.exec(
      text,
    );
  if (!match) return undefined;
  const [, day, monthName, yearText, hour, minute, second = '0', zone] = match;
  const month = MONTH_BY_NAME.get(monthName.toLowerCase().replace(/\.$/, ''));
  const offset = offsetMinutes(zone);
  if (!month || offset === undefined) return undefined;
  const year = yearText.length === 2 ? 2000 + Number(yearText) - (Number(yearText) > 69 ? 100 : 0) : Number(yearText);
  const ms = Date.UTC(year, month - 1, Number(day), Number(hour), Number(minute), Number(second));
  const check = new Date(ms);
  if (check.getUTCDate() !== Number(day) || Number(hour) > 23) return undefined;
  return ms - offset * 60_000;
}

function fromRfc3339(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = match;
  const offset = offsetMinutes(zone ?? 'Z');
  if (offset === undefined) return undefined;
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  if (new Date(ms).getUTCDate() !== +d) return undefined;
  return ms - offset * 60_000;
}

/** An item's date as a UTC instant (`2018-09-24T22:42:40Z`), or undefined when unreadable. */
export function publicationInstant(text: unknown): string | undefined {
  if (typeof text !== 'string' || !text.trim()) return undefined;
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const ms = fromRfc3339(trimmed) ?? fromRfc822(trimmed);
  return ms === undefined || Number.isNaN(ms) ? undefined : formatInstant(ms);
}
