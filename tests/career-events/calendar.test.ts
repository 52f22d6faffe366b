import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareerEvents } from '../../src/elements/career-events/career-events.js';
import { all, feedUrl, pinTime, releaseTime, settled } from '../helpers/widgets.js';

async function calendarLinks(id: string, filter = '') {
  const element = await fixture<CareerEvents>(html`<career-events src=${feedUrl('events.json')} days="90" tags=${filter}></career-events>`);
  await settled(element);
  const card = all(element, '.event').find((item) => item.dataset.id === id)!;
  const [ics, google] = [...card.querySelectorAll<HTMLAnchorElement>('.event__calendar-links a')];
  const text = decodeURIComponent(ics.href.slice(ics.href.indexOf(',') + 1));
  return { card, ics, google, text, params: new URL(google.href).searchParams };
}

describe('<career-events> add to calendar', () => {
  beforeEach(() => pinTime());
  afterEach(() => releaseTime());

  it('writes an all-day event as dates with the exclusive end calendars expect', async () => {
    const { ics, text, params, card } = await calendarLinks('trades-week');
    expect(card.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Add to calendar: Trades Exploration Week');
    expect(ics.getAttribute('download')).to.equal('trades-week.ics');
    expect(text).to.contain('\r\nDTSTART;VALUE=DATE:20270111\r\n');
    expect(text).to.contain('\r\nDTEND;VALUE=DATE:20270114\r\n');
    expect(text).to.contain('\r\nSUMMARY:Trades Exploration Week\r\n');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
    expect(params.get('dates')).to.equal('20270111/20270114');
    expect(params.get('text')).to.equal('Trades Exploration Week');
  });

  it('writes a timed event as the right UTC instants, whatever zone it was written in', async () => {
    const { text, params } = await calendarLinks('provincial-webinar');
    // 12:00 to 13:00 in Toronto in December (UTC−5).
    expect(text).to.contain('\r\nDTSTART:20261208T170000Z\r\nDTEND:20261208T180000Z\r\n');
    expect(params.get('dates')).to.equal('20261208T170000Z/20261208T180000Z');
    expect(params.get('ctz')).to.equal('America/Toronto');
    expect(params.get('location')).to.equal('Online');
  });

  it('escapes text and folds long lines as RFC 5545 requires', async () => {
    const { text } = await calendarLinks('zz-first-by-title');
    expect(text).to.contain('SUMMARY:Éducation coopérative : séance');
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    }
  });
});
