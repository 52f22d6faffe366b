/**
 * The custom properties a designer can set, and the CSS rule that carries their choices to the
 * school's stylesheet. Only what was set is written: everything else keeps the widgets' defaults.
 */

/** The public custom properties, and the control each is set with. */
export const THEME_PROPERTIES = {
  '--cw-accent': 'color',
  '--cw-on-accent': 'color',
  '--cw-text': 'color',
  '--cw-muted': 'color',
  '--cw-surface': 'color',
  '--cw-surface-alt': 'color',
  '--cw-border': 'color',
  '--cw-danger': 'color',
  '--cw-warning': 'color',
  '--cw-focus': 'color',
  '--cw-radius': 'text',
  '--cw-gap': 'text',
  '--cw-font-family': 'text',
  '--cw-font-size': 'text',
} as const;

export type ThemeProperty = keyof typeof THEME_PROPERTIES;
export type ThemeArgs = Partial<Record<ThemeProperty, string>>;

export const THEMED_ELEMENTS = ['career-events', 'opportunity-feed', 'social-embed'];

/** The values the designer set, in the documented order; unset ones keep the defaults. */
export function chosenValues(args: ThemeArgs): Array<[ThemeProperty, string]> {
  return (Object.keys(THEME_PROPERTIES) as ThemeProperty[])
    .map((name): [ThemeProperty, string] => [name, (args[name] ?? '').trim()])
    .filter(([, value]) => value !== '');
}

/** The stylesheet rule a designer pastes into the school site. */
export function themeCss(args: ThemeArgs): string {
  const values = chosenValues(args);
  const body = values.length
    ? values.map(([name, value]) => `  ${name}: ${value};`).join('\n')
    : '  /* Nothing changed yet: pick values in the Controls panel. */';
  return `${THEMED_ELEMENTS.join(',\n')} {\n${body}\n}\n`;
}
