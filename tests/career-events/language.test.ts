import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareerEvents } from '../../src/elements/career-events/career-events.js';
import { en } from '../../src/i18n/messages-en.js';
import { fr } from '../../src/i18n/messages-fr.js';
import { all, feedUrl, one, pinTime, releaseTime, settled, visibleText } from '../helpers/widgets.js';

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, entry]) =>
    entry && typeof entry === 'object' ? keysOf(entry, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('<career-events> language', () => {
  beforeEach(() => pinTime());
  afterEach(() => releaseTime());

  it('has every English string in French too', () => {
    expect(keysOf(fr).sort()).to.deep.equal(keysOf(en).sort());
  });

  it('speaks French with lang="fr-CA": labels, dates and translated titles', async () => {
    const element = await fixture<CareerEvents>(html`<career-events src=${feedUrl('events.json')} lang="fr-CA"></career-events>`);
    await settled(element);
    expect(one(element, 'ul').getAttribute('aria-label')).to.equal('Activités carrière à venir');
    const first = all(element, '.event')[0];
    expect(visibleText(first.querySelector('.event__title'))).to.equal('Salon des carrières en santé');
    const breakfast = all(element, '.event').find((card) => card.dataset.id === 'employer-breakfast')!;
    expect(visibleText(breakfast.querySelector('[part="status"]'))).to.equal('Annulé');
    const interviews = all(element, '.event').find((card) => card.dataset.id === 'mock-interviews')!;
    expect(visibleText(interviews.querySelector('time'))).to.match(/^jeu\. 10 déc\., 9 h 00\s*–\s*15 h 00$/);
    expect(visibleText(interviews.querySelector('.event__deadline'))).to.equal('Inscription avant le lun. 7 déc.');
  });

  it('takes the language of the closest ancestor, then of the document', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr-CA">
      <section><career-events src=${feedUrl('empty.json')}></career-events></section>
    </div>`);
    const element = wrapper.querySelector('career-events')!;
    await settled(element);
    expect(visibleText(one(element, '[part="empty"]'))).to.contain('Aucune activité carrière à venir');

    document.documentElement.lang = 'fr';
    try {
      const bare = await fixture<CareerEvents>(html`<career-events src=${feedUrl('empty.json')}></career-events>`);
      await settled(bare);
      expect(visibleText(one(bare, '[part="empty"]'))).to.contain('Aucune activité');
    } finally {
      document.documentElement.lang = '';
    }
  });
});
