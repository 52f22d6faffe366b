/**
 * An item's `description`: the one piece of feed text that is shown as HTML.
 *
 * The feed format allows only p, br, strong, em, a, ul, ol and li. DOMPurify parses the text
 * in an inert document (nothing in it loads or runs while it is parsed) and keeps exactly those
 * elements; every attribute except a link's `href` is dropped, and that `href` survives only
 * when `safeUrl` accepts it. The content of removed elements stays as text, except for
 * script-like elements, whose content is removed with them.
 */
import DOMPurify from 'dompurify';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { safeUrl } from './safe-url.js';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li'];

// An instance of our own, so the hooks below never touch a DOMPurify the host page uses.
const purifier = DOMPurify(window);

let linkBase: string | undefined;

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName !== 'A') return;
  const href = safeUrl(node.getAttribute('href') ?? undefined, linkBase);
  if (href) {
    node.setAttribute('href', href);
    node.setAttribute('rel', 'noopener noreferrer');
  } else {
    node.removeAttribute('href');
  }
});

/**
 * The description reduced to the format's subset, as an HTML string. Relative links resolve
 * against `base` (the feed's address), as every other link in the feed does.
 */
export function sanitizeDescription(description: string, base?: string): string {
  linkBase = base;
  try {
    return purifier.sanitize(description, {
      ALLOWED_TAGS,
      ALLOWED_ATTR: ['href'],
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
    });
  } finally {
    linkBase = undefined;
  }
}

/** The description as content of a card, or nothing when it sanitises to nothing. */
export function descriptionContent(
  description: string | undefined,
  base?: string,
): TemplateResult | typeof nothing {
  if (!description) return nothing;
  const clean = sanitizeDescription(description, base);
  if (!clean.trim()) return nothing;
  // unsafeHTML is safe here, and only here: `clean` is DOMPurify's output restricted to
  // elements that cannot run script or load anything, with every href checked by safeUrl.
  return html`${unsafeHTML(clean)}`;
}
