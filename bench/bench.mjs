// Prints what the library costs a visitor: bytes over the wire and time to show a large feed.
// Figures only, never a pass or fail: timings vary between machines and runs.
//
//   npm run bench             (after npm run build; needs Chromium for the render figures)
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuildPlugin from 'rollup-plugin-esbuild';
import { largeFeed } from './large-feed.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function sizes(label, code) {
  const bytes = Buffer.from(code);
  console.log(
    `${label.padEnd(34)} ${kb(bytes.length).padStart(9)} raw ${kb(gzipSync(bytes, { level: 9 }).length).padStart(9)} gzip ${kb(brotliCompressSync(bytes).length).padStart(9)} brotli`,
  );
}

async function elementBundle(entry) {
  const bundle = await rollup({
    input: entry,
    onwarn: () => {},
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      esbuildPlugin({ target: 'es2022', define: { __VERSION__: '"bench"' } }),
      terser({ module: true, compress: { passes: 2 } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  return output[0].code;
}

console.log('Bundle sizes');
if (!existsSync('dist/career-widgets.js')) {
  console.log('  dist/career-widgets.js is missing: run npm run build first.');
  process.exit(1);
}
sizes('dist/career-widgets.js (all)', readFileSync('dist/career-widgets.js'));
for (const name of readdirSync('src/elements')) {
  if (existsSync(`src/elements/${name}/define.ts`)) {
    sizes(`  <${name}> alone`, await elementBundle(`src/elements/${name}/define.ts`));
  }
}

console.log('\nValidating a feed in Node (median of 15 runs)');
const validator = await build({
  entryPoints: ['src/feed/load-feed.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const { feedFromDocument } = await import(
  `data:text/javascript;base64,${Buffer.from(validator.outputFiles[0].text).toString('base64')}`
);
for (const count of [100, 1000, 5000]) {
  const text = JSON.stringify(largeFeed(count));
  const runs = Array.from({ length: 15 }, () => {
    const started = performance.now();
    feedFromDocument(JSON.parse(text), 'https://careers.sd99.example/feed.json');
    return performance.now() - started;
  });
  console.log(`  ${String(count).padStart(5)} events, ${kb(text.length).padStart(9)}: ${median(runs).toFixed(1)} ms`);
}

await renderFigures();

async function renderFigures() {
  const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log('\nRendering: skipped, no Chromium at', chromium);
    return;
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const feeds = new Map([100, 1000].map((count) => [`/feed-${count}.json`, JSON.stringify(largeFeed(count))]));
  const server = createServer((request, response) => {
    const path = request.url.split('?')[0];
    if (path === '/career-widgets.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' });
      response.end(readFileSync('dist/career-widgets.js'));
    } else if (feeds.has(path)) {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(feeds.get(path));
    } else {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<!doctype html><meta charset="utf-8"><script type="module" src="/career-widgets.js"></script><main></main>');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(origin);
    await page.waitForFunction(() => customElements.get('career-events'));
    console.log('\nRendering <career-events> in Chromium, from request to cards on screen (median of 7)');
    for (const [count, limit] of [[100, 10], [1000, 10], [1000, 200]]) {
      const times = [];
      for (let run = 0; run < 7; run += 1) {
        times.push(
          await page.evaluate(async (src, limit) => {
            document.querySelector('main').replaceChildren();
            const element = document.createElement('career-events');
            element.setAttribute('src', `${src}?run=${Math.random()}`);
            element.setAttribute('limit', String(limit));
            element.setAttribute('days', '3650');
            element.setAttribute('refresh', '0');
            const started = performance.now();
            const shown = new Promise((resolve) => element.addEventListener('feed-load', resolve, { once: true }));
            document.querySelector('main').append(element);
            await shown;
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
            return performance.now() - started;
          }, `/feed-${count}.json`, limit),
        );
      }
      console.log(`  ${String(count).padStart(5)} events in the feed, ${String(limit).padStart(3)} shown: ${median(times).toFixed(1)} ms`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
