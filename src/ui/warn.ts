/**
 * Console messages for the webmaster. Each says which element, which item and which field,
 * and is printed once however many times the element renders.
 */
import type { FeedProblem } from '../feed/validate.js';

const said = new Set<string>();

/** Warns once per `key`. */
export function warnOnce(key: string, message: string, ...details: unknown[]): void {
  if (said.has(key)) return;
  said.add(key);
  console.warn(`District Career Widgets: ${message}`, ...details);
}

const reportedProblems = new WeakSet<object>();

/** One warning listing every item the feed left out; once per loaded copy of a feed. */
export function warnFeedProblems(
  element: Element,
  feedUrl: string,
  problems: readonly FeedProblem[],
  loadedCopy: object,
): void {
  if (problems.length === 0 || reportedProblems.has(loadedCopy)) return;
  reportedProblems.add(loadedCopy);
  const lines = problems.map((problem) => {
    const where = problem.collection
      ? `${problem.collection} item ${problem.id ? `"${problem.id}"` : `at ${problem.path}`}` +
        (problem.field ? `, field "${problem.field}"` : '')
      : problem.path;
    return `  • ${where}: ${problem.reason}`;
  });
  const count = new Set(problems.map((problem) => `${problem.collection}|${problem.path.split(']')[0]}`)).size;
  console.warn(
    `District Career Widgets: <${element.localName}> skipped ${count} item(s) of the feed ${feedUrl} ` +
      `that do not follow the feed format; everything else is shown. Fix these in the feed:\n${lines.join('\n')}`,
    element,
  );
}

/** Describes a feed failure in the console, once per failure. */
export function warnFeedError(element: Element, message: string, failure: object): void {
  if (reportedProblems.has(failure)) return;
  reportedProblems.add(failure);
  console.warn(`District Career Widgets: <${element.localName}> cannot show its feed. ${message}`, element);
}
