/**
 * What every district widget shares: the attributes that choose a feed and filter it, the
 * settings handed down by a surrounding `<district-feed>`, the link to the feed's store, the
 * language, and the choice between loading, error and content. Each element adds only its own
 * attributes and how one feed becomes its cards.
 */
import { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_REFRESH_SECONDS } from '../feed/feed-store.js';
import type { Feed } from '../feed/validate.js';
import { formattingLocale, messagesFor, resolveLocale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages-en.js';
import type { Criteria } from '../select/criteria.js';
import { now, onTimeChange, visitorTimeZone } from '../time/clock.js';
import { spaceSeparated, wholeNumber } from './attribute-converters.js';
import { FeedController } from './feed-controller.js';
import { feedSettingsContext, type FeedSettings } from './feed-settings.js';
import { hostStyles } from './host-styles.js';
import { staleNote } from './stale-note.js';
import { stateStyles } from './state-styles.js';
import { errorState, loadingState } from './state-templates.js';
import { isTheme, type Theme } from './theme.js';
import { warnOnce } from './warn.js';

/** What a render needs to know about where and when it happens. */
export interface RenderContext {
  feed: Feed;
  messages: Messages;
  /** The locale `Intl` formats with. */
  locale: string;
  nowMs: number;
  visitorZone: string;
  /** The filters in force: the element's own attributes, else its `<district-feed>`'s. */
  criteria: Criteria;
}

export type { Theme };

export abstract class FeedElement extends LitElement {
  static override styles = [hostStyles, stateStyles];

  static override properties = {
    src: { reflect: true },
    audience: { converter: spaceSeparated },
    school: {},
    stage: { converter: spaceSeparated },
    tags: { converter: spaceSeparated },
    limit: { converter: wholeNumber },
    headingLevel: { attribute: 'heading-level', converter: wholeNumber },
    refresh: { converter: wholeNumber },
    theme: { reflect: true },
    lang: { reflect: true },
  };

  /** Address of the district feed (JSON). Relative addresses resolve against the page. */
  declare src: string | undefined;
  /** Space-separated audiences: `students parents educators district community`. */
  declare audience: string[] | undefined;
  /** A school id: shows district-wide items plus that school's own. */
  declare school: string | undefined;
  /** Space-separated stages: `awareness exploration engagement`. */
  declare stage: string[];
  /** Space-separated tags; an item is shown when it has any of them. */
  declare tags: string[];
  /** The most items to show. */
  declare limit: number | undefined;
  /** Level (2–6) of each card's heading, to fit the page's outline. Default 3. */
  declare headingLevel: number | undefined;
  /** Seconds between checks for a newer feed while the page is open. Default 300; 0 turns it off. */
  declare refresh: number | undefined;
  /** `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  declare theme: Theme | undefined;

  protected readonly feedController = new FeedController(this);
  readonly #provider = new ContextConsumer(this, {
    context: feedSettingsContext,
    subscribe: true,
    callback: () => this.requestUpdate(),
  });
  #stopTicking?: () => void;

  constructor() {
    super();
    this.stage = [];
    this.tags = [];
  }

  /** Time-dependent elements return true to re-render when the clock moves. */
  protected get followsClock(): boolean {
    return false;
  }

  /** Roughly how many cards tall the loading placeholder is. */
  protected get placeholderRows(): number {
    return Math.min(this.limit ?? 3, 3);
  }

  /** The settings of the surrounding `<district-feed>`, if there is one. */
  protected get inherited(): FeedSettings {
    return this.#provider.value ?? {};
  }

  /** The feed address in force: the element's own, else its provider's. */
  protected get feedSource(): string | undefined {
    return this.src || this.inherited.src || undefined;
  }

  /** The filters in force; an attribute on the element overrides its provider's. */
  protected get criteria(): Criteria {
    return {
      audiences: this.audience ?? this.inherited.audience ?? [],
      school: this.school ?? this.inherited.school,
      stages: this.stage,
      tags: this.tags,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.followsClock) this.#stopTicking = onTimeChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTicking?.();
    this.#stopTicking = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const source = this.feedSource;
    if (!source) {
      warnOnce(
        `no-src:${this.localName}`,
        `<${this.localName}> has no src attribute and no <district-feed src="…"> around it, so it ` +
          `shows only what is written inside it. Add src="https://…/feed.json" with the address of the district feed.`,
        this,
      );
    }
    this.feedController.follow(source, this.refresh ?? this.inherited.refresh ?? DEFAULT_REFRESH_SECONDS);

    // The styles select on data-theme, which holds the theme in force wherever it came from.
    const theme = isTheme(this.theme) ? this.theme : this.inherited.theme;
    if (theme && theme !== 'light') this.dataset.theme = theme;
    else delete this.dataset.theme;
  }

  /** The heading level to use, clamped to 2–6. */
  protected get level(): number {
    const level = this.headingLevel ?? 3;
    return Math.min(6, Math.max(2, level));
  }

  protected override render(): TemplateResult | typeof nothing {
    const snapshot = this.feedController.snapshot;
    if (!snapshot) return html`<slot></slot>`;

    const locale = resolveLocale(this);
    const messages = messagesFor(locale);
    const retry = () => this.feedController.retry();
    if (!snapshot.feed) {
      if (snapshot.status === 'error') return errorState(messages, snapshot.error, retry);
      return loadingState(messages, this.placeholderRows);
    }

    const context: RenderContext = {
      feed: snapshot.feed,
      messages,
      locale: formattingLocale(locale),
      nowMs: now(),
      visitorZone: visitorTimeZone(),
      criteria: this.criteria,
    };
    return html`${snapshot.status === 'error' ? staleNote(snapshot, context, retry) : nothing}${this.renderFeed(context)}`;
  }

  /** The element's content for a loaded feed (which may have nothing to show). */
  protected abstract renderFeed(context: RenderContext): TemplateResult;
}
