import { defineElement } from '../../ui/define-element.js';
import { OpportunityFeed } from './opportunity-feed.js';

defineElement('opportunity-feed', OpportunityFeed);

export { OpportunityFeed };
