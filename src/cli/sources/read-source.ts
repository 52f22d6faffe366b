/**
 * One configured source, read into feed items by the reader for its type.
 */
import type { SourceConfig } from '../config.js';
import { readText } from '../read-bytes.js';
import { dateWindow, type DateWindow } from '../date-window.js';
import { readCalendar } from './ics.js';
import { readSpreadsheet } from './csv.js';
import { readSyndication } from './syndication.js';
import { readOtherFeed } from './feed.js';
import { emptyItems, type SourceResult } from './source-result.js';

/** What every reader may need to know about the build it is part of. */
export interface BuildContext {
  /** The config file's folder; relative source locations start here. */
  baseDir: string;
  districtZone?: string;
  window: DateWindow;
  /** The build's clock, in milliseconds since 1970 UTC. */
  now: number;
}

/** Reads a source; throws when it cannot be read at all, so the build can keep older items. */
export async function readSource(source: SourceConfig, context: BuildContext): Promise<SourceResult> {
  const { text, finalUrl } = await readText(source.location, context.baseDir);
  switch (source.type) {
    case 'ics': {
      const notes: string[] = [];
      const items = emptyItems();
      const window = source.window
        ? dateWindow(source.window, context.now, context.districtZone ?? 'UTC', context.window)
        : context.window;
      const floatingZone = source.timeZone ?? context.districtZone;
      items.events = readCalendar(text, { window, floatingZone, baseUrl: finalUrl }, notes);
      return { items, notes };
    }
    case 'csv':
      return readSpreadsheet(text, source, { baseUrl: finalUrl });
    case 'feed':
      return readOtherFeed(text, { baseUrl: finalUrl, districtZone: context.districtZone });
    default:
      return readSyndication(text, source, { baseUrl: finalUrl });
  }
}
