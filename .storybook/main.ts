/**
 * Storybook for designers: every element in every state, from fixture feeds in this
 * repository. It must run offline, so telemetry, update checks and "what's new" are off.
 */
import { readFileSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * package.json tells bundlers that only the built files have side effects, which is true for
 * the package and would let the Storybook build drop `import '…/define.js'` from every story.
 * The registration entries are kept here, so the stories' elements get defined.
 */
const elementDefinitionsRun: Plugin = {
  name: 'element-definitions-run',
  transform(code, id) {
    if (!/[\\/]src[\\/](elements[\\/][^\\/]+[\\/]define|index)\.ts$/.test(id)) return undefined;
    return { code, map: null, moduleSideEffects: true };
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The fixture feeds and their pictures are fetched by the widgets at the same path the test
  // runner serves them from, so one story module works in Storybook and in the story test.
  staticDirs: [{ from: '../stories/fixtures', to: '/stories/fixtures' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      define: { ...viteConfig.define, __VERSION__: JSON.stringify(pkg.version) },
      plugins: [...(viteConfig.plugins ?? []), elementDefinitionsRun],
      // Storybook's own source-snippet code imports this Lit module outside Vite's pre-bundling;
      // pre-bundled with the rest, the page loads one Lit instead of two.
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
    };
  },
};

export default config;
