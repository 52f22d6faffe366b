/**
 * The only schemes a feed may link to. Checking with `new URL` rather than a prefix test
 * means the browser's own parsing decides, so ` JaVaScRiPt:`, embedded tabs and entity tricks
 * all come out as the `javascript:` protocol and are refused.
 */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The URL, normalised, when it may be used as a link target; otherwise `undefined`. */
export function safeUrl(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Like `safeUrl`, for images and media: only `http` and `https`. */
export function safeMediaUrl(value: string | undefined): string | undefined {
  const url = safeUrl(value);
  return url && /^https?:/.test(url) ? url : undefined;
}
