// Three builds:
//  1. dist/career-widgets.js: one minified ES module with Lit inside, for a CDN script tag.
//  2. dist/lib/: unminified modules with dependencies left as imports, for bundler users, so
//     their bundler shares one Lit and importing one element pulls only that element's code.
//  3. dist/cli/: the Node `career-feed` command, which never reaches a browser bundle.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { feedSchemaFile } from './scripts/feed-schema-plugin.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

// The package version reaches the code as __VERSION__, for the version-clash warning.
const typescript = () =>
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', define: { __VERSION__: JSON.stringify(pkg.version) } });

// The styles in css`` literals are written to be read; the bundle needs none of their layout.
const minifyCss = () => ({
  name: 'minify-css-literals',
  transform(code, id) {
    if (!id.includes('/src/') || !code.includes('css`')) return null;
    const minified = code.replace(/css`([^`$]*)`/g, (_, body) => {
      const tight = body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/ ?([{}:;,>]) ?/g, '$1')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${tight}\``;
    });
    // Only the insides of style strings change, so the source map stays close enough to debug.
    return { code: minified, map: null };
  },
});

// zod's own circular import and comment annotations are its business, not something a
// contributor can act on; every other warning is shown.
function onwarn(warning, warn) {
  const inDependency = [warning.id, ...(warning.ids ?? [])].some((id) => id?.includes('node_modules'));
  if (inDependency && ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION'].includes(warning.code)) return;
  warn(warning);
}

const elementEntries = Object.fromEntries(
  readdirSync('src/elements')
    .filter((name) => existsSync(`src/elements/${name}/define.ts`))
    .map((name) => [`elements/${name}`, `src/elements/${name}/define.ts`]),
);

export default [
  {
    input: 'src/index.ts',
    onwarn,
    output: { file: 'dist/career-widgets.js', format: 'es', sourcemap: true },
    plugins: [
      minifyCss(),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript(),
      terser({ ecma: 2022, module: true, compress: { passes: 2 } }),
      feedSchemaFile('dist/feed.schema.json'),
    ],
  },
  {
    input: { index: 'src/index.ts', ...elementEntries },
    onwarn,
    external: isDependency,
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [typescript()],
  },
  ...(existsSync('src/cli/career-feed.ts')
    ? [
        {
          input: 'src/cli/career-feed.ts',
          onwarn,
          external: (id) => isDependency(id) || id.startsWith('node:'),
          output: { file: 'dist/cli/career-feed.js', format: 'es', banner: '#!/usr/bin/env node' },
          plugins: [nodeResolve({ preferBuiltins: true }), typescript()],
        },
      ]
    : []),
];
