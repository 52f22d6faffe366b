import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, runCli, workFolder } from './helpers.mjs';

test('validate lists every fault with its path, id and reason, and exits 1', async () => {
  const { code, stdout } = await runCli(['validate', fixture('broken-feed.json')]);
  assert.equal(code, 1);
  assert.match(stdout, /has 4 problems/);
  assert.match(stdout, /\$\.events\[1\]\.start \(id "bad-start"\): must be a date/);
  assert.match(stdout, /\$\.events\[2\]\.title \(id "no-title"\): is required but missing/);
  assert.match(stdout, /\$\.events\[3\]\.timeZone \(id "bad-zone"\): must be an IANA time zone/);
  assert.match(stdout, /\$\.posts\[0\]\.network \(id "p1"\): must be one of/);
});

test('validate --json gives the same problems to programs', async () => {
  const { code, stdout } = await runCli(['validate', '--json', fixture('broken-feed.json')]);
  assert.equal(code, 1);
  const result = JSON.parse(stdout);
  assert.equal(result.valid, false);
  assert.deepEqual(result.problems.map((problem) => problem.id), ['bad-start', 'no-title', 'bad-zone', 'p1']);
});

test('validate exits 0 for a valid feed, 1 for a bad shell, 2 for a missing file', async () => {
  const folder = workFolder();
  const good = join(folder, 'good.json');
  writeFileSync(good, JSON.stringify({ version: 1, district: { name: 'SD99' }, events: [{ id: 'a', title: 'A', start: '2027-03-10' }] }));
  assert.equal((await runCli(['validate', good])).code, 0);

  const wrongVersion = join(folder, 'v2.json');
  writeFileSync(wrongVersion, JSON.stringify({ version: 2, district: { name: 'SD99' } }));
  const shell = await runCli(['validate', wrongVersion]);
  assert.equal(shell.code, 1);
  assert.match(shell.stdout, /"version": 2/);

  const notJson = join(folder, 'not.json');
  writeFileSync(notJson, '<html>');
  assert.equal((await runCli(['validate', notJson])).code, 1);

  assert.equal((await runCli(['validate', join(folder, 'none.json')])).code, 2);
});
