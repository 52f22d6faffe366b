/**
 * What every district widget shares: the attributes that choose a feed and filter it, the
 * link to the feed's store, the language, and the choice between loading, error and content.
 * Each element adds only its own attributes and how one feed becomes its cards.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed } from '../feed/validate.js';
import { formattingLocale, messagesFor, resolveLocale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages-en.js';
import { now, onTimeChange, visitorTimeZone } from '../time/clock.js';
import { spaceSeparated, wholeNumber } from './attribute-converters.js';
import { FeedController } from './feed-controller.js';
import { hostStyles } from './host-styles.js';
import { stateStyles } from './state-styles.js';
import { errorState, loadingState } from './state-templates.js';
import { warnOnce } from './warn.js';

/** What a render needs to know about where and when it happens. */
export interface RenderContext {
  feed: Feed;
  messages: Messages;
  /** The locale `Intl` formats with. */
  locale: string;
  nowMs: number;
  visitorZone: string;
}

export type Theme = 'light' | 'dark' | 'auto';

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
    theme: { reflect: true },
    lang: { reflect: true },
  };

  /** Address of the district feed (JSON). Relative addresses resolve against the page. */
  declare src: string | undefined;
  /** Space-separated audiences: `students parents educators district community`. */
  declare audience: string[];
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
  /** `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  declare theme: Theme | undefined;

  constructor() {
    super();
    this.audience = [];
    this.stage = [];
    this.tags = [];
  }

  protected readonly feedController = new FeedController(this);
  #stopTicking?: () => void;

  /** Time-dependent elements return true to re-render when the clock moves. */
  protected get followsClock(): boolean {
    return false;
  }

  /** Roughly how many cards tall the loading placeholder is. */
  protected get placeholderRows(): number {
    return Math.min(this.limit ?? 3, 3);
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
    if (!this.src) {
      warnOnce(
        `no-src:${this.localName}`,
        `<${this.localName}> has no src attribute, so it shows only what is written inside it. ` +
          `Add src="https://…/feed.json" with the address of the district feed.`,
        this,
      );
    }
    this.feedController.follow(this.src);
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
    if (!snapshot.feed) {
      if (snapshot.status === 'error') {
        return errorState(messages, snapshot.error, () => this.feedController.retry());
      }
      return loadingState(messages, this.placeholderRows);
    }

    return this.renderFeed({
      feed: snapshot.feed,
      messages,
      locale: formattingLocale(locale),
      nowMs: now(),
      visitorZone: visitorTimeZone(),
    });
  }

  /** The element's content for a loaded feed (which may have nothing to show). */
  protected abstract renderFeed(context: RenderContext): TemplateResult;
}
