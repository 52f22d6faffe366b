/// <reference types="node" />
/**
 * Reading a source from a file or a URL, and turning its bytes into text by the charset it
 * declares: the HTTP `Content-Type` charset, else an XML declaration's encoding, else UTF-8,
 * falling back to windows-1252 (the web's reading of ISO-8859-1) when the bytes are not UTF-8.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A source's raw bytes and what the server said about them. */
export interface SourceBytes {
  bytes: Uint8Array;
  /** The charset from the HTTP `Content-Type` header, when there was one. */
  charset?: string;
  /** The address after redirects (for files, a `file:` URL), which relative links resolve against. */
  finalUrl: string;
}

/** Text decoded from a source, and the charset that was actually used. */
export interface SourceText {
  text: string;
  finalUrl: string;
  encoding: string;
}

const FETCH_TIMEOUT_MS = 30_000;

/** Whether a location in a config or on the command line is a web address. */
export function isWebAddress(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** Reads a file (relative to `baseDir`) or fetches an http(s) URL. */
export async function readBytes(location: string, baseDir: string): Promise<SourceBytes> {
  if (isWebAddress(location)) return fetchBytes(location);
  const path = isAbsolute(location) ? location : resolve(baseDir, location);
  const bytes = new Uint8Array(await readFile(path));
  return { bytes, finalUrl: pathToFileURL(path).href };
}

async function fetchBytes(url: string): Promise<SourceBytes> {
  const response = await fetch(url, {
    redirect: 'follow',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    headers: { accept: '*/*', 'user-agent': 'career-feed (district career feed builder)' },
  });
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const contentType = response.headers.get('content-type') ?? '';
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  return { bytes, charset, finalUrl: response.url || url };
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return undefined;
}

/** The `encoding` of an XML declaration near the start, which is ASCII in every charset we read. */
function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 300));
  return /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal: true, ignoreBOM: true });
  } catch {
    return undefined;
  }
}

/**
 * Decodes bytes as described above. A declared charset that does not fit the bytes (UTF-8
 * declared, Latin-1 sent, which publishing systems do) falls back the same way.
 */
export function decodeBytes(source: SourceBytes): SourceText {
  const { bytes, finalUrl } = source;
  const mark = byteOrderMark(bytes);
  if (mark) {
    const text = new TextDecoder(mark.encoding).decode(bytes.subarray(mark.length));
    return { text, finalUrl, encoding: mark.encoding };
  }

  const declared = decoderFor(source.charset) ?? decoderFor(xmlDeclaredEncoding(bytes));
  const attempts = [declared, new TextDecoder('utf-8', { fatal: true })].filter(
    (decoder): decoder is TextDecoder => decoder !== undefined,
  );
  for (const decoder of attempts) {
    try {
      return { text: decoder.decode(bytes), finalUrl, encoding: decoder.encoding };
    } catch {
      // The bytes do not fit this charset; try the next one.
    }
  }
  return { text: new TextDecoder('windows-1252').decode(bytes), finalUrl, encoding: 'windows-1252' };
}

/** Reads and decodes a source in one step. */
export async function readText(location: string, baseDir: string): Promise<SourceText> {
  return decodeBytes(await readBytes(location, baseDir));
}
