import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/social-embed/define.js';
import { darkPage, narrowColumn } from './story-frames.js';
import { prepareFeeds, storyFeedUrl, type ShownPart } from './story-feeds.js';

/** The element's attributes, by their attribute names. */
interface SocialEmbedArgs {
  src?: string;
  network?: string;
  tag?: string;
  tags?: string;
  audience?: string;
  school?: string;
  stage?: string;
  limit?: number;
  layout?: 'list' | 'grid';
  'hide-channels'?: boolean;
  'heading-level'?: number;
  lang?: string;
  theme?: string;
  refresh?: number;
  onFeedLoad?: (event: Event) => void;
  onFeedUpdate?: (event: Event) => void;
  onFeedError?: (event: Event) => void;
}

const meta = {
  title: 'Elements/social-embed',
  component: 'social-embed',
  tags: ['autodocs'],
  loaders: [prepareFeeds],
  args: { src: storyFeedUrl('district'), 'hide-channels': false },
  argTypes: { layout: { control: 'inline-radio', options: ['list', 'grid'] } },
  parameters: { shows: 'list' satisfies ShownPart },
  render: (args) =>
    html`<social-embed
      src=${ifDefined(args.src)}
      network=${ifDefined(args.network)}
      tag=${ifDefined(args.tag)}
      tags=${ifDefined(args.tags)}
      audience=${ifDefined(args.audience)}
      school=${ifDefined(args.school)}
      stage=${ifDefined(args.stage)}
      limit=${ifDefined(args.limit)}
      layout=${ifDefined(args.layout)}
      ?hide-channels=${args['hide-channels']}
      heading-level=${ifDefined(args['heading-level'])}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      refresh=${ifDefined(args.refresh)}
      @feed-load=${args.onFeedLoad}
      @feed-update=${args.onFeedUpdate}
      @feed-error=${args.onFeedError}
    >
      <a href="https://www.instagram.com/sd99careers">Follow SD99 Careers</a>
    </social-embed>`,
} satisfies Meta<SocialEmbedArgs>;

export default meta;
type Story = StoryObj<SocialEmbedArgs>;

export const Default: Story = {};
export const Grid: Story = { args: { layout: 'grid' } };

export const Students: Story = { args: { audience: 'students' } };
export const Parents: Story = { args: { audience: 'parents' } };
export const Educators: Story = { args: { audience: 'educators' } };
export const District: Story = { args: { audience: 'district' } };
export const Community: Story = { args: { audience: 'community' } };

export const OneSchool: Story = { name: 'School filter (Mountain View)', args: { school: 'mvss' } };

export const Loading: Story = {
  args: { src: storyFeedUrl('loading'), limit: 2 },
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

export const ManyItems: Story = { args: { src: storyFeedUrl('many'), layout: 'grid' } };
export const LongTitles: Story = {
  name: 'Long and unbroken text',
  args: { src: storyFeedUrl('long') },
};
export const French: Story = { args: { lang: 'fr-CA' } };
export const RightToLeft: Story = {
  name: 'Right-to-left posts',
  args: { src: storyFeedUrl('rtl') },
};
export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark' }, decorators: [darkPage] };
export const Narrow: Story = {
  name: 'Narrow 280 px container',
  args: { limit: 4 },
  decorators: [narrowColumn],
};
