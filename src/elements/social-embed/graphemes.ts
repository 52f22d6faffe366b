/**
 * Shortening text for accessible names without breaking a character a reader sees as one:
 * an emoji with a skin tone, a family joined by zero-width joiners, a flag.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** At most `max` graphemes of `text`, with "…" when something was cut. */
export function shortenByGraphemes(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const graphemes = Array.from(segmenter.segment(flat), (part) => part.segment);
  if (graphemes.length <= max) return flat;
  return `${graphemes.slice(0, max).join('').trimEnd()}…`;
}
