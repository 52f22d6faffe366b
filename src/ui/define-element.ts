/**
 * Registering custom elements on pages that load the script twice, or load two copies of the
 * library (a theme and a plugin each bundling it). Defining a tag twice throws in the browser;
 * here the first definition wins, and a different version says so once in the console.
 */
declare const __VERSION__: string;

/** Replaced with the package version when the library is built. */
const VERSION: string = __VERSION__;
const versionKey = Symbol.for('district-career-widgets.versions');

type VersionRegistry = Record<string, string>;

function registry(): VersionRegistry {
  const holder = globalThis as unknown as Record<symbol, VersionRegistry | undefined>;
  return (holder[versionKey] ??= {});
}

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const versions = registry();
  const existing = customElements.get(tag);
  if (existing) {
    if (existing === constructor) return;
    const defined = versions[tag] ?? 'unknown';
    if (defined !== VERSION) {
      const warned = `${tag}@${VERSION}`;
      if (!versions[warned]) {
        versions[warned] = VERSION;
        console.warn(
          `District Career Widgets: <${tag}> is already defined by version ${defined}, so version ${VERSION} ` +
            `loaded later on this page is not used. Load the library once to avoid surprises.`,
        );
      }
    }
    return;
  }
  customElements.define(tag, constructor);
  versions[tag] = VERSION;
}

export const libraryVersion = VERSION;
