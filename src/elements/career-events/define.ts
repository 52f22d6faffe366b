import { defineElement } from '../../ui/define-element.js';
import { CareerEvents } from './career-events.js';

defineElement('career-events', CareerEvents);

export { CareerEvents };
