// The whole suite: the browser tests in Chromium, then in Node the career-feed tests and a
// Storybook build.
// Each part prints its own report; the last line adds them up for whoever reads only that.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const summaryFile = 'node_modules/.cache/browser-tests.json';
rmSync(summaryFile, { force: true });

const browser = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], { stdio: 'inherit' });
const browserTally = existsSync(summaryFile)
  ? JSON.parse(readFileSync(summaryFile, 'utf8'))
  : { passed: 0, failed: 1, skipped: 0 };

let nodeTally = { passed: 0, failed: 0, skipped: 0 };
let nodeStatus = 0;
if (existsSync('tests/cli') && process.argv.length <= 2) {
  const run = spawnSync('node', ['--test', '--test-reporter=spec', 'tests/cli/', 'tests/build/'], { encoding: 'utf8' });
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  nodeStatus = run.status ?? 1;
  const figure = (name) => Number(run.stdout.match(new RegExp(`^ℹ ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  nodeTally = { passed: figure('pass'), failed: figure('fail'), skipped: figure('skipped') + figure('todo') };
  if (nodeStatus !== 0 && nodeTally.failed === 0) nodeTally.failed = 1;
}

const passed = browserTally.passed + nodeTally.passed;
const failed = browserTally.failed + nodeTally.failed;
const skipped = browserTally.skipped + nodeTally.skipped;
process.stdout.write(`\nTotal: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(browser.status === 0 && nodeStatus === 0 && failed === 0 ? 0 : 1);
