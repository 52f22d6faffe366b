import { defineElement } from '../../ui/define-element.js';
import { DistrictFeed } from './district-feed.js';

defineElement('district-feed', DistrictFeed);

export { DistrictFeed };
