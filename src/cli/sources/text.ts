/**
 * Text as the feed wants it: plain text for titles and post texts, the small HTML subset for
 * descriptions, and only links a visitor can safely follow.
 */
import { convert } from 'html-to-text';

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * An absolute link with a scheme the widgets will show, resolved against `base`; undefined for
 * `javascript:` and other schemes, and for relative links of a local file, whose web address
 * the builder cannot know.
 */
export function safeLink(href: string | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return undefined;
  }
  return SAFE_SCHEMES.has(url.protocol) ? url.href : undefined;
}

const HTML_TAG = /<\/?(?:p|br|b|strong|em|i|u|a|ul|ol|li|div|span|h[1-6]|img|table|blockquote)\b[^>]*>/i;

/** Whether a text is HTML rather than plain text that happens to contain a `<`. */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text) || /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(text);
}

/**
 * Plain text from HTML, entities decoded, images and scripts dropped, link targets left out
 * (the post's own `url` is the link that matters), whitespace tidied.
 */
export function htmlToPlainText(html: string): string {
  const text = convert(html, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'h5', options: { uppercase: false } },
      { selector: 'h6', options: { uppercase: false } },
      { selector: 'table', format: 'block' },
      { selector: 'ul', options: { itemPrefix: '• ' } },
    ],
  });
  return tidy(text);
}

/** One-line text: whitespace runs (including no-break spaces) become single spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** Text cut at a word boundary so it is at most `limit` characters, with an ellipsis if cut. */
export function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const boundary = cut.replace(/\s+\S*$/, '');
  return `${(boundary.length > limit / 2 ? boundary : cut).trimEnd()}…`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function linkify(escaped: string): string {
  return escaped.replace(/\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g, (url) => `<a href="${url}">${url}</a>`);
}

/**
 * A calendar or spreadsheet description as the feed's HTML subset. Plain text is escaped,
 * its blank lines become paragraphs, its line breaks `<br>` and its web addresses links; text
 * that is already HTML (Google Calendar writes some) is passed on for the widgets to sanitise.
 */
export function plainTextToHtml(text: string): string {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  if (HTML_TAG.test(trimmed)) return trimmed;
  return trimmed
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${linkify(escapeHtml(paragraph.trim())).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
