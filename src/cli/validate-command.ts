/**
 * `career-feed validate`: checks a feed file or address and lists every problem with its JSON
 * path, the item's id and the reason, so district staff can find and fix each one.
 */
import { InvalidFeedError, validateFeed, type FeedProblem } from '../feed/validate.js';
import { readText } from './read-bytes.js';

export interface ValidateOptions {
  /** Print the problems as JSON instead of lines of text. */
  json: boolean;
  print(line: string): void;
}

function describe(problem: FeedProblem): string {
  const id = problem.id ? ` (id "${problem.id}")` : '';
  return `${problem.path}${id}: ${problem.reason}`;
}

/** Resolves to 0 when the feed is valid with no problems at all, 1 when it has any, 2 when unreadable. */
export async function validateCommand(location: string, options: ValidateOptions): Promise<number> {
  let text: string;
  try {
    text = (await readText(location, process.cwd())).text;
  } catch (error) {
    options.print(`career-feed validate: cannot read ${location}: ${(error as Error).message}`);
    return 2;
  }

  let problems: FeedProblem[];
  let fatal: string | undefined;
  try {
    problems = validateFeed(JSON.parse(text.replace(/^\uFEFF/, ''))).problems;
  } catch (error) {
    if (error instanceof InvalidFeedError) {
      fatal = error.message;
      problems = error.problems;
    } else if (error instanceof SyntaxError) {
      fatal = `${location} is not JSON: ${error.message}`;
      problems = [];
    } else {
      throw error;
    }
  }

  if (options.json) {
    options.print(JSON.stringify({ valid: !fatal && problems.length === 0, error: fatal, problems }, null, 2));
  } else if (fatal) {
    options.print(`${location}: ${fatal}`);
    for (const problem of problems) options.print(`  ${describe(problem)}`);
  } else if (problems.length === 0) {
    options.print(`${location} is a valid version 1 feed.`);
  } else {
    options.print(`${location} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const problem of problems) options.print(`  ${describe(problem)}`);
  }
  return fatal || problems.length ? 1 : 0;
}
