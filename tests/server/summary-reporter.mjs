// Prints the plain closing line "N passed, N failed" that CI summaries read, and leaves the
// same figures in a file for the combined test command.
import { writeFileSync, mkdirSync } from 'node:fs';

function count(results, tally) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) tally.skipped += 1;
    else if (test.passed) tally.passed += 1;
    else tally.failed += 1;
  }
  for (const suite of results?.suites ?? []) count(suite, tally);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, tally);
        if (!session.passed && (session.errors?.length ?? 0) > 0) tally.failed += 1;
      }
      mkdirSync('node_modules/.cache', { recursive: true });
      writeFileSync('node_modules/.cache/browser-tests.json', JSON.stringify(tally));
      process.stdout.write(`\nBrowser: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped\n`);
    },
  };
}
