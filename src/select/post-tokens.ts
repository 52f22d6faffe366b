/**
 * Finds the links, hashtags and mentions in a post's plain text.
 *
 * The text is never parsed as HTML: it is cut into tokens, and the card turns each token into
 * a text node or an `<a>`. Only `http` and `https` addresses are recognised, so a
 * `javascript:` address written in a post stays plain text. A general library such as
 * linkifyjs would add more bytes to every school page than these few rules do.
 */
export type TextToken =
  | { kind: 'text'; text: string }
  | { kind: 'url'; text: string; href: string }
  | { kind: 'hashtag'; text: string; tag: string }
  | { kind: 'mention'; text: string; handle: string };

/*
 * One pattern, three alternatives, tried left to right at each position:
 *  1. an address: http:// or https:// and everything up to the next space;
 *  2. a hashtag: # and letters, digits or _ (at least one letter), not inside a word;
 *  3. a mention: @ and a name that may hold dots and dashes between letters, optionally
 *     followed by @instance.domain (Mastodon), not inside a word (so an e-mail is no mention).
 */
const TOKENS =
  /\bhttps?:\/\/[^\s<>"]+|(?<![\p{L}\p{N}_&#])#(?=[\p{N}_]*\p{L})[\p{L}\p{M}\p{N}_]+|(?<![\p{L}\p{N}_@])@[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?/giu;

/** Punctuation that ends a sentence rather than an address: "see https://x.example/a." */
const TRAILING = /[.,;:!?'"’”…]+$/u;

/** Cuts an address before trailing punctuation and before a closing bracket it did not open. */
function trimAddress(address: string): string {
  let trimmed = address.replace(TRAILING, '');
  for (const [open, close] of [['(', ')'], ['[', ']']]) {
    while (trimmed.endsWith(close) && count(trimmed, close) > count(trimmed, open)) {
      trimmed = trimmed.slice(0, -1).replace(TRAILING, '');
    }
  }
  return trimmed;
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/** Whether the address parses as an http(s) URL; anything else stays text. */
function webAddress(address: string): string | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function tokenizePostText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  let plain = '';
  let last = 0;
  const flushPlain = () => {
    if (plain) tokens.push({ kind: 'text', text: plain });
    plain = '';
  };

  for (const match of text.matchAll(TOKENS)) {
    let found = match[0];
    const start = match.index;
    let token: TextToken | undefined;
    if (found[0] === '#') {
      token = { kind: 'hashtag', text: found, tag: found.slice(1) };
    } else if (found[0] === '@') {
      token = { kind: 'mention', text: found, handle: found.slice(1) };
    } else {
      found = trimAddress(found);
      const href = webAddress(found);
      if (href) token = { kind: 'url', text: found, href };
    }

    plain += text.slice(last, start);
    if (token) {
      flushPlain();
      tokens.push(token);
    } else {
      plain += found;
    }
    last = start + found.length;
  }
  plain += text.slice(last);
  flushPlain();
  return tokens;
}

/** The hashtags of a text, without `#`, as written. */
export function hashtagsIn(text: string | undefined): string[] {
  if (!text) return [];
  return tokenizePostText(text).flatMap((token) => (token.kind === 'hashtag' ? [token.tag] : []));
}
