import { defineElement } from '../../ui/define-element.js';
import { SocialEmbed } from './social-embed.js';

defineElement('social-embed', SocialEmbed);

export { SocialEmbed };
