/**
 * A real heading element at a level the webmaster chooses, so each card fits the outline of
 * the page it sits in. Only these six literal tags are ever produced.
 */
import { type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';

const TAGS = [literal`h2`, literal`h2`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export function heading(level: number, id: string, className: string, content: unknown): TemplateResult {
  const tag = TAGS[Math.min(6, Math.max(2, level))];
  return staticHtml`<${tag} id=${id} class=${className} part="title">${content}</${tag}>`;
}
