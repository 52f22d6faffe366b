/** `light` (the default), `dark`, or `auto` to follow the visitor's system setting. */
export type Theme = 'light' | 'dark' | 'auto';

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark' || value === 'auto';
}
