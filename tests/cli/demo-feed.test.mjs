// The demo's sample feed is what a district would publish: it must pass, and a copy with the
// mistakes staff make must be refused with each mistake named.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './build-cli.mjs';
import { runCli, workFolder } from './helpers.mjs';

const sampleFeed = join(repoRoot, 'demo', 'sample-feed.json');

test('validate passes the demo sample feed', async () => {
  const { code, stdout } = await runCli(['validate', sampleFeed]);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /valid/i);
});

test('validate lists each fault of a broken copy of the sample feed', async () => {
  const feed = JSON.parse(readFileSync(sampleFeed, 'utf8'));
  feed.events[0].start = '10/12/2026';
  delete feed.events[1].title;
  feed.opportunities[0].kind = 'internship';
  feed.posts[0].published = '2026-11-30';
  const broken = join(workFolder(), 'broken.json');
  writeFileSync(broken, JSON.stringify(feed, null, 2));

  const { code, stdout } = await runCli(['validate', broken]);
  assert.equal(code, 1);
  assert.match(stdout, /has 4 problems/);
  assert.match(stdout, new RegExp(`\\$\\.events\\[0\\]\\.start \\(id "${feed.events[0].id}"\\): must be a date`));
  assert.match(stdout, new RegExp(`\\$\\.events\\[1\\]\\.title \\(id "${feed.events[1].id}"\\): is required but missing`));
  assert.match(stdout, new RegExp(`\\$\\.opportunities\\[0\\]\\.kind \\(id "${feed.opportunities[0].id}"\\): must be one of`));
  assert.match(stdout, new RegExp(`\\$\\.posts\\[0\\]\\.published \\(id "${feed.posts[0].id}"\\): must be an instant`));
});
