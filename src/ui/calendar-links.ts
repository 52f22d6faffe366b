/**
 * The "Add to calendar" disclosure every card with a date offers: a downloaded `.ics` file and
 * a Google Calendar link for one entry. `block` names the card's own classes, so a card keeps
 * styling hooks of its own beside the shared look.
 */
import { css, html, type TemplateResult } from 'lit';
import { googleCalendarUrl, icsDataUrl, type CalendarEntry } from '../time/ics.js';
import type { RenderContext } from './feed-element.js';

export interface CalendarLinksOptions {
  /** The summary's text, such as "Add to calendar". */
  label: string;
  /** The card's title, added for screen readers so each disclosure has its own name. */
  itemTitle: string;
  /** Name of the downloaded file, without `.ics`. */
  fileName: string;
  /** Class prefix of the card: `event` gives `event__calendar` and `event__calendar-links`. */
  block: string;
}

/** A file name made of the safe characters of a feed id. */
export function icsFileName(id: string, fallback: string, suffix = ''): string {
  return `${id.replace(/[^\w-]+/g, '-').slice(0, 60) || fallback}${suffix}`;
}

export function calendarLinks(
  entry: CalendarEntry,
  { label, itemTitle, fileName, block }: CalendarLinksOptions,
  { messages, nowMs, locale }: RenderContext,
): TemplateResult {
  return html`<details class="calendar ${block}__calendar" part="calendar">
    <summary>${label}<span class="visually-hidden">: ${itemTitle}</span></summary>
    <ul class="calendar__links ${block}__calendar-links" lang=${locale}>
      <li>
        <a href=${icsDataUrl(entry, nowMs)} download=${`${fileName}.ics`}
          >${messages.events.downloadIcs}</a
        >
      </li>
      <li>
        <a href=${googleCalendarUrl(entry)} target="_blank" rel="noopener noreferrer"
          >${messages.events.googleCalendar}</a
        >
      </li>
    </ul>
  </details>`;
}

export const calendarLinksStyles = css`
  .calendar {
    margin-top: 8px;
  }

  .calendar summary {
    display: inline-block;
    padding: 6px 0;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }

  .calendar__links {
    margin: 4px 0 0;
    padding-inline-start: 20px;
  }

  .calendar__links li {
    margin: 4px 0;
  }
`;
