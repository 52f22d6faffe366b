#!/usr/bin/env node
/**
 * The demo server: a school home page, the built widgets and a district feed that is always
 * current.
 *
 *   node demo/serve.mjs           serve on http://127.0.0.1:8080/ (PORT=8081 to change)
 *   node demo/serve.mjs --check   move the sample feed's dates, print what moved, and exit
 *
 * Every file is read from disk on every request, so an edit to sample-feed.json or index.html
 * shows on the next refresh. Responses carry ETag and Last-Modified with `no-cache`, which lets
 * the widgets' refresh exercise real conditional requests and 304 answers.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calendarDateIn, isDateText, planShift, shiftFeedDates } from './shift-dates.mjs';

const DEMO = dirname(fileURLToPath(import.meta.url));
const DIST = join(DEMO, '..', 'dist');
const FEED_FILE = join(DEMO, 'sample-feed.json');
const BUNDLE = join(DIST, 'career-widgets.js');
const HOST = '127.0.0.1';

/**
 * The feed is recomputed for a moment rounded down to this step. Without it the posts' times,
 * and so the ETag, would change every second and no refresh could ever get a 304.
 */
const FEED_STEP_MS = 5 * 60 * 1000;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const COMMON_HEADERS = {
  'Cache-Control': 'no-cache',
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified',
  'X-Content-Type-Options': 'nosniff',
};

/** Resolves a URL path inside a folder, or null when it would climb out of it. */
function insideFolder(folder, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const file = join(folder, relative);
  return file === folder || file.startsWith(folder + sep) ? file : null;
}

function etagMatches(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Whether the client's copy is current, by ETag first and by date only when no ETag was sent. */
function isNotModified(request, etag, lastModified) {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return etagMatches(ifNoneMatch, etag);

  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  if (Number.isNaN(since)) return false;
  return Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

function send(request, response, { body, type, etag, lastModified }) {
  const headers = {
    ...COMMON_HEADERS,
    'Content-Type': type,
    ETag: etag,
    'Last-Modified': lastModified.toUTCString(),
  };
  if (isNotModified(request, etag, lastModified)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, { ...headers, 'Content-Length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function sendProblem(response, status, title, message) {
  const body = Buffer.from(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title>` +
      `<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">` +
      `<h1>${title}</h1><p>${message}</p><p><a href="/">Back to the demo page</a></p></body></html>`,
  );
  response.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
  });
  response.end(body);
}

function escapeHtml(text) {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
}

async function serveFile(request, response, file) {
  let info;
  try {
    info = await stat(file);
  } catch {
    info = null;
  }
  if (!info?.isFile()) return false;

  const body = await readFile(file);
  send(request, response, {
    body,
    type: CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    etag: `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`,
    lastModified: info.mtime,
  });
  return true;
}

/** The sample feed with its dates moved to the current step; the file as written if it is not JSON. */
async function currentFeed(now) {
  const [text, info] = await Promise.all([readFile(FEED_FILE, 'utf8'), stat(FEED_FILE)]);
  const moment = new Date(Math.floor(now.getTime() / FEED_STEP_MS) * FEED_STEP_MS);
  const lastModified = new Date(Math.max(info.mtimeMs, moment.getTime()));

  let body;
  try {
    body = JSON.stringify(shiftFeedDates(JSON.parse(text), moment), null, 2) + '\n';
  } catch (error) {
    // Served unchanged, so the page shows the widgets' own error state for a broken feed.
    console.error(
      `demo/sample-feed.json is not valid JSON (${error.message}); serving it as written.`,
    );
    body = text;
  }
  return { body: Buffer.from(body), lastModified };
}

async function serveFeed(request, response) {
  const { body, lastModified } = await currentFeed(new Date());
  const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
  send(request, response, { body, type: CONTENT_TYPES['.json'], etag, lastModified });
}

async function handle(request, response) {
  if (request.method === 'OPTIONS') {
    response.writeHead(204, { ...COMMON_HEADERS, 'Access-Control-Allow-Methods': 'GET, HEAD' });
    response.end();
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...COMMON_HEADERS, Allow: 'GET, HEAD, OPTIONS' });
    response.end();
    return;
  }

  const path = new URL(request.url, `http://${HOST}`).pathname;
  if (path === '/' || path === '/index.html') {
    if (await serveFile(request, response, join(DEMO, 'index.html'))) return;
  } else if (path === '/feed.json') {
    await serveFeed(request, response);
    return;
  } else if (path.startsWith('/dist/')) {
    const file = insideFolder(DIST, path.slice('/dist/'.length));
    if (file && (await serveFile(request, response, file))) return;
    sendProblem(
      response,
      404,
      'Not built yet',
      `<code>${escapeHtml(path)}</code> is not in <code>dist/</code>. ` +
        'Run <code>npm run build</code> (or start the demo with <code>npm start</code>), then refresh.',
    );
    return;
  } else if (path.startsWith('/images/')) {
    const file = insideFolder(join(DEMO, 'images'), path.slice('/images/'.length));
    if (file && (await serveFile(request, response, file))) return;
  }

  // Relative links in the feed (such as /events/trades-fair) resolve against the feed's address,
  // so on a district's own server they open its detail pages; this demo has none.
  sendProblem(
    response,
    404,
    'Not part of the demo',
    `This demo serves the school page, <code>/feed.json</code>, <code>/images/</code> and ` +
      `<code>/dist/</code>. A link to <code>${escapeHtml(path)}</code> came from the feed: on the ` +
      `district's server it would open <code>https://careers.sd99.example${escapeHtml(path)}</code>.`,
  );
}

