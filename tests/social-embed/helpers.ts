/** What the social-embed tests share: mounting the element and finding one post's card. */
import { fixture, type html } from '@open-wc/testing';
import type { SocialEmbed } from '../../src/elements/social-embed/social-embed.js';
import { all, settled } from '../helpers/widgets.js';

export async function postsElement(template: ReturnType<typeof html>): Promise<SocialEmbed> {
  const mounted = await fixture<HTMLElement>(template);
  const element = (mounted.localName === 'social-embed' ? mounted : mounted.querySelector('social-embed')) as SocialEmbed;
  await settled(element);
  return element;
}

export function card(element: Element, id: string): HTMLElement {
  const found = all(element, '.post').find((post) => post.dataset.id === id);
  if (!found) throw new Error(`no post "${id}" is shown`);
  return found;
}

export const shownIds = (element: Element) => all(element, '.post').map((post) => post.dataset.id);

/** The accessible text of a link or button whose name includes visually hidden words. */
export const spokenText = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
