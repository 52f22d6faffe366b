/** What the opportunity tests share: mounting an element and reading its cards. */
import { fixture, type html } from '@open-wc/testing';
import '../../src/elements/opportunity-feed/define.js';
import type { OpportunityFeed } from '../../src/elements/opportunity-feed/opportunity-feed.js';
import { instantOf } from '../../src/time/zone.js';
import { all, settled, visibleText } from '../helpers/widgets.js';

export const DISTRICT_ZONE = 'America/Vancouver';

/** The instant the district's wall clock reads this time (Chromium's own zone data decides the offset). */
export function districtTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return instantOf({ year, month, day, hour, minute, second }, DISTRICT_ZONE);
}

export async function opportunityElement(
  template: ReturnType<typeof html>,
): Promise<OpportunityFeed> {
  const element = await fixture<OpportunityFeed>(template);
  await settled(element);
  return element;
}

export const ids = (element: Element) =>
  all(element, '.opportunity').map((card) => card.dataset.id);

export function card(element: Element, id: string): HTMLElement {
  const found = all(element, '.opportunity').find((item) => item.dataset.id === id);
  if (!found) throw new Error(`no card for ${id}; shown: ${ids(element).join(', ')}`);
  return found;
}

/** The deadline line as read aloud and shown, without the visually hidden "Deadline:" prefix. */
export function deadlineText(element: Element, id: string): string {
  const deadline = card(element, id).querySelector('[part="deadline"]');
  return visibleText(deadline?.querySelector('time') ?? deadline);
}

/** Text as a screen reader gets it, visually hidden parts included. */
export function spokenText(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
