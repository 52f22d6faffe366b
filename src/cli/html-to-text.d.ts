// html-to-text ships no type declarations; this is the one function the builder calls.
declare module 'html-to-text' {
  export function convert(html: string, options?: Record<string, unknown>): string;
}
