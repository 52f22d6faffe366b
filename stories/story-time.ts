/**
 * The moment every story is shown at. The fixture feeds are written around it ("Closes today",
 * "Updated 3 hours ago"), so a story looks the same on any day, in any zone, on any machine.
 */
import { setClock, setVisitorTimeZone } from '../src/time/clock.js';

/** Thursday 3 December 2026, mid-morning in Vancouver. */
export const STORY_NOW = Date.parse('2026-12-03T17:00:00Z');

/** The district's own zone, so times read as the fixtures write them. */
export const STORY_ZONE = 'America/Vancouver';

export function pinStoryTime(): void {
  setClock(STORY_NOW);
  setVisitorTimeZone(STORY_ZONE);
}

export function releaseStoryTime(): void {
  setClock(undefined);
  setVisitorTimeZone(undefined);
}
