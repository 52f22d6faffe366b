/// <reference types="node" />
/**
 * The `career-feed` command: builds the district feed from the calendars, spreadsheets and
 * social or news feeds a district already has, and checks feeds against the format.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { buildFeed } from './build-command.js';
import { validateCommand } from './validate-command.js';

const VERSION: string = __VERSION__;

const MAIN_HELP = `career-feed: build and check a district career feed.

Usage:
  career-feed build <config.json> [--out <feed.json>] [--strict]
  career-feed validate <feed.json or https://…/feed.json> [--json]
  career-feed <command> --help

Commands:
  build      Read the sources listed in a config file and write the feed,
             with feed.schema.json beside it.
  validate   Check a feed file or address and list every problem.

Options:
  --help     Show help for the command.
  --version  Show the version of career-feed.
`;

const BUILD_HELP = `career-feed build <config.json> [options]

Reads every source in the config (iCalendar, CSV, RSS, Atom, JSON Feed, or another
district feed), stamps each item with its source's audiences, schools, stage and
tags, merges them and writes the feed. feed.schema.json and <feed>.sources.json
(which source gave which item) are written beside it.

A source that cannot be read keeps its items from the previous feed, and the
failure is reported. Nothing is rewritten when nothing changed.

Options:
  --out <file>   Where to write the feed (default: "out" in the config).
  --strict       Exit with status 1 when a source fails or an item is left out.
  --now <time>   Build as if it were this instant (2027-03-01T12:00:00Z), for
                 testing a config against a fixed date.
  --quiet        Print only problems, not the summary line.
  --help         Show this help.

Exit status: 0 built (problems are reported but do not fail the build unless
--strict), 1 --strict and something failed, 2 the config or command is wrong.
`;

const VALIDATE_HELP = `career-feed validate <file or URL> [options]

Checks a feed against the version 1 format and lists every problem with its JSON
path, the item's id and the reason.

Options:
  --json   Print the result as JSON.
  --help   Show this help.

Exit status: 0 the feed is valid with no problems at all, 1 it has problems,
2 it could not be read.
`;

type Output = (line: string) => void;
const toStdout: Output = (line) => process.stdout.write(`${line}\n`);
const toStderr: Output = (line) => process.stderr.write(`${line}\n`);

async function runBuild(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      strict: { type: 'boolean', default: false },
      now: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    toStdout(BUILD_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    toStderr('career-feed build needs one config file. See: career-feed build --help');
    return 2;
  }
  const now = values.now ? Date.parse(values.now) : Date.now();
  if (Number.isNaN(now)) {
    toStderr(`career-feed build: --now "${values.now}" is not a time like 2027-03-01T12:00:00Z`);
    return 2;
  }

  try {
    const config = await loadConfig(positionals[0]);
    return await buildFeed(config, {
      out: values.out,
      strict: values.strict,
      now,
      report: toStderr,
      inform: values.quiet ? () => {} : toStdout,
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      toStderr(error.message);
      return 2;
    }
    throw error;
  }
}

async function runValidate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    toStdout(VALIDATE_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    toStderr('career-feed validate needs one feed file or address. See: career-feed validate --help');
    return 2;
  }
  return validateCommand(positionals[0], { json: values.json, print: toStdout });
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'build':
      return runBuild(rest);
    case 'validate':
      return runValidate(rest);
    case '--version':
    case '-v':
      toStdout(VERSION);
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      toStdout(MAIN_HELP);
      return command === undefined ? 2 : 0;
    default:
      toStderr(`career-feed: unknown command "${command}".\n\n${MAIN_HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    toStderr(`career-feed: ${message}`);
    process.exitCode = 2;
  },
);
