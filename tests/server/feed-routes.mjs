// A feed server for browser tests, mounted in the test runner's own dev server under
// /test-feeds/. It answers the ways real servers do: with validators and 304s, with errors,
// slowly, never, or with half a body. It also counts requests, so a test can check that a
// page fetches a feed once.
import { readFileSync } from 'node:fs';

const counts = new Map();
/** What a scripted feed answers, per test key: which fixture, its version, or a failure. */
const scripts = new Map();
/** Status codes sent, per test key, so a test can see its 304s. */
const statuses = new Map();

function record(key, status) {
  statuses.set(key, [...(statuses.get(key) ?? []), status]);
}

function fixture(name) {
  // The demo's sample feed doubles as a realistic fixture with every collection in it.
  if (name === 'demo-sample-feed.json') return readFileSync(new URL('../../demo/sample-feed.json', import.meta.url));
  if (name.startsWith('images/')) return readFileSync(new URL(`../../demo/${name}`, import.meta.url));
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Resolves when the client has gone, or after a minute so no test can leave a socket behind.
function clientGone(ctx) {
  return new Promise((resolve) => {
    ctx.res.on('close', resolve);
    setTimeout(resolve, 60_000).unref();
  });
}

export function feedRoutes() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/test-feeds/')) return next();
    const [, , route, ...rest] = ctx.path.split('/');
    const name = rest.join('/');
    const key = ctx.query.key ?? ctx.path;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Access-Control-Expose-Headers', 'ETag, Last-Modified');

    if (ctx.query.delay) await wait(Number(ctx.query.delay));

    switch (route) {
      case 'count':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ count: counts.get(ctx.query.of) ?? 0, statuses: statuses.get(ctx.query.of) ?? [] });
        return;
      case 'script':
        // Not a feed: tells the scripted feed of `key` how to answer from now on.
        counts.set(key, (counts.get(key) ?? 1) - 1);
        scripts.set(key, { fixture: ctx.query.fixture, mode: ctx.query.mode ?? 'ok' });
        ctx.body = 'ok';
        return;
      case 'scripted': {
        const script = scripts.get(key) ?? { fixture: name, mode: 'ok' };
        if (script.mode !== 'ok') {
          ctx.status = Number(script.mode) || 500;
          record(key, ctx.status);
          ctx.body = 'scripted failure';
          return;
        }
        const body = fixture(script.fixture);
        const etag = `"${script.fixture}-${body.length}"`;
        ctx.set('ETag', etag);
        if (ctx.get('If-None-Match') === etag) {
          ctx.status = 304;
          record(key, 304);
          return;
        }
        record(key, 200);
        ctx.type = 'application/json';
        ctx.body = body;
        return;
      }
      case 'file': {
        // Serves a fixture with an ETag; `version` changes the content's validator.
        const body = fixture(name);
        const etag = `"${ctx.query.version ?? 'v1'}-${body.length}"`;
        ctx.set('ETag', etag);
        ctx.set('Last-Modified', 'Tue, 01 Dec 2026 18:00:00 GMT');
        if (ctx.get('If-None-Match') === etag) {
          ctx.status = 304;
          return;
        }
        ctx.type = name.endsWith('.svg') ? 'image/svg+xml' : 'application/json';
        ctx.body = body;
        return;
      }
      case 'status':
        ctx.status = Number(name) || 500;
        ctx.type = 'text/plain';
        ctx.body = 'error for testing';
        return;
      case 'not-json':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Not found</title><p>This is a web page, not a feed.</p>';
        return;
      case 'hang':
        // Never answers: the request is held open until the client gives up.
        await clientGone(ctx);
        ctx.status = 204;
        return;
      case 'half': {
        // Sends headers and the first half of a feed, then goes silent.
        const body = fixture(name || 'events.json');
        ctx.respond = false;
        ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
        ctx.res.write(body.subarray(0, Math.floor(body.length / 2)));
        await clientGone(ctx);
        ctx.res.end();
        return;
      }
      default:
        return next();
    }
  };
}
