import { expect, html } from '@open-wc/testing';
import { setClock } from '../../src/time/clock.js';
import { feedUrl, one, pinTime, releaseTime, visibleText } from '../helpers/widgets.js';
import { card, deadlineText, districtTime, ids, opportunityElement } from './helpers.js';

// The fixture's "trades-scholarship" has the date-only deadline 2026-12-03.
const SCHOLARSHIP = 'trades-scholarship';

describe('<opportunity-feed> deadlines', () => {
  beforeEach(() => pinTime(districtTime(2026, 12, 3, 10)));
  afterEach(() => releaseTime());

  it('orders by soonest deadline, rolling last, ties by title then id, and hides closed ones', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${feedUrl('opportunities.json')}></opportunity-feed>`,
    );
    expect(ids(element)).to.deep.equal([
      'trades-scholarship',
      'cafe-job',
      'hospital-wex',
      'auto-apprentice',
      'hca-dual-credit',
      'aa-same-title',
      'zz-same-title',
      'heavy-duty',
      'food-bank',
      'science-fair',
    ]);
    expect(ids(element)).not.to.include('closed-yesterday');
  });

  it('keeps a date-only deadline open until midnight in the district, for visitors in Auckland and Vancouver', async () => {
    for (const visitorZone of ['Pacific/Auckland', 'America/Vancouver']) {
      pinTime(districtTime(2026, 12, 3, 23, 59, 59), visitorZone);
      const lastSecond = await opportunityElement(
        html`<opportunity-feed src=${feedUrl('opportunities.json')}></opportunity-feed>`,
      );
      expect(ids(lastSecond), visitorZone).to.include(SCHOLARSHIP);
      expect(deadlineText(lastSecond, SCHOLARSHIP), visitorZone).to.equal('Closes today');

      pinTime(districtTime(2026, 12, 4, 0, 0, 0), visitorZone);
      const midnight = await opportunityElement(
        html`<opportunity-feed src=${feedUrl('opportunities.json')}></opportunity-feed>`,
      );
      expect(ids(midnight), visitorZone).not.to.include(SCHOLARSHIP);
    }
  });

  it('says "Closes today" at 20:00 on the deadline day and is gone at 00:00 the next day', async () => {
    pinTime(districtTime(2026, 12, 3, 20));
    const evening = await opportunityElement(
      html`<opportunity-feed src=${feedUrl('opportunities.json')}></opportunity-feed>`,
    );
    expect(deadlineText(evening, SCHOLARSHIP)).to.equal('Closes today');

    pinTime(districtTime(2026, 12, 4, 0));
    const nextDay = await opportunityElement(
      html`<opportunity-feed src=${feedUrl('opportunities.json')}></opportunity-feed>`,
    );
    expect(ids(nextDay)).not.to.include(SCHOLARSHIP);
    expect(ids(nextDay)[0]).to.equal('cafe-job');
  });

  it('counts days in the district zone: tomorrow with its time, in N days within a week, then the date', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${feedUrl('opportunities.json')}></opportunity-feed>`,
    );
    expect(deadlineText(element, 'cafe-job')).to.equal('Closes tomorrow at 4:00 PM');
    expect(deadlineText(element, 'hospital-wex')).to.equal('Closes in 3 days');
    expect(deadlineText(element, 'auto-apprentice')).to.equal('Closes Fri, Dec 18');
    expect(deadlineText(element, 'aa-same-title')).to.equal('Closes Fri, Jan 8, 2027');
    expect(card(element, 'hospital-wex').querySelector('time')!.getAttribute('datetime')).to.equal(
      '2026-12-06',
    );

    // A visitor in Auckland is already on Friday, but the district's Thursday is what counts.
    pinTime(districtTime(2026, 12, 3, 10), 'Pacific/Auckland');
    const far = await opportunityElement(
      html`<opportunity-feed src=${feedUrl('opportunities.json')}></opportunity-feed>`,
    );
    expect(deadlineText(far, SCHOLARSHIP)).to.equal('Closes today');
    expect(deadlineText(far, 'cafe-job')).to.match(
      /^Closes tomorrow at 4:00 PM (P[SD]T|MST|GMT-[78])$/,
    );
    expect(deadlineText(far, 'hospital-wex')).to.equal('Closes in 3 days');
  });

  it('updates its labels as the clock moves, without reloading the feed', async () => {
    const src = feedUrl('opportunities.json');
    const element = await opportunityElement(
      html`<opportunity-feed src=${src}></opportunity-feed>`,
    );
    expect(deadlineText(element, 'hospital-wex')).to.equal('Closes in 3 days');

    setClock(districtTime(2026, 12, 4, 0));
    await element.updateComplete;
    expect(ids(element)).not.to.include(SCHOLARSHIP);
    expect(deadlineText(element, 'cafe-job')).to.equal('Closes today at 4:00 PM');
    expect(deadlineText(element, 'hospital-wex')).to.equal('Closes in 2 days');

    setClock(districtTime(2026, 12, 4, 16));
    await element.updateComplete;
    expect(ids(element)).not.to.include('cafe-job');

    setClock(districtTime(2026, 12, 11, 9));
    await element.updateComplete;
    expect(deadlineText(element, 'auto-apprentice')).to.equal('Closes in 7 days');
    setClock(districtTime(2026, 12, 17, 9));
    await element.updateComplete;
    expect(deadlineText(element, 'auto-apprentice')).to.equal('Closes tomorrow');
  });

  it('shows "Opens <date>" before an opening date, then only the deadline', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${feedUrl('opportunities.json')}></opportunity-feed>`,
    );
    const upcoming = card(element, 'heavy-duty');
    expect(visibleText(upcoming.querySelector('[part="opens"]'))).to.equal(
      'Opens Mon, Jan 11, 2027',
    );
    expect(upcoming.querySelector('[part="opens"] time')!.getAttribute('datetime')).to.equal(
      '2027-01-11',
    );
    expect(deadlineText(element, 'heavy-duty')).to.equal('Closes Fri, Feb 26, 2027');

    setClock(districtTime(2027, 1, 11, 0));
    await element.updateComplete;
    expect(card(element, 'heavy-duty').querySelector('[part="opens"]')).to.equal(null);
  });

  it('says a rolling opportunity has no deadline, and offers no deadline to save', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${feedUrl('opportunities.json')}></opportunity-feed>`,
    );
    expect(deadlineText(element, 'food-bank')).to.equal('Rolling — apply any time');
    expect(card(element, 'food-bank').querySelector('[part="calendar"]')).to.equal(null);
  });

  it('says so when every opportunity has closed', async () => {
    pinTime(districtTime(2027, 3, 1));
    const element = await opportunityElement(
      html`<opportunity-feed
        src=${feedUrl('opportunities.json')}
        kind="scholarship job"
      ></opportunity-feed>`,
    );
    expect(visibleText(one(element, '[part="empty"]'))).to.contain(
      'No open opportunities right now.',
    );
  });
});
