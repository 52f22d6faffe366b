import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/opportunity-feed/define.js';
import { darkPage, narrowColumn } from './story-frames.js';
import { prepareFeeds, storyFeedUrl, type ShownPart } from './story-feeds.js';

/** The element's attributes, by their attribute names. */
interface OpportunityFeedArgs {
  src?: string;
  audience?: string;
  school?: string;
  stage?: string;
  tags?: string;
  kind?: string;
  grade?: string;
  limit?: number;
  'heading-level'?: number;
  lang?: string;
  theme?: string;
  refresh?: number;
  controls?: boolean;
  onFeedLoad?: (event: Event) => void;
  onFeedUpdate?: (event: Event) => void;
  onFeedError?: (event: Event) => void;
}

const meta = {
  title: 'Elements/opportunity-feed',
  component: 'opportunity-feed',
  tags: ['autodocs'],
  loaders: [prepareFeeds],
  args: { src: storyFeedUrl('district'), controls: false },
  parameters: { shows: 'list' satisfies ShownPart },
  render: (args) =>
    html`<opportunity-feed
      src=${ifDefined(args.src)}
      audience=${ifDefined(args.audience)}
      school=${ifDefined(args.school)}
      stage=${ifDefined(args.stage)}
      tags=${ifDefined(args.tags)}
      kind=${ifDefined(args.kind)}
      grade=${ifDefined(args.grade)}
      limit=${ifDefined(args.limit)}
      heading-level=${ifDefined(args['heading-level'])}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      refresh=${ifDefined(args.refresh)}
      ?controls=${args.controls}
      @feed-load=${args.onFeedLoad}
      @feed-update=${args.onFeedUpdate}
      @feed-error=${args.onFeedError}
    >
      <a href="https://careers.sd99.example/opportunities">See all open opportunities</a>
    </opportunity-feed>`,
} satisfies Meta<OpportunityFeedArgs>;

export default meta;
type Story = StoryObj<OpportunityFeedArgs>;

export const Default: Story = {};
export const WithControls: Story = { name: 'Visitor controls', args: { controls: true } };

export const Students: Story = { args: { audience: 'students' } };
export const Parents: Story = { args: { audience: 'parents' } };
export const Educators: Story = { args: { audience: 'educators' } };
export const District: Story = { args: { audience: 'district' } };
export const Community: Story = { args: { audience: 'community' } };

export const OneSchool: Story = { name: 'School filter (Riverside)', args: { school: 'rhs' } };
export const OneGrade: Story = { name: 'Grade filter (grade 12)', args: { grade: '12' } };

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

export const ManyItems: Story = { args: { src: storyFeedUrl('many'), controls: true } };
export const LongTitles: Story = {
  name: 'Long and unbroken titles',
  args: { src: storyFeedUrl('long') },
};
export const French: Story = { args: { lang: 'fr-CA', controls: true } };
export const RightToLeft: Story = {
  name: 'Right-to-left titles',
  args: { src: storyFeedUrl('rtl') },
};
export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark', controls: true },
  decorators: [darkPage],
};
export const Narrow: Story = {
  name: 'Narrow 280 px container',
  args: { limit: 4, controls: true },
  decorators: [narrowColumn],
};
