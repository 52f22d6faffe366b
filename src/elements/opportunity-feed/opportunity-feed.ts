import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { OPPORTUNITY_KINDS, type OpportunityKind } from '../../feed/schema.js';
import {
  kindsPresent,
  narrowOpportunities,
  selectOpportunities,
} from '../../select/select-opportunities.js';
import { spaceSeparated } from '../../ui/attribute-converters.js';
import { calendarLinksStyles } from '../../ui/calendar-links.js';
import { FeedElement, type RenderContext } from '../../ui/feed-element.js';
import { emptyState } from '../../ui/state-templates.js';
import { gradeAttribute } from './grade-attribute.js';
import { opportunityCard } from './opportunity-card.js';
import { opportunityControls } from './opportunity-controls.js';
import { opportunityFeedStyles } from './opportunity-feed.styles.js';

/**
 * Open opportunities from the district feed: work experience, apprenticeships, dual credit,
 * scholarships, jobs and more, soonest deadline first.
 *
 * A date-only deadline lasts until the end of that day in the district's zone, wherever the
 * visitor is; a closed opportunity disappears by itself while the page stays open. With
 * `controls`, visitors can narrow the list by kind and search it; their choices never change
 * the page's address.
 *
 * Whatever is written inside the element (a link to the district's opportunities page, say)
 * is shown until the script runs, and stays as the fallback for visitors without JavaScript.
 *
 * @tagname opportunity-feed
 * @summary The district's open opportunities and their deadlines, filtered for this school.
 *
 * @attr src - Address of the district feed (JSON).
 * @attr audience - Space-separated audiences to show: students, parents, educators, district, community.
 * @attr school - School id: district-wide opportunities plus this school's.
 * @attr stage - Space-separated stages: awareness, exploration, engagement.
 * @attr tags - Space-separated tags; an opportunity is shown when it has any of them.
 * @attr kind - Space-separated kinds: work-experience, apprenticeship, dual-credit, scholarship, job, volunteer, program, camp, competition, other.
 * @attr grade - A grade (K or 0 to 12): only opportunities open to it. Those without grades always show.
 * @attr limit - The most opportunities to show.
 * @attr heading-level - Heading level (2–6) of each opportunity title. Default 3.
 * @attr lang - Language of texts and dates (en, fr-CA); inherited from the page when unset.
 * @attr theme - light (default), dark, or auto.
 * @attr refresh - Seconds between checks for a newer feed while the page is open. Default 300; 0 turns it off.
 * @attr controls - Shows a bar where visitors narrow the list by kind and search it.
 *
 * @slot - Fallback content, shown before the script runs, without JavaScript, and with the error message.
 *
 * @csspart controls - The visitor's bar of kind toggles and search.
 * @csspart kind-toggle - One kind's toggle button in the bar.
 * @csspart search - The search box.
 * @csspart count - The number of opportunities shown, announced to screen readers.
 * @csspart list - The list of opportunities.
 * @csspart opportunity - One opportunity card.
 * @csspart title - An opportunity's title.
 * @csspart kind - The kind badge.
 * @csspart opens - "Opens …" for one that has not opened yet.
 * @csspart deadline - The deadline: "Closes today", "Closes in 3 days", "Rolling — apply any time".
 * @csspart provider - The employer or institution.
 * @csspart grades - The grades it is open to.
 * @csspart where - The location.
 * @csspart compensation - Pay, stipend or credit.
 * @csspart description - The formatted description.
 * @csspart calendar - The "Add deadline to calendar" disclosure.
 * @csspart link - Links inside states.
 * @csspart loading - The loading placeholder.
 * @csspart empty - The "no open opportunities" message.
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
 * @cssprop --cw-danger - Deadlines closing today or tomorrow, and errors.
 * @cssprop --cw-warning - Warning marks.
 * @cssprop --cw-radius - Corner radius. Default 8px.
 * @cssprop --cw-gap - Space between cards. Default 12px.
 * @cssprop --cw-focus - Focus outline colour.
 */
export class OpportunityFeed extends FeedElement {
  static override styles = [...FeedElement.styles, calendarLinksStyles, opportunityFeedStyles];

  static override properties = {
    ...FeedElement.properties,
    kind: { converter: spaceSeparated },
    grade: { converter: gradeAttribute },
    controls: { type: Boolean },
  };

  /** Space-separated kinds to show; every kind when empty. */
  declare kind: string[];
  /** Only opportunities open to this grade (K = 0); those without grades always show. */
  declare grade: number | undefined;
  /** Shows the visitor's bar to narrow the list by kind and search it. */
  declare controls: boolean;
  // The visitor's choices in the bar: private state, so no attribute and no place in the manifest.
  #chosenKinds: OpportunityKind[] = [];
  #query = '';

  constructor() {
    super();
    this.kind = [];
    this.controls = false;
  }

  protected override get followsClock(): boolean {
    return true;
  }

  protected override renderFeed(context: RenderContext): TemplateResult {
    const { feed, messages, locale } = context;
    const open = selectOpportunities(feed, {
      ...context.criteria,
      kinds: this.kind,
      grade: this.grade,
      nowMs: context.nowMs,
      locale,
    });
    if (open.length === 0) return emptyState(messages.opportunities.empty, messages, feed.district);

    const kinds = kindsPresent(open, OPPORTUNITY_KINDS);
    const chosen = this.controls ? this.#chosenKinds.filter((kind) => kinds.includes(kind)) : [];
    const shown = narrowOpportunities(open, {
      kinds: chosen,
      query: this.controls ? this.#query : '',
      locale,
      limit: this.limit,
    });

    return html`${
      this.controls
        ? opportunityControls(
            {
              kinds,
              chosen,
              query: this.#query,
              count: shown.length,
              onToggleKind: (kind) => this.#toggleKind(kind),
              onSearch: (query) => this.#search(query),
            },
            messages,
          )
        : nothing
    }
    ${
      shown.length
        ? html`<ul class="opportunities card-list" part="list" aria-label=${messages.opportunities.listLabel}>
            ${repeat(
              shown,
              (listed) => listed.opportunity.id,
              (listed, index) => opportunityCard(listed, index, this.level, context, this.feedController.url),
            )}
          </ul>`
        : nothing
    }`;
  }

  #toggleKind(kind: OpportunityKind): void {
    this.#chosenKinds = this.#chosenKinds.includes(kind)
      ? this.#chosenKinds.filter((chosen) => chosen !== kind)
      : [...this.#chosenKinds, kind];
    this.requestUpdate();
  }

  #search(query: string): void {
    this.#query = query;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'opportunity-feed': OpportunityFeed;
  }
}
