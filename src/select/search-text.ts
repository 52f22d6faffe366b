/**
 * The visitor's free-text search. Case and accents are folded away on both sides, so "metiers"
 * finds "Métiers" and "ÉLECTRICITÉ" finds "électricité"; every word typed must appear somewhere
 * in the searched texts.
 */

/** Lower case without accents, for comparing what a visitor types with feed text. */
export function foldText(text: string, locale: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
}

/** The words of a query, folded; none means "match everything". */
export function searchWords(query: string, locale: string): string[] {
  return foldText(query, locale).split(/\s+/).filter(Boolean);
}

/** Whether every word occurs in at least one of `texts`. */
export function matchesWords(
  words: readonly string[],
  texts: readonly (string | undefined)[],
  locale: string,
): boolean {
  if (words.length === 0) return true;
  const haystack = foldText(texts.filter(Boolean).join('\n'), locale);
  return words.every((word) => haystack.includes(word));
}