function countDates(value) {
  if (isDateText(value)) return 1;
  if (Array.isArray(value)) return value.reduce((sum, entry) => sum + countDates(entry), 0);
  if (value !== null && typeof value === 'object') return countDates(Object.values(value));
  return 0;
}

/** Prints what the feed looks like after the move, as a quick check that the demo has content. */
async function check() {
  const feed = JSON.parse(await readFile(FEED_FILE, 'utf8'));
  const now = new Date();
  const { days, postMs } = planShift(feed, now);
  const shifted = shiftFeedDates(feed, now);
  const today = calendarDateIn(now, feed.district?.timeZone ?? 'UTC');

  const lines = [
    `Dates moved by ${days} days (${days / 7} weeks); posts by ${(postMs / 3_600_000).toFixed(1)} hours.`,
    `Date strings: ${countDates(feed)}.`,
  ];
  for (const name of ['schools', 'channels', 'events', 'opportunities', 'posts', 'resources']) {
    lines.push(`${name.padEnd(14)} ${String(shifted[name]?.length ?? 0).padStart(3)}`);
  }
  const events = shifted.events ?? [];
  const upcoming = events.filter((event) => (event.end ?? event.start).slice(0, 10) >= today);
  const starts = events.map((event) => event.start).sort();
  lines.push(`Events on or after ${today}: ${upcoming.length} of ${events.length}.`);
  if (starts.length) lines.push(`Event starts: ${starts[0]} to ${starts.at(-1)}.`);
  const newest = (shifted.posts ?? [])
    .map((post) => post.published)
    .sort()
    .at(-1);
  if (newest) lines.push(`Newest post: ${newest}; feed updated ${shifted.updated}.`);
  process.stdout.write(lines.join('\n') + '\n');
}

function serve() {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`PORT must be a port number from 1 to 65535, such as PORT=8081; it is "${process.env.PORT}".`);
    process.exit(1);
  }
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error(`Could not answer ${request.url}: ${error.message}`);
      if (!response.headersSent)
        sendProblem(response, 500, 'Server error', escapeHtml(error.message));
      else response.end();
    });
  });

  server.on('error', (error) => {
    if (error.code === 'EADDRINUSE') {
      console.error(
        `Port ${port} on ${HOST} is already in use. Stop the other server, or pick another port: ` +
          `PORT=${port + 1} node demo/serve.mjs`,
      );
    } else {
      console.error(`The demo server could not start: ${error.message}`);
    }
    process.exit(1);
  });

  server.listen(port, HOST, async () => {
    const { port: actual } = server.address();
    process.stdout.write(`District career widgets demo: http://${HOST}:${actual}/\n`);
    try {
      await stat(BUNDLE);
    } catch {
      console.error(
        'The library is not built yet, so the widgets will not load: run `npm run build`.',
      );
    }
  });
}

if (process.argv.includes('--check')) {
  check().catch((error) => {
    console.error(`The sample feed could not be checked: ${error.message}`);
    process.exit(1);
  });
} else {
  serve();
}
