/**
 * Renders a story the way Storybook does, without Storybook: its loaders, then its render
 * function with the meta's args and the story's merged, wrapped in the story's decorators and
 * then the meta's. Storybook's own composeStories does not load in the test runner.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';

type Args = Record<string, unknown>;
interface Context {
  args: Args;
  parameters: Record<string, unknown>;
}
type Render = (args: Args, context: Context) => unknown;
type Decorator = (story: () => unknown, context: Context) => unknown;
type Loader = (context: Context) => unknown;

interface StoryAnnotations {
  name?: string;
  args?: Args;
  parameters?: Record<string, unknown>;
  render?: Render;
  decorators?: Decorator[];
  loaders?: Loader[];
}

export interface StoryMeta extends StoryAnnotations {
  title: string;
  component?: string;
}

export interface StoryModule {
  default: StoryMeta;
  [exportName: string]: unknown;
}

export interface NamedStory {
  exportName: string;
  name: string;
  story: StoryAnnotations;
}

/** Every story of a module: each named export, as Storybook indexes them. */
export function storiesOf(module: StoryModule): NamedStory[] {
  return Object.entries(module)
    .filter(([exportName]) => exportName !== 'default')
    .map(([exportName, story]) => {
      const annotations = story as StoryAnnotations;
      return { exportName, name: annotations.name ?? exportName, story: annotations };
    });
}

/** Loads and renders one story; the template is ready for `fixture`. */
export async function renderStory(
  meta: StoryMeta,
  story: StoryAnnotations,
): Promise<{ template: TemplateResult; context: Context }> {
  const context: Context = {
    args: { ...meta.args, ...story.args },
    parameters: { ...meta.parameters, ...story.parameters },
  };
  for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) await loader(context);

  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${meta.title} has no render function`);
  let storyFn = () => render(context.args, context);
  for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
    const inner = storyFn;
    storyFn = () => decorator(inner, context);
  }
  return { template: storyFn() as TemplateResult, context };
}

/** The names of the files in `folder` that end with `suffix`, sorted. */
export async function filesIn(folder: string, suffix: string): Promise<string[]> {
  const answer = await executeServerCommand<
    { files: string[] },
    { folder: string; suffix: string }
  >('list-files', {
    folder,
    suffix,
  });
  return answer.files;
}
