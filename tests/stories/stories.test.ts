import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearCachedFeeds } from '../../src/feed/feed-cache.js';
import { clearFeedStores } from '../../src/feed/feed-store.js';
import * as careerEvents from '../../stories/career-events.stories.js';
import * as districtFeed from '../../stories/district-feed.stories.js';
import * as opportunityFeed from '../../stories/opportunity-feed.stories.js';
import * as socialEmbed from '../../stories/social-embed.stories.js';
import * as theming from '../../stories/theming.stories.js';
import type { ShownPart } from '../../stories/story-feeds.js';
import { pinStoryTime, releaseStoryTime } from '../../stories/story-time.js';
import { settled, shadow } from '../helpers/widgets.js';
import { filesIn, renderStory, storiesOf, type StoryModule } from './story-runner.js';

/** Every stories module, by file name; the first test fails when a file is missing here. */
const STORY_MODULES: Record<string, StoryModule> = {
  'career-events.stories.ts': careerEvents as unknown as StoryModule,
  'district-feed.stories.ts': districtFeed as unknown as StoryModule,
  'opportunity-feed.stories.ts': opportunityFeed as unknown as StoryModule,
  'social-embed.stories.ts': socialEmbed as unknown as StoryModule,
  'theming.stories.ts': theming as unknown as StoryModule,
};

const WIDGETS = 'career-events, opportunity-feed, social-embed';

/** Records what a broken story would leave behind: console errors, uncaught errors. */
function watchForErrors(): { problems: string[]; stop: () => void } {
  const problems: string[] = [];
  const originalError = console.error;
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    originalError.apply(console, args);
  };
  const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    problems.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop() {
      console.error = originalError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

describe('stories', () => {
  it('include every stories module in stories/', async () => {
    expect(Object.keys(STORY_MODULES).sort()).to.deep.equal(
      await filesIn('stories', '.stories.ts'),
    );
  });

  for (const [file, module] of Object.entries(STORY_MODULES)) {
    const meta = module.default;

    describe(`${meta.title} (${file})`, () => {
      let watch: ReturnType<typeof watchForErrors>;
      beforeEach(() => {
        clearFeedStores();
        clearCachedFeeds();
        pinStoryTime();
        watch = watchForErrors();
      });
      afterEach(() => {
        watch.stop();
        releaseStoryTime();
        clearCachedFeeds();
      });

      for (const { exportName, name, story } of storiesOf(module)) {
        it(`${name} renders what it promises, with no error and no axe violation`, async () => {
          const { template, context } = await renderStory(meta, story);
          const page = await fixture<HTMLElement>(html`<div>${template}</div>`);

          const widgets = [
            ...page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(WIDGETS),
          ];
          expect(widgets, `${exportName} shows no widget`).to.not.have.length(0);
          const shows = context.parameters.shows as ShownPart;
          for (const widget of widgets) {
            await widget.updateComplete;
            if (shows !== 'loading') await settled(widget);
            await waitUntil(
              () => shadow(widget).querySelector(`[part="${shows}"]`),
              `<${widget.localName}> in ${exportName} does not show its ${shows}`,
              { timeout: 8000 },
            );
          }

          await expect(page).to.be.accessible();
          expect(watch.problems).to.deep.equal([]);
        });
      }
    });
  }
});
