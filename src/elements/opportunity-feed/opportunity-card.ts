/**
 * One opportunity as a card: what it is, who offers it, for which grades, where, what it pays,
 * how long it stays open, and a way to put its deadline in a calendar. Every field is text
 * except the description, which goes through the one sanitiser.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedOpportunity } from '../../feed/schema.js';
import type { ListedOpportunity } from '../../select/select-opportunities.js';
import { deadlineDay, formatFeedDate } from '../../time/deadline.js';
import { instantOfFeedDate, readFeedDate } from '../../time/feed-date.js';
import { zoneDiffers } from '../../time/format-span.js';
import type { CalendarEntry } from '../../time/ics.js';
import { calendarLinks, icsFileName } from '../../ui/calendar-links.js';
import { deadlineUrgency } from '../../time/urgency.js';
import type { RenderContext } from '../../ui/feed-element.js';
import { heading } from '../../ui/heading.js';
import { locationText } from '../../ui/location-text.js';
import { safeUrl } from '../../ui/safe-url.js';
import { descriptionContent } from '../../ui/sanitize-description.js';

export function opportunityCard(
  listed: ListedOpportunity,
  index: number,
  level: number,
  context: RenderContext,
  feedUrl: string | undefined,
): TemplateResult {
  const { opportunity } = listed;
  const { messages } = context;
  const text = messages.opportunities;
  const titleId = `opportunity-${index}`;
  const href = safeUrl(opportunity.url);
  const title = href ? html`<a href=${href}>${opportunity.title}</a>` : opportunity.title;

  return html`<li
    class="opportunity card"
    part="opportunity"
    data-id=${opportunity.id}
    data-kind=${opportunity.kind}
  >
    <article aria-labelledby=${titleId}>
      ${heading(level, titleId, 'opportunity__title card__title', title)}
      <p class="opportunity__status">
        <span class="badge" part="kind"
          ><span class="visually-hidden">${text.kind}: </span>${text.kinds[opportunity.kind]}</span
        >
        ${when(listed, context)}
      </p>
      ${provider(opportunity, context)} ${facts(opportunity, context)}
      ${opportunity.summary ? html`<p class="opportunity__summary">${opportunity.summary}</p>` : nothing}
      ${
        opportunity.description
          ? html`<div class="opportunity__description" part="description">
              ${descriptionContent(opportunity.description, feedUrl)}
            </div>`
          : nothing
      }
      ${addDeadlineToCalendar(listed, context)}
    </article>
  </li>`;
}

/** "Opens …", "Closes today", "Closes in 3 days", "Rolling — apply any time". */
function when(listed: ListedOpportunity, context: RenderContext): TemplateResult | typeof nothing {
  const { opportunity, zone } = listed;
  const text = context.messages.opportunities;
  const opens =
    listed.opensAt !== undefined && opportunity.opens
      ? html`<span class="opportunity__opens" part="opens"
          ><time datetime=${machineValue(opportunity.opens, zone)}
            >${text.opensOn(formatFeedDate(opportunity.opens, zone, context))}</time
          ></span
        >`
      : nothing;

  if (opportunity.deadline) {
    const urgency = deadlineUrgency(opportunity.deadline, zone, context.nowMs);
    return html`${opens}<span
        class="opportunity__deadline"
        part="deadline"
        data-urgency=${urgency?.when ?? 'later'}
        ><span class="visually-hidden">${text.deadline}: </span
        ><time datetime=${machineValue(opportunity.deadline, zone)}
          >${closesText(opportunity.deadline, listed, context)}</time
        ></span
      >`;
  }
  if (opportunity.rolling)
    return html`${opens}<span class="opportunity__deadline" part="deadline" data-urgency="rolling"
        >${text.rolling}</span
      >`;
  return opens;
}

