// Browser tests: real headless Chromium from the system (never a downloaded browser), the
// TypeScript sources compiled on the fly, and a small feed server for network cases.
import { readFileSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { feedRoutes } from './tests/server/feed-routes.mjs';
import { summaryReporter } from './tests/server/summary-reporter.mjs';
import { fileSizeCommand } from './tests/server/size-command.mjs';
import { storyFilesCommand } from './tests/stories/story-files-command.mjs';
import { defaultReporter } from '@web/test-runner';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Times in tests are pinned per test; the browser itself runs in a fixed zone too, so a test
// that forgets to pin still behaves the same on every machine.
process.env.TZ = 'America/Vancouver';

export default {
  files: ['tests/**/*.test.ts', '!tests/cli/**'],
  nodeResolve: { exportConditions: ['production'] },
  // One test file at a time: the machine has two cores and the network tests hold sockets open.
  concurrency: 1,
  // Accessibility checks of many states take a while on a two-core machine.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  plugins: [
    fileSizeCommand(),
    storyFilesCommand(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      define: { __VERSION__: JSON.stringify(pkg.version) },
    }),
  ],
  middleware: [feedRoutes()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
