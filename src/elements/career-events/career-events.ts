import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { selectEvents } from '../../select/select-events.js';
import { calendarLinksStyles } from '../../ui/calendar-links.js';
import { FeedElement, type RenderContext } from '../../ui/feed-element.js';
import { wholeNumber } from '../../ui/attribute-converters.js';
import { emptyState } from '../../ui/state-templates.js';
import { careerEventsStyles } from './career-events.styles.js';
import { eventCard } from './event-card.js';

/**
 * Upcoming career events from the district feed: fairs, info nights, employer visits.
 *
 * Whatever is written inside the element (a link to the district's events page, say) is shown
 * until the script runs, and stays as the fallback for visitors without JavaScript.
 *
 * @tagname career-events
 * @summary The district's upcoming career events, filtered for this school.
 *
 * @attr src - Address of the district feed (JSON).
 * @attr audience - Space-separated audiences to show: students, parents, educators, district, community.
 * @attr school - School id: district-wide events plus this school's.
 * @attr stage - Space-separated stages: awareness, exploration, engagement.
 * @attr tags - Space-separated tags; an event is shown when it has any of them.
 * @attr limit - The most events to show.
 * @attr days - Only events starting within this many days.
 * @attr heading-level - Heading level (2–6) of each event title. Default 3.
 * @attr lang - Language of texts and dates (en, fr-CA); inherited from the page when unset.
 * @attr theme - light (default), dark, or auto.
 * @attr refresh - Seconds between checks for a newer feed while the page is open. Default 300; 0 turns it off.
 *
 * @slot - Fallback content, shown before the script runs, without JavaScript, and with the error message.
 *
 * @csspart list - The list of events.
 * @csspart event - One event card.
 * @csspart title - An event's title.
 * @csspart status - The Cancelled or Postponed mark.
 * @csspart when - The date and time.
 * @csspart where - The location.
 * @csspart register-link - The registration link.
 * @csspart calendar - The "Add to calendar" disclosure.
 * @csspart link - Links inside states.
 * @csspart loading - The loading placeholder.
 * @csspart empty - The "no events" message.
 * @csspart error - The error message.
 * @csspart retry-button - The Retry button of the error state and of the stale-copy note.
 * @csspart stale-note - The note shown above a kept copy when the feed cannot be refreshed.
 *
 * @fires feed-load - The element shows the feed for the first time (detail: url, fromCache).
 * @fires feed-update - The feed changed while shown (detail: url, fromCache).
 * @fires feed-error - The feed could not be loaded or refreshed (detail: url, kind, reason, status, showingKeptCopy).
 *
 * @cssprop --cw-font-family - Font family; the page's font when unset.
 * @cssprop --cw-font-size - Base font size. Default 16px.
 * @cssprop --cw-accent - Links, buttons and highlights.
 * @cssprop --cw-on-accent - Text on accent-coloured buttons.
 * @cssprop --cw-text - Body text colour.
 * @cssprop --cw-muted - Secondary text colour.
 * @cssprop --cw-surface - Card background.
 * @cssprop --cw-surface-alt - Badges and placeholders.
 * @cssprop --cw-border - Card borders.
 * @cssprop --cw-danger - Cancelled marks and errors.
 * @cssprop --cw-warning - Postponed marks.
 * @cssprop --cw-radius - Corner radius. Default 8px.
 * @cssprop --cw-gap - Space between cards. Default 12px.
 * @cssprop --cw-focus - Focus outline colour.
 */
export class CareerEvents extends FeedElement {
  static override styles = [...FeedElement.styles, calendarLinksStyles, careerEventsStyles];

  static override properties = { ...FeedElement.properties, days: { converter: wholeNumber } };

  /** Only events starting within this many days from today. */
  declare days: number | undefined;

  protected override get followsClock(): boolean {
    return true;
  }

  protected override renderFeed(context: RenderContext): TemplateResult {
    const { feed, messages } = context;
    const events = selectEvents(feed, {
      ...context.criteria,
      limit: this.limit,
      days: this.days,
      nowMs: context.nowMs,
      visitorZone: context.visitorZone,
      locale: context.locale,
    });
    if (events.length === 0) return emptyState(messages.events.empty, messages, feed.district);

    return html`<ul class="events card-list" part="list" aria-label=${messages.events.listLabel}>
      ${repeat(
        events,
        ({ event }) => event.id,
        (scheduled) => eventCard(scheduled, this.level, context),
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-events': CareerEvents;
  }
}
