// Designers' Storybook must build from a fresh checkout with no network, and hold every story.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

test('the static Storybook builds and lists a story for every stories file', () => {
  const out = mkdtempSync(join(tmpdir(), 'storybook-'));
  try {
    const build = spawnSync('npx', ['storybook', 'build', '--quiet', '-o', out], {
      encoding: 'utf8',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
    });
    assert.equal(build.status, 0, build.stdout + build.stderr);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    const files = new Set(Object.values(index.entries).map((entry) => entry.importPath));
    for (const file of readdirSync('stories').filter((name) => name.endsWith('.stories.ts'))) {
      assert.ok(files.has(`./stories/${file}`), `${file} is missing from the built Storybook`);
    }
    assert.ok(Object.keys(index.entries).length > 50);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
