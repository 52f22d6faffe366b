import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { CareerEvents } from '../../src/elements/career-events/career-events.js';
import { NOW, all, feedUrl, one, pinTime, releaseTime, settled, visibleText } from '../helpers/widgets.js';

async function eventsElement(template: ReturnType<typeof html>): Promise<CareerEvents> {
  const element = await fixture<CareerEvents>(template);
  await settled(element);
  return element;
}

const titles = (element: Element) => all(element, '.event__title').map(visibleText);

describe('<career-events> rendering', () => {
  beforeEach(() => pinTime());
  afterEach(() => releaseTime());

  it('lists upcoming events in start order, dropping finished ones and keeping one still running', async () => {
    const element = await eventsElement(html`<career-events src=${feedUrl('events.json')}></career-events>`);
    const shown = titles(element);
    expect(shown[0]).to.equal('Health Careers Expo');
    expect(shown).not.to.include('Resume Workshop');
    expect(shown.slice(1, 4)).to.deep.equal([
      'Provincial Apprenticeship Webinar',
      'Employer Breakfast',
      'Rotary Mock Interviews',
    ]);
  });

  it('is a list with headings at the configured level and a label', async () => {
    const element = await eventsElement(
      html`<career-events src=${feedUrl('events.json')} heading-level="4" limit="2"></career-events>`,
    );
    const list = one(element, 'ul[part="list"]');
    expect(list.getAttribute('aria-label')).to.equal('Upcoming career events');
    expect(all(element, 'ul[part="list"] > li')).to.have.length(2);
    expect(all(element, 'h4')).to.have.length(2);
    expect(all(element, 'h3')).to.have.length(0);
  });

  it('breaks ties by title in the locale collation, then by id, whatever the feed order', async () => {
    const element = await eventsElement(
      html`<career-events src=${feedUrl('events.json')} days="90"></career-events>`,
    );
    const shown = all(element, '.event').map((card) => card.dataset.id);
    const tied = shown.slice(shown.indexOf('career-fair-a'));
    expect(tied).to.deep.equal(['career-fair-a', 'career-fair-b', 'zz-first-by-title', 'aa-last-by-title']);
  });

  it('shows a date-only event as the same calendar day in Vancouver, UTC and Auckland', async () => {
    for (const zone of ['America/Vancouver', 'UTC', 'Pacific/Auckland']) {
      pinTime(Date.parse('2026-12-03T18:00:00Z'), zone);
      const element = await eventsElement(
        html`<career-events src=${feedUrl('events.json')} audience="parents"></career-events>`,
      );
      const card = all(element, '.event').find((item) => item.dataset.id === 'winter-open-house')!;
      expect(visibleText(card.querySelector('time')), zone).to.equal('Thu, Dec 24');
      expect(card.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-24');
    }
  });

  it('shows an all-day event until the end of its last day, then drops it', async () => {
    pinTime(Date.parse('2027-01-13T23:30:00Z'), 'UTC');
    const lastDay = await eventsElement(html`<career-events src=${feedUrl('events.json')} tags="trades"></career-events>`);
    expect(titles(lastDay)).to.deep.equal(['Trades Exploration Week']);
    expect(visibleText(one(lastDay, 'time'))).to.match(/Mon, Jan 11\s*–\s*Wed, Jan 13/);

    pinTime(Date.parse('2027-01-14T00:00:00Z'), 'UTC');
    const nextDay = await eventsElement(html`<career-events src=${feedUrl('events.json')} tags="trades"></career-events>`);
    expect(visibleText(one(nextDay, '[part="empty"]'))).to.contain('No upcoming career events');
  });

  it('shows an overnight event from its evening to the next morning', async () => {
    const element = await eventsElement(html`<career-events src=${feedUrl('events.json')} tags="technology"></career-events>`);
    const when = visibleText(one(element, 'time'));
    expect(when).to.match(/^Fri, Dec 11, 6:00\s*PM\s*–\s*Sat, Dec 12, 2:00\s*AM$/);
  });

  it('shows times in the event zone and names the zone when the visitor is elsewhere', async () => {
    const element = await eventsElement(html`<career-events src=${feedUrl('events.json')} audience="educators"></career-events>`);
    const card = all(element, '.event').find((item) => item.dataset.id === 'provincial-webinar')!;
    expect(visibleText(card.querySelector('time'))).to.match(/^Tue, Dec 8, 12:00\s*–\s*1:00\s*PM EST$/);
    expect(visibleText(card.querySelector('.event__where'))).to.equal('Where: Online');

    pinTime(NOW, 'America/Toronto');
    const local = await eventsElement(html`<career-events src=${feedUrl('events.json')} audience="educators"></career-events>`);
    const same = all(local, '.event').find((item) => item.dataset.id === 'provincial-webinar')!;
    expect(visibleText(same.querySelector('time'))).to.match(/^Tue, Dec 8, 12:00\s*–\s*1:00\s*PM$/);
  });

  it('marks cancelled and postponed events clearly', async () => {
    const element = await eventsElement(html`<career-events src=${feedUrl('events.json')}></career-events>`);
    const byId = (id: string) => all(element, '.event').find((item) => item.dataset.id === id)!;
    expect(visibleText(byId('employer-breakfast').querySelector('[part="status"]'))).to.equal('Cancelled');
    expect(visibleText(byId('dual-credit-night').querySelector('[part="status"]'))).to.equal('Postponed');
    expect(byId('employer-breakfast').querySelector('[part="calendar"]')).to.equal(null);
    expect(byId('mock-interviews').querySelector('[part="status"]')).to.equal(null);
  });

  it('links registration with its deadline, and says when registration has closed', async () => {
    const element = await eventsElement(html`<career-events src=${feedUrl('events.json')}></career-events>`);
    const card = all(element, '.event').find((item) => item.dataset.id === 'mock-interviews')!;
    const link = card.querySelector<HTMLAnchorElement>('[part="register-link"]')!;
    expect(link.href).to.equal('https://forms.sd99.example/mock-interviews');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Register: Rotary Mock Interviews');
    expect(visibleText(card.querySelector('.event__deadline'))).to.equal('Register by Mon, Dec 7');

    pinTime(Date.parse('2026-12-08T08:01:00Z'));
    const later = await eventsElement(html`<career-events src=${feedUrl('events.json')}></career-events>`);
    const closed = all(later, '.event').find((item) => item.dataset.id === 'mock-interviews')!;
    expect(closed.querySelector('[part="register-link"]')).to.equal(null);
    expect(visibleText(closed.querySelector('.event__registration'))).to.equal('Registration closed');
  });

  it('resolves relative links against the feed address, not the page', async () => {
    const src = feedUrl('events.json');
    const element = await eventsElement(html`<career-events src=${src} tags="trades" days="60"></career-events>`);
    const link = one<HTMLAnchorElement>(element, '.event__title a');
    expect(link.href).to.equal(new URL('/test-feeds/file/details/trades-week', location.href).href);
  });

  it('filters by audience, school and stage', async () => {
    const src = feedUrl('events.json');
    const parents = await eventsElement(html`<career-events src=${src} audience="parents" days="90"></career-events>`);
    expect(titles(parents)).to.deep.equal(['Health Careers Expo', 'Dual Credit Info Night', 'Winter Open House']);

    const school = await eventsElement(html`<career-events src=${src} school="rhs" stage="engagement exploration" days="60"></career-events>`);
    expect(titles(school)).to.deep.equal([
      'Health Careers Expo',
      'Rotary Mock Interviews',
      'Dual Credit Info Night',
      'Trades Exploration Week',
    ]);
  });

  it('lists audiences and the location', async () => {
    const element = await eventsElement(html`<career-events src=${feedUrl('events.json')} audience="parents" limit="1"></career-events>`);
    expect(visibleText(one(element, '.event__audiences'))).to.equal('For: Students, Parents and guardians');
  });
});
