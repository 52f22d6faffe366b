// Shared steps of the career-feed tests: running the built command, and building a feed from a
// config written into a fresh temporary folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { careerFeedBin, repoRoot } from './build-cli.mjs';

export const fixtures = join(repoRoot, 'tests', 'cli', 'fixtures');
export const realFiles = join(repoRoot, '..', 'shared', 'data', 'real');

/** The fixed clock every test build runs on. */
export const NOW = '2027-03-01T12:00:00Z';

export const district = {
  id: 'sd99',
  name: 'Coast Mountains School District',
  timeZone: 'America/Vancouver',
  language: 'en-CA',
};

/** Runs career-feed with arguments; never throws on a non-zero exit. */
export async function runCli(args, { cwd = repoRoot } = {}) {
  const bin = await careerFeedBin();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const folders = [];
process.on('exit', () => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A new empty folder for one test's config and output, removed when the tests end. */
export function workFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'career-feed-test-'));
  folders.push(folder);
  return folder;
}

/**
 * Writes a config (with the test district and window unless given) into `folder` and builds it.
 * Returns the command's result and the written feed.
 */
export async function buildFeed(config, { folder = workFolder(), args = [] } = {}) {
  const full = { district, window: { from: '2027-01-01', to: '2027-12-31' }, out: 'feed.json', ...config };
  const configPath = join(folder, 'config.json');
  writeFileSync(configPath, JSON.stringify(full, null, 2));
  const result = await runCli(['build', configPath, '--now', NOW, ...args]);
  let feed;
  try {
    feed = JSON.parse(readFileSync(join(folder, full.out), 'utf8'));
  } catch {
    feed = undefined;
  }
  return { ...result, feed, folder, configPath };
}

/** A config source reading a fixture file. */
export function fixture(name) {
  return join(fixtures, name);
}

/** The event with this id, or a failure naming the ids there are. */
export function eventById(feed, id) {
  const event = feed.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}; events: ${feed.events.map((e) => e.id).join(', ')}`);
  return event;
}
