import { expect } from '@open-wc/testing';
import { FeedLoadError, loadFeed } from '../../src/feed/load-feed.js';
import { feedUrl } from '../helpers/widgets.js';

async function failure(promise: Promise<unknown>): Promise<FeedLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedLoadError);
    return error as FeedLoadError;
  }
  throw new Error('expected the load to fail');
}

describe('loading a feed', () => {
  it('reads a feed, keeps its validators, and resolves links against its own address', async () => {
    const result = await loadFeed(feedUrl('events.json'));
    if (result.notModified) throw new Error('unexpected 304');
    expect(result.feed.events.length).to.equal(13);
    expect(result.etag).to.match(/^"v1-\d+"$/);
    const trades = result.feed.events.find((event) => event.id === 'trades-week')!;
    expect(trades.url).to.equal(new URL('/test-feeds/file/details/trades-week', location.href).href);
  });

  it('tells an HTTP error apart, with its status', async () => {
    const error = await failure(loadFeed(feedUrl('503', 'status')));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
    expect(error.message).to.contain('answered 503');
  });

  it('tells a page that is not JSON apart', async () => {
    const error = await failure(loadFeed(feedUrl('page', 'not-json')));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.contain('is not JSON');
  });

  it('refuses a document without a version, or with an unknown one, saying why', async () => {
    const missing = await failure(loadFeed(feedUrl('no-version.json')));
    expect(missing.kind).to.equal('invalid');
    expect(missing.message).to.contain('has no "version" field');
    const future = await failure(loadFeed(feedUrl('version-2.json')));
    expect(future.kind).to.equal('invalid');
    expect(future.message).to.contain('"version": 2, which this library does not know');
  });

  it('tells an unreachable server apart', async () => {
    const error = await failure(loadFeed('http://127.0.0.1:9/feed.json'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('could not be reached');
  });

  it('ends a request whose server never answers with a timeout', async () => {
    const started = performance.now();
    const error = await failure(loadFeed(feedUrl('x', 'hang'), { timeoutMs: 300 }));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('did not finish loading within 0.3 s');
    expect(performance.now() - started).to.be.below(3000);
  });

  it('ends a body that stops half way with a timeout too', async () => {
    const error = await failure(loadFeed(feedUrl('events.json', 'half'), { timeoutMs: 400 }));
    expect(error.kind).to.equal('timeout');
  });

  it('tells a cancelled request apart from a timeout', async () => {
    const controller = new AbortController();
    const pending = loadFeed(feedUrl('x', 'hang'), { signal: controller.signal, timeoutMs: 5000 });
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    expect(error.kind).to.equal('aborted');
  });

  it('sends the validators back and reports an unchanged feed', async () => {
    const url = feedUrl('events.json');
    const first = await loadFeed(url);
    if (first.notModified) throw new Error('unexpected 304');
    const second = await loadFeed(url, { etag: first.etag, lastModified: first.lastModified });
    expect(second.notModified).to.equal(true);
  });
});
