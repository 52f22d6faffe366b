/**
 * Which opportunities an element shows, and in what order: open ones and ones still to open,
 * soonest deadline first, rolling ones last, then title in the locale's collation, then id.
 * Nothing depends on the feed's own order.
 */
import type { FeedOpportunity } from '../feed/schema.js';
import { districtZone, type Feed } from '../feed/validate.js';
import { deadlineClosesAt, opensAt } from '../time/deadline.js';
import { byTitleThenId, matchesCriteria, type Criteria } from './criteria.js';
import { gradesInclude } from './grades.js';
import { localize } from './localize.js';
import { matchesWords, searchWords } from './search-text.js';

export interface OpportunitySelection extends Criteria {
  /** Only these kinds; none means every kind. */
  kinds?: readonly string[];
  /** Only opportunities open to this grade (K = 0). */
  grade?: number;
  nowMs: number;
  locale: string;
}

export interface ListedOpportunity {
  /** The opportunity with its texts in the element's language. */
  opportunity: FeedOpportunity;
  /** The zone its dates are read in: the district's. */
  zone: string;
  /** The first instant at which it has closed; `undefined` when it has no deadline. */
  closesAt?: number;
  /** Set while it has not opened yet: the instant it opens. */
  opensAt?: number;
}

export function selectOpportunities(
  feed: Feed,
  selection: OpportunitySelection,
): ListedOpportunity[] {
  const zone = districtZone(feed);
  const kinds = selection.kinds?.length ? new Set(selection.kinds) : undefined;
  const listed: ListedOpportunity[] = [];
  for (const opportunity of feed.opportunities) {
    if (!matchesCriteria(opportunity, selection)) continue;
    if (kinds && !kinds.has(opportunity.kind)) continue;
    if (!gradesInclude(opportunity.grades, selection.grade)) continue;

    // A deadline beside `rolling: true` still closes the opportunity: the later, more specific
    // statement is the safer reading of a feed that says both.
    const closesAt = opportunity.deadline
      ? deadlineClosesAt(opportunity.deadline, zone)
      : undefined;
    if (closesAt !== undefined && closesAt <= selection.nowMs) continue;
    const opens = opportunity.opens ? opensAt(opportunity.opens, zone) : undefined;

    listed.push({
      opportunity: localize(opportunity, selection.locale),
      zone,
      closesAt,
      opensAt: opens !== undefined && opens > selection.nowMs ? opens : undefined,
    });
  }

  const tieBreak = byTitleThenId(selection.locale);
  const key = (entry: ListedOpportunity) => entry.closesAt ?? Number.POSITIVE_INFINITY;
  listed.sort((a, b) => compareKeys(key(a), key(b)) || tieBreak(a.opportunity, b.opportunity));
  return listed;
}

function compareKeys(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

export interface VisitorNarrowing {
  /** Kinds the visitor picked; none means every kind. */
  kinds: readonly string[];
  /** Free text, matched against title, provider and summary. */
  query: string;
  locale: string;
  limit?: number;
}

/** What is left after the visitor's own choices in the controls bar, in the same order. */
export function narrowOpportunities(
  listed: readonly ListedOpportunity[],
  { kinds, query, locale, limit }: VisitorNarrowing,
): ListedOpportunity[] {
  const words = searchWords(query, locale);
  const narrowed = listed.filter(({ opportunity }) => {
    if (kinds.length && !kinds.includes(opportunity.kind)) return false;
    return matchesWords(
      words,
      [opportunity.title, opportunity.provider?.name, opportunity.summary],
      locale,
    );
  });
  return limit === undefined ? narrowed : narrowed.slice(0, limit);
}

/** The kinds present in a list, in the order of the feed format's list of kinds. */
export function kindsPresent<K extends string>(
  listed: readonly ListedOpportunity[],
  order: readonly K[],
): K[] {
  const present = new Set<string>(listed.map(({ opportunity }) => opportunity.kind));
  return order.filter((kind) => present.has(kind));
}
