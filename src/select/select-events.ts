/**
 * Which events an element shows, and in what order. The order never depends on the feed's
 * own order: start, then title in the locale's collation, then id.
 */
import type { FeedEvent } from '../feed/schema.js';
import { districtZone, type Feed } from '../feed/validate.js';
import {
  eventSpan,
  isCurrentOrUpcoming,
  spanStartKey,
  startsWithinDays,
  type EventSpan,
} from '../time/event-span.js';
import { byTitleThenId, matchesCriteria, type Criteria } from './criteria.js';
import { localize } from './localize.js';

export interface EventSelection extends Criteria {
  limit?: number;
  /** Only events starting within this many days from today. */
  days?: number;
  nowMs: number;
  visitorZone: string;
  locale: string;
}

export interface ScheduledEvent {
  event: FeedEvent;
  span: EventSpan;
}

export function selectEvents(feed: Feed, selection: EventSelection): ScheduledEvent[] {
  const zone = districtZone(feed);
  const scheduled: ScheduledEvent[] = [];
  for (const event of feed.events) {
    if (!matchesCriteria(event, selection)) continue;
    const span = eventSpan(event.start, event.end, event.timeZone ?? zone);
    if (!span || !isCurrentOrUpcoming(span, selection.nowMs, selection.visitorZone)) continue;
    if (selection.days !== undefined && !startsWithinDays(span, selection.days, selection.nowMs, selection.visitorZone)) {
      continue;
    }
    scheduled.push({ event: localize(event, selection.locale), span });
  }

  const tieBreak = byTitleThenId(selection.locale);
  scheduled.sort((a, b) => spanStartKey(a.span) - spanStartKey(b.span) || tieBreak(a.event, b.event));
  return selection.limit === undefined ? scheduled : scheduled.slice(0, selection.limit);
}
