import { expect } from '@open-wc/testing';
import { render } from 'lit';
import * as careerEvents from '../../stories/career-events.stories.js';
import * as districtFeed from '../../stories/district-feed.stories.js';
import * as opportunityFeed from '../../stories/opportunity-feed.stories.js';
import * as socialEmbed from '../../stories/social-embed.stories.js';
import { THEME_PROPERTIES } from '../../stories/theme-css.js';
import { storiesOf, type StoryModule } from './story-runner.js';

interface Documented {
  name: string;
}
interface ElementDeclaration {
  tagName?: string;
  attributes?: Documented[];
  events?: Documented[];
  cssProperties?: Documented[];
}
interface Manifest {
  modules: Array<{ declarations?: ElementDeclaration[] }>;
}

/** The manifest Storybook's controls and docs are built from (`npm run manifest`). */
async function readManifest(): Promise<Manifest> {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'custom-elements.json is missing: run npm run manifest').to.equal(true);
  return response.json();
}

function declarationOf(manifest: Manifest, tagName: string): ElementDeclaration | undefined {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((entry) => entry.tagName === tagName);
}

/** Storybook's name for the action arg of an event: feed-load → onFeedLoad. */
function actionArg(event: string): string {
  return `on${event.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase())}`;
}

const ELEMENT_STORIES = [
  careerEvents,
  districtFeed,
  opportunityFeed,
  socialEmbed,
] as unknown as StoryModule[];

describe('stories and custom-elements.json', () => {
  for (const module of ELEMENT_STORIES) {
    const meta = module.default;
    const tagName = meta.component!;

    describe(`<${tagName}>`, () => {
      it('is documented in the manifest, so its docs page and controls exist', async () => {
        const declaration = declarationOf(await readManifest(), tagName);
        expect(
          declaration,
          `custom-elements.json has no element with the tag name ${tagName}: add @tagname ${tagName} to its class JSDoc`,
        ).to.not.equal(undefined);
        expect(declaration!.attributes ?? []).to.not.have.length(0);
      });

      it('names every arg after a documented attribute or event', async () => {
        const declaration = declarationOf(await readManifest(), tagName);
        expect(declaration, `${tagName} is not in custom-elements.json`).to.not.equal(undefined);
        const documented = new Set([
          ...(declaration?.attributes ?? []).map((attribute) => attribute.name),
          ...(declaration?.events ?? []).map((event) => actionArg(event.name)),
        ]);
        for (const { name, story } of [{ name: 'meta', story: meta }, ...storiesOf(module)]) {
          for (const arg of Object.keys(story.args ?? {})) {
            expect(
              documented.has(arg),
              `${name}: arg "${arg}" is no documented attribute of <${tagName}>`,
            ).to.equal(true);
          }
        }
      });

      it('binds every documented attribute and event in its render', async () => {
        const declaration = declarationOf(await readManifest(), tagName);
        expect(declaration, `${tagName} is not in custom-elements.json`).to.not.equal(undefined);
        const attributes = (declaration?.attributes ?? []).map((attribute) => attribute.name);
        const events = (declaration?.events ?? []).map((event) => event.name);
        const heard: string[] = [];
        const args: Record<string, unknown> = Object.fromEntries(
          attributes.map((name) => [name, '1']),
        );
        for (const event of events) args[actionArg(event)] = () => heard.push(event);

        // Rendered into a detached container: the element is created but never asks for a feed.
        const container = document.createElement('div');
        render(meta.render!(args, { args, parameters: {} }) as never, container);
        const element = container.querySelector(tagName)!;
        for (const name of attributes)
          expect(element.hasAttribute(name), `render does not set ${name}`).to.equal(true);
        for (const event of events) element.dispatchEvent(new CustomEvent(event));
        expect(heard).to.deep.equal(events);
      });
    });
  }

  it('lets the theming guide set exactly the documented custom properties', async () => {
    const manifest = await readManifest();
    const documented = new Set(
      ['career-events', 'opportunity-feed', 'social-embed'].flatMap((tagName) =>
        (declarationOf(manifest, tagName)?.cssProperties ?? []).map((property) => property.name),
      ),
    );
    expect([...documented].sort()).to.deep.equal(Object.keys(THEME_PROPERTIES).sort());
  });
});
