import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  all,
  feedUrl,
  one,
  pinTime,
  releaseTime,
  shadow,
  visibleText,
} from '../helpers/widgets.js';
import { districtTime, ids, opportunityElement } from './helpers.js';

const src = () => feedUrl('opportunities.json');
const count = (element: Element) => one(element, '[part="count"]');
const toggles = (element: Element) => all<HTMLButtonElement>(element, '[part="kind-toggle"]');
const toggle = (element: Element, label: string) =>
  toggles(element).find((button) => visibleText(button) === label)!;

async function typeInSearch(
  element: HTMLElement & { updateComplete: Promise<unknown> },
  text: string,
) {
  one<HTMLInputElement>(element, '[part="search"]').focus();
  await sendKeys({ type: text });
  await element.updateComplete;
}

describe('<opportunity-feed controls>', () => {
  beforeEach(() => pinTime(districtTime(2026, 12, 3, 10)));
  afterEach(() => releaseTime());

  it('shows no bar without the controls attribute', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${src()}></opportunity-feed>`,
    );
    expect(shadow(element).querySelector('[part="controls"]')).to.equal(null);
  });

  it('offers a labelled toggle for each kind present, and a labelled search box', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${src()} controls></opportunity-feed>`,
    );
    expect(toggles(element).map(visibleText)).to.deep.equal([
      'Work experience',
      'Apprenticeship',
      'Dual credit',
      'Scholarship',
      'Job',
      'Volunteering',
      'Program',
      'Competition',
    ]);
    expect(
      toggles(element).every((button) => button.getAttribute('aria-pressed') === 'false'),
    ).to.equal(true);
    const group = one(element, '.controls__kinds');
    expect(group.getAttribute('role')).to.equal('group');
    expect(
      visibleText(shadow(element).getElementById(group.getAttribute('aria-labelledby')!)),
    ).to.equal('Kinds');
    const search = one<HTMLInputElement>(element, '[part="search"]');
    expect(search.labels![0].textContent!.trim()).to.equal('Search opportunities');
    expect(search.closest('form')).to.equal(null);
    expect(count(element).getAttribute('aria-live')).to.equal('polite');
    expect(visibleText(count(element))).to.equal('10 opportunities');
  });

  it('searches title, provider and summary, ignoring case and accents, and announces the count', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${src()} controls></opportunity-feed>`,
    );
    await typeInSearch(element, 'ELECTRICITE');
    expect(ids(element)).to.deep.equal(['trades-scholarship']);
    expect(visibleText(count(element))).to.equal('1 opportunity');

    const search = one<HTMLInputElement>(element, '[part="search"]');
    search.select();
    await typeInSearch(element, 'coast mountains college');
    expect(ids(element)).to.deep.equal(['hca-dual-credit']);

    search.select();
    await typeInSearch(element, 'mentors');
    expect(ids(element)).to.deep.equal(['aa-same-title', 'zz-same-title']);
    expect(visibleText(count(element))).to.equal('2 opportunities');

    await typeInSearch(element, ' zebra');
    expect(ids(element)).to.deep.equal([]);
    expect(visibleText(count(element))).to.equal('No opportunities match');
    expect(shadow(element).querySelector('[part="list"]')).to.equal(null);
  });

  it('narrows by kind with the keyboard, combining kinds and search', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${src()} controls></opportunity-feed>`,
    );
    toggle(element, 'Work experience').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(toggle(element, 'Apprenticeship').getAttribute('aria-pressed')).to.equal('true');
    expect(ids(element)).to.deep.equal(['auto-apprentice', 'heavy-duty']);
    expect(visibleText(count(element))).to.equal('2 opportunities');

    toggle(element, 'Volunteering').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(ids(element)).to.deep.equal(['auto-apprentice', 'heavy-duty', 'food-bank']);

    await typeInSearch(element, 'excavators');
    expect(ids(element)).to.deep.equal(['heavy-duty']);

    toggle(element, 'Apprenticeship').focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(toggle(element, 'Apprenticeship').getAttribute('aria-pressed')).to.equal('false');
    expect(visibleText(count(element))).to.equal('No opportunities match');
  });

  it('keeps the focus in the search box while the list changes, and leaves the page address alone', async () => {
    const before = { href: location.href, length: history.length };
    const element = await opportunityElement(
      html`<opportunity-feed src=${src()} controls></opportunity-feed>`,
    );
    await typeInSearch(element, 'coding');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shadow(element).activeElement).to.equal(one(element, '[part="search"]'));
    expect(ids(element)).to.deep.equal(['aa-same-title', 'zz-same-title']);
    expect(location.href).to.equal(before.href);
    expect(history.length).to.equal(before.length);
  });

  it('applies limit after the visitor narrows the list', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${src()} controls limit="3"></opportunity-feed>`,
    );
    expect(ids(element)).to.have.length(3);
    expect(visibleText(count(element))).to.equal('3 opportunities');
    await typeInSearch(element, 'paid');
    expect(ids(element)).to.deep.equal(['auto-apprentice']);
  });

  it('speaks French in the bar', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${src()} controls lang="fr-CA"></opportunity-feed>`,
    );
    expect(visibleText(count(element))).to.equal('10 possibilités');
    expect(
      one<HTMLInputElement>(element, '[part="search"]').labels![0].textContent!.trim(),
    ).to.equal('Rechercher des possibilités');
    await typeInSearch(element, 'metiers');
    expect(visibleText(count(element))).to.equal('1 possibilité');
    await typeInSearch(element, ' zzz');
    expect(visibleText(count(element))).to.equal('Aucune possibilité ne correspond');
  });

  it('passes an accessibility check with the bar, light and dark, with and without results', async () => {
    for (const theme of ['light', 'dark']) {
      const element = await opportunityElement(
        html`<opportunity-feed src=${src()} controls theme=${theme}></opportunity-feed>`,
      );
      toggle(element, 'Job').click();
      await element.updateComplete;
      await expect(element).to.be.accessible();
      await typeInSearch(element, 'nothing like this');
      await expect(element).to.be.accessible();
    }
  });
});
