import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CareerEvents } from '../../src/elements/career-events/career-events.js';
import { feedUrl, one, pinTime, releaseTime, settled } from '../helpers/widgets.js';

/** The rules real school sites carry, applied to the whole test page. */
const HOSTILE_CSS = `
  html { font-size: 62.5%; }
  * { box-sizing: border-box; }
  body { line-height: 3; text-align: center; font-family: Georgia, serif; letter-spacing: 0.2em; }
  ul { list-style: square; padding-left: 90px; }
  h3 { font-size: 4rem; text-transform: uppercase; }
  a { color: rgb(255, 0, 0); }
`;

async function measure(): Promise<{ title: DOMRect; titleStyle: CSSStyleDeclaration; card: CSSStyleDeclaration; list: CSSStyleDeclaration; font: string }> {
  const element = await fixture<CareerEvents>(html`<career-events src=${feedUrl('events.json')} limit="1"></career-events>`);
  await settled(element);
  const title = one(element, '.event__title');
  return {
    title: title.getBoundingClientRect(),
    titleStyle: getComputedStyle(title),
    card: getComputedStyle(one(element, '.event')),
    list: getComputedStyle(one(element, 'ul[part="list"]')),
    font: getComputedStyle(element).fontFamily,
  };
}

describe('<career-events> on a hostile host page', () => {
  let style: HTMLStyleElement | undefined;
  beforeEach(() => pinTime());
  afterEach(() => {
    style?.remove();
    style = undefined;
    releaseTime();
  });

  it('keeps its sizes, alignment, spacing and link colours whatever the page CSS says', async () => {
    const plain = await measure();
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    const hostile = await measure();

    expect(hostile.titleStyle.fontSize).to.equal(plain.titleStyle.fontSize);
    expect(hostile.titleStyle.fontSize).to.equal('18px');
    expect(hostile.titleStyle.lineHeight).to.equal(plain.titleStyle.lineHeight);
    expect(hostile.titleStyle.textAlign).to.equal('start');
    expect(hostile.titleStyle.letterSpacing).to.equal('normal');
    expect(hostile.titleStyle.textTransform).to.equal('none');
    expect(hostile.card.boxSizing).to.equal('border-box');
    expect(hostile.card.lineHeight).to.equal(plain.card.lineHeight);
    expect(hostile.list.paddingLeft).to.equal('0px');
    expect(hostile.list.listStyleType).to.equal('none');
    expect(hostile.title.height).to.equal(plain.title.height);
  });

  it('inherits the page font family on purpose, unless a designer sets --cw-font-family', async () => {
    style = document.createElement('style');
    style.textContent = 'body { font-family: Georgia, serif; }';
    document.head.append(style);
    const inherited = await measure();
    expect(inherited.font).to.contain('Georgia');

    style.textContent += ' career-events { --cw-font-family: "Courier New", monospace; }';
    const themed = await measure();
    expect(themed.font).to.contain('Courier New');
  });

  it('takes its colours from documented custom properties and offers parts', async () => {
    style = document.createElement('style');
    style.textContent = `career-events { --cw-accent: rgb(11, 93, 59); --cw-radius: 0px; }
      career-events::part(event) { background: rgb(250, 240, 200); }`;
    document.head.append(style);
    const element = await fixture<CareerEvents>(html`<career-events src=${feedUrl('events.json')} limit="1"></career-events>`);
    await settled(element);
    const card = one(element, '.event');
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(250, 240, 200)');
    expect(getComputedStyle(card).borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle(one(element, '.event__calendar summary')).color).to.equal('rgb(11, 93, 59)');
  });

  it('switches to dark colours with theme="dark"', async () => {
    const element = await fixture<CareerEvents>(html`<career-events src=${feedUrl('events.json')} limit="1" theme="dark"></career-events>`);
    await settled(element);
    expect(getComputedStyle(one(element, '.event')).backgroundColor).to.equal('rgb(28, 27, 31)');
  });

  it('fits a 280 px phone screen without horizontal scrolling', async () => {
    await setViewport({ width: 280, height: 800 });
    try {
      const element = await fixture<CareerEvents>(html`<career-events src=${feedUrl('events.json')}></career-events>`);
      await settled(element);
      expect(document.documentElement.scrollWidth).to.be.at.most(280);
      expect(element.getBoundingClientRect().width).to.be.at.most(280);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