function closesText(
  deadline: string,
  { zone, closesAt }: ListedOpportunity,
  context: RenderContext,
): string {
  const text = context.messages.opportunities;
  const urgency = deadlineUrgency(deadline, zone, context.nowMs);
  const timed = readFeedDate(deadline)?.form !== 'date' && closesAt !== undefined;
  const time = timed ? timeOfDay(closesAt!, zone, context) : undefined;
  switch (urgency?.when) {
    case 'today':
      return text.closesToday(time);
    case 'tomorrow':
      return text.closesTomorrow(time);
    case 'soon':
      return text.closesInDays(urgency.days);
    default:
      return text.closesOn(formatFeedDate(deadline, zone, context));
  }
}

/** "4:00 PM", naming the zone when the visitor's clock reads differently. */
function timeOfDay(instant: number, zone: string, { locale, visitorZone }: RenderContext): string {
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: zone,
    ...(zoneDiffers(zone, visitorZone, instant) ? { timeZoneName: 'short' } : {}),
  }).format(instant);
}

/** A `<time datetime>` value: the date itself for a date, else the instant in UTC. */
function machineValue(value: string, zone: string): string {
  const date = readFeedDate(value);
  if (!date || date.form === 'date') return value;
  return new Date(instantOfFeedDate(date, zone)).toISOString();
}

function provider(
  opportunity: FeedOpportunity,
  { messages }: RenderContext,
): TemplateResult | typeof nothing {
  if (!opportunity.provider) return nothing;
  const href = safeUrl(opportunity.provider.url);
  const name = opportunity.provider.name;
  return html`<p class="opportunity__provider" part="provider">
    <span class="visually-hidden">${messages.opportunities.provider}: </span>
    ${href ? html`<a href=${href}>${name}</a>` : name}
  </p>`;
}

function facts(
  opportunity: FeedOpportunity,
  { messages }: RenderContext,
): TemplateResult | typeof nothing {
  const text = messages.opportunities;
  const grades = text.gradeRange(opportunity.grades?.min, opportunity.grades?.max);
  const where = locationText(opportunity.location, messages);
  const whereHref = safeUrl(opportunity.location?.url);
  const pay = opportunity.compensation?.trim();
  if (!grades && !where && !pay) return nothing;

  return html`<ul class="opportunity__facts">
    ${grades ? html`<li class="opportunity__grades" part="grades">${grades}</li>` : nothing}
    ${
      where
        ? html`<li class="opportunity__where" part="where">
            <span class="visually-hidden">${text.where}: </span
            >${whereHref ? html`<a href=${whereHref}>${where}</a>` : where}
          </li>`
        : nothing
    }
    ${
      pay
        ? html`<li class="opportunity__compensation" part="compensation">
            <span class="visually-hidden">${text.compensation}: </span>${pay}
          </li>`
        : nothing
    }
  </ul>`;
}

/**
 * The deadline as a calendar entry: an all-day entry on the deadline day for a date, a moment
 * for a time. Rolling opportunities have no deadline to save.
 */
function addDeadlineToCalendar(
  listed: ListedOpportunity,
  context: RenderContext,
): TemplateResult | typeof nothing {
  const { opportunity, zone, closesAt } = listed;
  if (!opportunity.deadline || closesAt === undefined) return nothing;
  const day = deadlineDay(opportunity.deadline, zone);
  if (!day) return nothing;

  const { messages } = context;
  const text = messages.opportunities;
  const dateOnly = readFeedDate(opportunity.deadline)?.form === 'date';
  const entry: CalendarEntry = {
    uid: `${opportunity.id}-deadline`,
    title: text.calendarTitle(opportunity.title),
    span: dateOnly
      ? { kind: 'days', first: day, last: day, zone }
      : { kind: 'timed', start: closesAt, zone },
    description: opportunity.summary,
    location: locationText(opportunity.location, messages),
    url: safeUrl(opportunity.url),
  };
  return calendarLinks(
    entry,
    {
      label: text.addToCalendar,
      itemTitle: opportunity.title,
      fileName: icsFileName(opportunity.id, 'opportunity', '-deadline'),
      block: 'opportunity',
    },
    context,
  );
}
