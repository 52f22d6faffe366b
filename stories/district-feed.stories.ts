import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/district-feed/define.js';
import '../src/elements/career-events/define.js';
import '../src/elements/opportunity-feed/define.js';
import '../src/elements/social-embed/define.js';
import { darkPage, narrowColumn } from './story-frames.js';
import { prepareFeeds, storyFeedUrl, type ShownPart } from './story-feeds.js';

/** The provider's attributes, by their attribute names. */
interface DistrictFeedArgs {
  src?: string;
  school?: string;
  audience?: string;
  lang?: string;
  theme?: string;
  refresh?: number;
}

/** A school's careers page: one provider, and the three widgets taking their settings from it. */
function careersPage(args: DistrictFeedArgs, limit: number | undefined) {
  return html`<district-feed
    src=${ifDefined(args.src)}
    school=${ifDefined(args.school)}
    audience=${ifDefined(args.audience)}
    lang=${ifDefined(args.lang)}
    theme=${ifDefined(args.theme)}
    refresh=${ifDefined(args.refresh)}
  >
    <div style="display: grid; gap: 24px">
      <career-events limit=${ifDefined(limit)}>
        <a href="https://careers.sd99.example/events">See all district career events</a>
      </career-events>
      <opportunity-feed limit=${ifDefined(limit)}>
        <a href="https://careers.sd99.example/opportunities">See all open opportunities</a>
      </opportunity-feed>
      <social-embed limit=${ifDefined(limit)}>
        <a href="https://www.instagram.com/sd99careers">Follow SD99 Careers</a>
      </social-embed>
    </div>
  </district-feed>`;
}

const meta = {
  title: 'Elements/district-feed',
  component: 'district-feed',
  tags: ['autodocs'],
  loaders: [prepareFeeds],
  args: { src: storyFeedUrl('district') },
  parameters: { shows: 'list' satisfies ShownPart },
  render: (args) => careersPage(args, 3),
} satisfies Meta<DistrictFeedArgs>;

export default meta;
type Story = StoryObj<DistrictFeedArgs>;

export const Default: Story = {};

export const Students: Story = { args: { audience: 'students' } };
export const Parents: Story = { args: { audience: 'parents' } };
export const Educators: Story = { args: { audience: 'educators' } };
export const District: Story = { args: { audience: 'district' } };
export const Community: Story = { args: { audience: 'community' } };

export const OneSchool: Story = { name: 'School filter (Mountain View)', args: { school: 'mvss' } };

export const Loading: Story = {
  args: { src: storyFeedUrl('loading') },
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
  args: { src: storyFeedUrl('stale') },
  parameters: { shows: 'stale-note' satisfies ShownPart },
};

export const ManyItems: Story = {
  args: { src: storyFeedUrl('many') },
  render: (args) => careersPage(args, undefined),
};
export const LongTitles: Story = {
  name: 'Long and unbroken titles',
  args: { src: storyFeedUrl('long') },
};
export const French: Story = { args: { lang: 'fr-CA' } };
export const RightToLeft: Story = {
  name: 'Right-to-left titles and posts',
  args: { src: storyFeedUrl('rtl') },
};
export const Dark: Story = { name: 'Dark theme', args: { theme: 'dark' }, decorators: [darkPage] };
export const Narrow: Story = { name: 'Narrow 280 px container', decorators: [narrowColumn] };
