/**
 * The CDN bundle: one script tag defines every element.
 * Bundler users can import a single element from its own entry instead.
 */
import './elements/district-feed/define.js';
import './elements/career-events/define.js';
import './elements/social-embed/define.js';
import './elements/opportunity-feed/define.js';

export { DistrictFeed } from './elements/district-feed/district-feed.js';
export { CareerEvents } from './elements/career-events/career-events.js';
export { SocialEmbed } from './elements/social-embed/social-embed.js';
export { OpportunityFeed } from './elements/opportunity-feed/opportunity-feed.js';
export { FeedLoadError } from './feed/load-feed.js';
export { clearFeedStores } from './feed/feed-store.js';
export { clearCachedFeeds } from './feed/feed-cache.js';
export { setClock, setVisitorTimeZone } from './time/clock.js';
export { libraryVersion } from './ui/define-element.js';
export type { Feed, FeedProblem } from './feed/validate.js';
export type { FeedErrorDetail, FeedErrorEvent, FeedLoadDetail, FeedLoadEvent } from './ui/feed-events.js';
export type * from './feed/schema.js';
