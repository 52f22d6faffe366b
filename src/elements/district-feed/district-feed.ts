import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { spaceSeparated, wholeNumber } from '../../ui/attribute-converters.js';
import { feedSettingsContext, type FeedSettings } from '../../ui/feed-settings.js';
import { isTheme, type Theme } from '../../ui/theme.js';

/**
 * Configures every district widget inside it at once: the feed address, the school, the
 * audiences, the language, the theme and the refresh period. A widget's own attribute wins over
 * the provider's. However many widgets sit inside, the feed is fetched once.
 *
 * @tagname district-feed
 * @summary Shared settings for the district widgets inside it.
 *
 * @attr src - Address of the district feed (JSON), for every widget inside.
 * @attr school - School id: district-wide items plus that school's.
 * @attr audience - Space-separated audiences: students, parents, educators, district, community.
 * @attr lang - Language of the widgets inside (en, fr-CA); inherited like any lang attribute.
 * @attr theme - light (default), dark, or auto, for every widget inside.
 * @attr refresh - Seconds between checks for a newer feed. Default 300; 0 turns it off.
 *
 * @slot - The widgets, and any other content of the page.
 */
export class DistrictFeed extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    src: { reflect: true },
    school: {},
    audience: { converter: spaceSeparated },
    theme: {},
    refresh: { converter: wholeNumber },
  };

  declare src: string | undefined;
  declare school: string | undefined;
  declare audience: string[] | undefined;
  declare theme: Theme | undefined;
  declare refresh: number | undefined;

  readonly #provider = new ContextProvider(this, { context: feedSettingsContext, initialValue: {} });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const settings: FeedSettings = {
      src: this.src || undefined,
      school: this.school || undefined,
      audience: this.audience?.length ? this.audience : undefined,
      theme: isTheme(this.theme) ? this.theme : undefined,
      refresh: this.refresh,
    };
    this.#provider.setValue(settings);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'district-feed': DistrictFeed;
  }
}
