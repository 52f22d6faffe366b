import { expect, html } from '@open-wc/testing';
import { sanitizeDescription } from '../../src/ui/sanitize-description.js';
import { feedUrl, pinTime, releaseTime, visibleText } from '../helpers/widgets.js';
import { card, districtTime, opportunityElement } from './helpers.js';

declare global {
  interface Window {
    __pwned?: string;
  }
}

describe('<opportunity-feed> descriptions', () => {
  beforeEach(() => {
    pinTime(districtTime(2026, 12, 3, 10));
    delete window.__pwned;
  });
  afterEach(() => releaseTime());

  it('keeps the format’s subset: paragraphs, emphasis, lists and safe links', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${feedUrl('opportunities.json')}></opportunity-feed>`,
    );
    const description = card(element, 'hca-dual-credit').querySelector('[part="description"]')!;
    expect(visibleText(description.querySelector('strong'))).to.equal('online');
    expect(visibleText(description.querySelector('em'))).to.equal('two');
    expect([...description.querySelectorAll('ul li')].map(visibleText)).to.deep.equal([
      'Apply with the form',
      'Interview in January',
    ]);
    const links = [...description.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((link) => link.href)).to.deep.equal([
      'mailto:health@sd99.example',
      new URL('/test-feeds/file/info/hca', location.href).href,
    ]);
    expect(links.every((link) => link.rel === 'noopener noreferrer')).to.equal(true);
  });

  it('never runs an onerror handler or any other script written into a description', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${feedUrl('opportunities-hostile.json')}></opportunity-feed>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const mentorship = card(element, 'hostile-description');
    const description = mentorship.querySelector<HTMLElement>('[part="description"]')!;
    for (const anchor of description.querySelectorAll('a'))
      anchor.dispatchEvent(new MouseEvent('mouseover'));
    description.querySelector('p')!.click();

    expect(window.__pwned).to.equal(undefined);
    expect(
      mentorship.querySelector('img, svg, script, iframe, form, input, button, style, h2'),
    ).to.equal(null);
    const attributes = [...description.querySelectorAll('*')].flatMap((node) =>
      node.getAttributeNames(),
    );
    expect([...new Set(attributes)].sort()).to.deep.equal(['href', 'rel']);
    expect(visibleText(description)).to.contain('Meet a mentor');
    expect(visibleText(description)).to.contain('Big heading');
    expect(visibleText(description)).not.to.contain('__pwned');
  });

  it('drops javascript: links however they are written, keeping their text', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${feedUrl('opportunities-hostile.json')}></opportunity-feed>`,
    );
    const mentorship = card(element, 'hostile-description');
    const links = [...mentorship.querySelectorAll<HTMLAnchorElement>('[part="description"] a')];
    expect(links.map((link) => [visibleText(link), link.getAttribute('href')])).to.deep.equal([
      ['Bad link', null],
      ['Mixed case', null],
      ['Good link', 'https://mentors.example/'],
    ]);
    expect(mentorship.querySelector('.opportunity__title a')).to.equal(null);
    expect(visibleText(mentorship.querySelector('.opportunity__title'))).to.equal(
      'Mentorship Program',
    );
  });

  it('reduces a description to text elements only, whatever the input', () => {
    expect(
      sanitizeDescription('<p>Hi <b>there</b><br><a href="https://x.example/" title="t">x</a></p>'),
    ).to.equal('<p>Hi there<br><a href="https://x.example/" rel="noopener noreferrer">x</a></p>');
    expect(
      sanitizeDescription('<a href="page">rel</a>', 'https://careers.sd99.example/feed.json'),
    ).to.equal('<a href="https://careers.sd99.example/page" rel="noopener noreferrer">rel</a>');
    expect(sanitizeDescription('<a href="page">rel</a>')).to.equal('<a>rel</a>');
    expect(
      sanitizeDescription('<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'),
    ).not.to.contain('<img');
  });
});
