/**
 * The filters a webmaster sets with attributes: who the item is for, which school shows it,
 * where it sits on the career-education path, and its topics.
 */
import type { Audience, Stage } from '../feed/schema.js';

export interface Criteria {
  /** Shown when the item is for any of these (an item with no audiences is for everyone). */
  audiences?: readonly string[];
  /** District-wide items plus this school's. */
  school?: string;
  stages?: readonly string[];
  /** Shown when the item carries any of these tags. */
  tags?: readonly string[];
}

interface Filterable {
  audiences?: Audience[];
  schools?: string[];
  stage?: Stage;
  tags?: string[];
}

const lower = (values: readonly string[]) => values.map((value) => value.toLowerCase());

export function matchesCriteria(item: Filterable, criteria: Criteria): boolean {
  const { audiences, school, stages, tags } = criteria;
  if (audiences?.length && item.audiences?.length) {
    if (!item.audiences.some((audience) => audiences.includes(audience))) return false;
  }
  if (school && item.schools?.length && !item.schools.includes(school)) return false;
  if (stages?.length && (!item.stage || !stages.includes(item.stage))) return false;
  if (tags?.length) {
    const wanted = lower(tags);
    if (!lower(item.tags ?? []).some((tag) => wanted.includes(tag))) return false;
  }
  return true;
}

/** A comparer for the last two steps of every sort: title in the locale's collation, then id. */
export function byTitleThenId(locale: string) {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return (a: { title?: string; id: string }, b: { title?: string; id: string }) =>
    collator.compare(a.title ?? '', b.title ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
