/**
 * What browser tests share: a pinned clock and zone, fresh feed stores, and ways to read a
 * widget the way a visitor does (visible text, link targets, accessible names).
 */
import { waitUntil } from '@open-wc/testing';
import { clearFeedStores } from '../../src/feed/feed-store.js';
import { setClock, setVisitorTimeZone } from '../../src/time/clock.js';

/** Thursday 3 December 2026, 10:00 in Vancouver (Chromium's zone data: UTC−8 until then). */
export const NOW = Date.parse('2026-12-03T18:00:00Z');

let counter = 0;

/** Pins "now" and the visitor's zone, and forgets feeds loaded by earlier tests. */
export function pinTime(at: number | string = NOW, zone = 'America/Vancouver'): void {
  clearFeedStores();
  setClock(typeof at === 'string' ? Date.parse(at) : at);
  setVisitorTimeZone(zone);
}

export function releaseTime(): void {
  setClock(undefined);
  setVisitorTimeZone(undefined);
}

/** A fixture feed's address on the test server, unique to this call so counts start at 0. */
export function feedUrl(name: string, route = 'file'): string {
  counter += 1;
  return `/test-feeds/${route}/${name}?key=${route}-${name}-${counter}-${Date.now()}`;
}

/** How many requests the test server has seen for `url`. */
export async function requestCount(url: string): Promise<number> {
  const key = new URL(url, location.href).searchParams.get('key') ?? '';
  const response = await fetch(`/test-feeds/count/?of=${encodeURIComponent(key)}`);
  return (await response.json()).count - 0;
}

/** Status codes the test server sent for `url`, in order. */
export async function responseStatuses(url: string): Promise<number[]> {
  const key = new URL(url, location.href).searchParams.get('key') ?? '';
  const response = await fetch(`/test-feeds/count/?of=${encodeURIComponent(key)}`);
  return (await response.json()).statuses;
}

/** Tells the scripted feed at `url` to serve `fixture`, or to fail with an HTTP status. */
export async function scriptFeed(url: string, answer: { fixture?: string; mode?: 'ok' | number }): Promise<void> {
  const key = new URL(url, location.href).searchParams.get('key') ?? '';
  const query = new URLSearchParams({ key, fixture: answer.fixture ?? '', mode: String(answer.mode ?? 'ok') });
  await fetch(`/test-feeds/script/?${query}`);
}

/** Waits until the element has left its loading state. */
export async function settled(element: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await waitUntil(
    () => element.shadowRoot && !element.shadowRoot.querySelector('[part="loading"]') && element.shadowRoot.childElementCount > 0,
    `<${element.localName}> did not finish loading`,
    { timeout: 8000 },
  );
  await element.updateComplete;
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** Text as a person reads it: whitespace collapsed. */
export function visibleText(node: Element | null | undefined): string {
  return ((node as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
}

export function all<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...shadow(element).querySelectorAll<T>(selector)];
}

export function one<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`<${element.localName}> shows no ${selector}`);
  return found;
}

/** Collects console warnings while `action` runs. */
export async function captureWarnings(action: () => Promise<unknown> | unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.filter((arg) => typeof arg === 'string').join(' '));
  };
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}
