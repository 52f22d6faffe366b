/**
 * Settings a `<district-feed>` hands down to every widget inside it, through `@lit/context`.
 *
 * The context key is a registered symbol rather than a module-level one, so a provider from
 * one copy of the library and a widget from another copy on the same page still find each other.
 */
import { createContext } from '@lit/context';
import type { Theme } from './theme.js';

export interface FeedSettings {
  src?: string;
  school?: string;
  audience?: string[];
  theme?: Theme;
  /** Seconds between refreshes; 0 turns refreshing off. */
  refresh?: number;
}

export const feedSettingsContext = createContext<FeedSettings>(Symbol.for('district-career-widgets.feed-settings'));
