import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/career-events/define.js';
import { darkPage, narrowColumn } from './story-frames.js';
import { prepareFeeds, storyFeedUrl, type ShownPart } from './story-feeds.js';

/** The element's attributes, by their attribute names. */
interface CareerEventsArgs {
  src?: string;
  audience?: string;
  school?: string;
  stage?: string;
  tags?: string;
  limit?: number;
  days?: number;
  'heading-level'?: number;
  lang?: string;
  theme?: string;
  refresh?: number;
  onFeedLoad?: (event: Event) => void;
  onFeedUpdate?: (event: Event) => void;
  onFeedError?: (event: Event) => void;
}

const meta = {
  title: 'Elements/career-events',
  component: 'career-events',
  tags: ['autodocs'],
  loaders: [prepareFeeds],
  args: { src: storyFeedUrl('district') },
  parameters: { shows: 'list' satisfies ShownPart },
  render: (args) =>
    html`<career-events
      src=${ifDefined(args.src)}
      audience=${ifDefined(args.audience)}
      school=${ifDefined(args.school)}
      stage=${ifDefined(args.stage)}
      tags=${ifDefined(args.tags)}
      limit=${ifDefined(args.limit)}
      days=${ifDefined(args.days)}
      heading-level=${ifDefined(args['heading-level'])}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      refresh=${ifDefined(args.refresh)}
      @feed-load=${args.onFeedLoad}
      @feed-update=${args.onFeedUpdate}
      @feed-error=${args.onFeedError}
    >
      <a href="https://careers.sd99.example/events">See all district career events</a>
    </career-events>`,
} satisfies Meta<CareerEventsArgs>;

export default meta;
type Story = StoryObj<CareerEventsArgs>;

export const Default: Story = {};

export const Students: Story = { args: { audience: 'students' } };
export const Parents: Story = { args: { audience: 'parents' } };
export const Educators: Story = { args: { audience: 'educators' } };
export const District: Story = { args: { audience: 'district' } };
export const Community: Story = { args: { audience: 'community' } };

export const OneSchool: Story = { name: 'School filter (Mountain View)', args: { school: 'mvss' } };

export const Loading: Story = {
  args: { src: storyFeedUrl('loading'), limit: 3 },
  parameters: { shows: 'loading' satisfies ShownPart },
};
export const Empty: Story = {
  args: { src: storyFeedUrl('empty') },
  parameters: { shows: 'empty' satisfies ShownPart },
};
export const ErrorState: Story = {
  name: 'Error',
  args: { src: storyFeedUrl('error') },
  parameters: { shows: 'error' satisfies ShownPart },
};
export const StaleCopy: Story = {
  name: 'Stale cached copy',
  args: { src: storyFeedUrl('stale'), limit: 3 },
  parameters: { shows: 'stale-note' satisfies ShownPart },
};

export const ManyItems: Story = { args: { src: storyFeedUrl('many') } };
export const LongTitles: Story = {
  name: 'Long and unbroken titles',
  args: { src: storyFeedUrl('long') },
};
export const French: Story = { args: { lang: 'fr-CA' } };
export const RightToLeft: Story = {
  name: 'Right-to-left titles',
  args: { src: storyFeedUrl('rtl') },
};
export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark' }, decorators: [darkPage] };
export const Narrow: Story = {
  name: 'Narrow 280 px container',
  args: { limit: 4 },
  decorators: [narrowColumn],
};
