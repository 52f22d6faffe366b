/**
 * Which language an element speaks: its own `lang`, else the closest ancestor's (across shadow
 * roots, since a widget may sit inside another component), else the document's.
 */
import { en, type Messages } from './messages-en.js';
import { fr } from './messages-fr.js';

const catalogues: Record<string, Messages> = { en, fr };

/** The BCP 47 tag that applies to `element`, `en` when the page names none. */
export function resolveLocale(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return normalise(node.getAttribute('lang')!);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

function normalise(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The catalogue for a locale: `fr-CA` and `fr` read French, anything unknown reads English. */
export function messagesFor(locale: string): Messages {
  const language = locale.split('-')[0].toLowerCase();
  return catalogues[language] ?? en;
}

/** The locale `Intl` formats with: the tag itself when the catalogue speaks its language. */
export function formattingLocale(locale: string): string {
  return catalogues[locale.split('-')[0].toLowerCase()] ? locale : 'en';
}
