/**
 * Fetching one feed document: the network request, its time limit, and telling failures apart
 * so that the webmaster reading the console knows what to fix.
 */
import { resolveFeedUrls } from './resolve-urls.js';
import { InvalidFeedError, validateFeed, type Feed, type FeedProblem } from './validate.js';

export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid' | 'aborted';

/** Why a feed could not be shown. `message` is written for the webmaster. */
export class FeedLoadError extends Error {
  override name = 'FeedLoadError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface LoadOptions {
  /** Aborts the request; the promise then rejects with kind `aborted`. */
  signal?: AbortSignal;
  /** Covers the whole exchange, body included. */
  timeoutMs?: number;
  /** Validators from an earlier response, for a conditional request. */
  etag?: string;
  lastModified?: string;
  fetch?: typeof fetch;
}

export type LoadResult =
  | { notModified: true }
  | {
      notModified: false;
      feed: Feed;
      problems: FeedProblem[];
      /** The parsed document before validation, for the offline copy. */
      document: unknown;
      /** The body as sent, to tell a changed feed from an unchanged one. */
      text: string;
      /** The address the feed was finally served from, after redirects. */
      url: string;
      etag?: string;
      lastModified?: string;
    };

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * A parsed document checked item by item, with its links resolved against `url`.
 * @throws InvalidFeedError when the document as a whole is not a feed this library reads.
 */
export function feedFromDocument(document: unknown, url: string): { feed: Feed; problems: FeedProblem[] } {
  const { feed, problems } = validateFeed(document);
  return { feed: resolveFeedUrls(feed, url), problems };
}

/** Loads, parses, validates and resolves the feed at `url`. */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onOuterAbort);

  const failure = (error: unknown): FeedLoadError => {
    if (error instanceof FeedLoadError) return error;
    if (timedOut) {
      return new FeedLoadError(
        'timeout',
        `The feed at ${url} did not finish loading within ${timeoutMs / 1000} s. The server may be down or very slow.`,
      );
    }
    if (options.signal?.aborted) return new FeedLoadError('aborted', `Loading ${url} was cancelled.`);
    return new FeedLoadError(
      'network',
      `The feed at ${url} could not be reached. Check the address, and that its server allows other sites to read it (CORS: Access-Control-Allow-Origin).`,
    );
  };

  try {
    if (options.signal?.aborted) throw new FeedLoadError('aborted', `Loading ${url} was cancelled.`);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.etag) headers['If-None-Match'] = options.etag;
    if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;

    const response = await (options.fetch ?? fetch)(url, {
      signal: controller.signal,
      headers,
      credentials: 'omit',
    });
    if (response.status === 304) {
      await response.body?.cancel();
      return { notModified: true };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FeedLoadError(
        'http',
        `The feed's server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`,
        response.status,
      );
    }

    const body = await response.text();
    let document: unknown;
    try {
      document = JSON.parse(body);
    } catch {
      throw new FeedLoadError('not-json', `The file at ${url} is not JSON, so it cannot be a feed. Is the address right?`);
    }

    const finalUrl = response.url || url;
    const { feed, problems } = feedFromDocument(document, finalUrl);
    return {
      notModified: false,
      feed,
      problems,
      document,
      text: body,
      url: finalUrl,
      etag: response.headers.get('ETag') ?? undefined,
      lastModified: response.headers.get('Last-Modified') ?? undefined,
    };
  } catch (error) {
    if (error instanceof InvalidFeedError) {
      throw new FeedLoadError('invalid', `The feed at ${url} cannot be read: ${error.message}`);
    }
    throw failure(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}
