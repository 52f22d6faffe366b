/** One event as a card: what, when, where, for whom, how to sign up and save it. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedEvent } from '../../feed/schema.js';
import type { ScheduledEvent } from '../../select/select-events.js';
import { deadlineClosesAt, formatFeedDate } from '../../time/deadline.js';
import { formatSpan, machineDate } from '../../time/format-span.js';
import type { CalendarEntry } from '../../time/ics.js';
import { calendarLinks, icsFileName } from '../../ui/calendar-links.js';
import type { RenderContext } from '../../ui/feed-element.js';
import { heading } from '../../ui/heading.js';
import { locationText } from '../../ui/location-text.js';
import { safeUrl } from '../../ui/safe-url.js';

export function eventCard(
  { event, span }: ScheduledEvent,
  level: number,
  context: RenderContext,
): TemplateResult {
  const { messages, locale, nowMs, visitorZone } = context;
  const titleId = `event-${cssSafe(event.id)}`;
  const href = safeUrl(event.url);
  const status = event.status ?? 'scheduled';
  const where = locationText(event.location, messages);
  const whereHref = safeUrl(event.location?.url);
  const title = href ? html`<a href=${href}>${event.title}</a>` : event.title;
  const audiences = (event.audiences ?? []).map((audience) => messages.audiences[audience]);

  return html`<li class="event card" part="event" data-id=${event.id} data-status=${status}>
    <article aria-labelledby=${titleId}>
      ${heading(level, titleId, 'event__title card__title', title)}
      ${
        status === 'scheduled'
          ? nothing
          : html`<p class="event__status">
              <span
                class="badge ${status === 'cancelled' ? 'badge--alert' : 'badge--warning'}"
                part="status"
                >${status === 'cancelled' ? messages.events.cancelled : messages.events.postponed}</span
              >
            </p>`
      }
      <p class="event__when" part="when">
        <span class="visually-hidden">${messages.events.when}: </span>
        <time datetime=${machineDate(span)}
          >${formatSpan(span, { locale, visitorZone, nowMs })}</time
        >
      </p>
      ${
        where
          ? html`<p class="event__where" part="where">
              <span class="visually-hidden">${messages.events.where}: </span>
              ${whereHref ? html`<a href=${whereHref}>${where}</a>` : where}
            </p>`
          : nothing
      }
      ${event.summary ? html`<p class="event__summary">${event.summary}</p>` : nothing}
      ${
        audiences.length
          ? html`<p class="event__audiences">${messages.audienceLabel}: ${audiences.join(', ')}</p>`
          : nothing
      }
      ${status === 'cancelled' ? nothing : registration(event, span.zone, context)}
      ${status === 'cancelled' ? nothing : addToCalendar(event, { uid: event.id, title: event.title, span }, context)}
    </article>
  </li>`;
}

/** An id usable inside the shadow root, from a feed id that may hold any character. */
function cssSafe(id: string): string {
  return id.replace(/[^\w-]/g, (character) => `_${character.codePointAt(0)!.toString(16)}`);
}

function registration(
  event: FeedEvent,
  zone: string,
  context: RenderContext,
): TemplateResult | typeof nothing {
  const { messages } = context;
  const href = safeUrl(event.registration?.url);
  const deadline = event.registration?.deadline;
  if (!href && !deadline) return nothing;

  const closesAt = deadline ? deadlineClosesAt(deadline, zone) : undefined;
  if (closesAt !== undefined && closesAt <= context.nowMs) {
    return html`<p class="event__registration">${messages.events.registrationClosed}</p>`;
  }
  const by = deadline
    ? messages.events.registerBy(formatFeedDate(deadline, zone, context))
    : undefined;
  return html`<p class="event__registration">
    ${
      href
        ? html`<a class="button" part="register-link" href=${href}
            >${messages.events.register}<span class="visually-hidden">: ${event.title}</span></a
          >`
        : nothing
    }
    ${by ? html`<span class="event__deadline">${by}</span>` : nothing}
  </p>`;
}

function addToCalendar(
  event: FeedEvent,
  entry: CalendarEntry,
  context: RenderContext,
): TemplateResult {
  const { messages } = context;
  const full: CalendarEntry = {
    ...entry,
    description: event.summary,
    location: locationText(event.location, messages),
    url: safeUrl(event.url),
  };
  return calendarLinks(
    full,
    {
      label: messages.events.addToCalendar,
      itemTitle: event.title,
      fileName: icsFileName(event.id, 'event'),
      block: 'event',
    },
    context,
  );
}
