import type { Messages } from '../i18n/messages-en.js';

interface Location {
  name?: string;
  address?: string;
  online?: boolean;
}

/** "Online", or the place's name and address, as one line of text. */
export function locationText(location: Location | undefined, messages: Messages): string | undefined {
  if (!location) return undefined;
  const place = [location.name, location.address].filter(Boolean).join(', ');
  if (!location.online) return place || undefined;
  // A place named "Online (Teams)" already says it; only add the word when it does not.
  const saysOnline = place.toLocaleLowerCase().includes(messages.online.toLocaleLowerCase());
  return place ? (saysOnline ? place : `${messages.online} · ${place}`) : messages.online;
}
