/**
 * "Now", and the visitor's time zone, in one replaceable place.
 *
 * Every date rule in the library asks this module instead of calling `Date.now()`, so a test
 * (or a preview tool) can pin the clock and the zone and see exactly what a visitor would see.
 * Elements whose text depends on the time ("Closes today", "3 hours ago") subscribe to one shared
 * ticker here rather than each starting a timer of its own.
 */
import { browserTimeZone } from './zone.js';

type Listener = () => void;

let readNow: () => number = () => Date.now();
let zoneOverride: string | undefined;
const listeners = new Set<Listener>();
let ticker: ReturnType<typeof setInterval> | undefined;

/** How often time-dependent text is refreshed on an open page. */
const TICK_MS = 30_000;

/** The current instant, in milliseconds since the epoch. */
export function now(): number {
  return readNow();
}

/** The zone dates and times are shown to the visitor in. */
export function visitorTimeZone(): string {
  return zoneOverride ?? browserTimeZone();
}

/**
 * Pins the clock to an instant (or a function of real time); `undefined` restores the real clock.
 * Subscribers are told at once, so pinned pages update as if time had passed.
 */
export function setClock(source: number | Date | (() => number) | undefined): void {
  if (source === undefined) readNow = () => Date.now();
  else if (typeof source === 'function') readNow = source;
  else {
    const fixed = +source;
    readNow = () => fixed;
  }
  notifyTimeChanged();
}

/** Shows dates as a visitor in `zone` would see them; `undefined` restores the browser's zone. */
export function setVisitorTimeZone(zone: string | undefined): void {
  zoneOverride = zone;
  notifyTimeChanged();
}

/** Calls `listener` every tick while it is subscribed; returns the unsubscribe function. */
export function onTimeChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!ticker) ticker = setInterval(notifyTimeChanged, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && ticker) {
      clearInterval(ticker);
      ticker = undefined;
    }
  };
}

/** Tells every subscriber that "now" has moved. */
export function notifyTimeChanged(): void {
  for (const listener of [...listeners]) listener();
}
