import { expect, html } from '@open-wc/testing';
import { basicInstant } from '../../src/time/ics.js';
import { all, feedUrl, one, pinTime, releaseTime, visibleText } from '../helpers/widgets.js';
import {
  card,
  deadlineText,
  districtTime,
  ids,
  opportunityElement,
  spokenText,
} from './helpers.js';

const src = () => feedUrl('opportunities.json');

describe('<opportunity-feed> cards', () => {
  beforeEach(() => pinTime(districtTime(2026, 12, 3, 10)));
  afterEach(() => releaseTime());

  it('shows title, kind, provider, grades, place, pay and summary as text', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${src()}></opportunity-feed>`,
    );
    const hospital = card(element, 'hospital-wex');
    const title = hospital.querySelector<HTMLAnchorElement>('.opportunity__title a')!;
    expect(visibleText(title)).to.equal('Hospital Work Experience');
    expect(title.href).to.equal(
      new URL('/test-feeds/file/details/hospital-wex', location.href).href,
    );
    expect(spokenText(hospital.querySelector('[part="kind"]'))).to.equal('Kind: Work experience');
    const provider = hospital.querySelector<HTMLAnchorElement>('[part="provider"] a')!;
    expect(visibleText(provider)).to.equal('Coast Mountains Regional Hospital');
    expect(provider.href).to.equal('https://cmrh.example/');
    expect(visibleText(hospital.querySelector('[part="grades"]'))).to.equal('Grades 11–12');
    expect(visibleText(hospital.querySelector('[part="where"]'))).to.equal(
      'Where: Regional Hospital, 12 Birch Street',
    );
    expect(visibleText(hospital.querySelector('[part="compensation"]'))).to.equal(
      'Compensation: 4 credits',
    );
    expect(visibleText(hospital.querySelector('.opportunity__summary'))).to.equal(
      'Shadow staff in the lab, pharmacy and physiotherapy.',
    );
  });

  it('writes grade ranges the way a school does, open-ended ends included', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${src()}></opportunity-feed>`,
    );
    const grades = (id: string) => visibleText(card(element, id).querySelector('[part="grades"]'));
    expect(grades('aa-same-title')).to.equal('Grades K–3');
    expect(grades('zz-same-title')).to.equal('Grades K–8');
    expect(grades('cafe-job')).to.equal('Grade 10 and up');
    expect(grades('hca-dual-credit')).to.equal('Grade 12');
    expect(card(element, 'food-bank').querySelector('[part="grades"]')).to.equal(null);
  });

  it('says Online for an online location, and never links a provider with an unsafe URL', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${src()}></opportunity-feed>`,
    );
    expect(visibleText(card(element, 'hca-dual-credit').querySelector('[part="where"]'))).to.equal(
      'Where: Online',
    );
    const provider = card(element, 'trades-scholarship').querySelector('[part="provider"]')!;
    expect(visibleText(provider)).to.equal('Offered by: Local 993 Electrical Workers');
    expect(provider.querySelector('a')).to.equal(null);
  });

  it('filters by grade at the edges of a range; items without grades always match', async () => {
    const grade10 = await opportunityElement(
      html`<opportunity-feed src=${src()} grade="10"></opportunity-feed>`,
    );
    expect(ids(grade10)).to.deep.equal(['cafe-job', 'food-bank', 'science-fair']);

    const grade12 = await opportunityElement(
      html`<opportunity-feed src=${src()} grade="12"></opportunity-feed>`,
    );
    expect(ids(grade12)).to.include.members([
      'trades-scholarship',
      'cafe-job',
      'hospital-wex',
      'hca-dual-credit',
      'heavy-duty',
    ]);
    expect(ids(grade12)).not.to.include.members(['aa-same-title', 'zz-same-title']);

    const grade8 = await opportunityElement(
      html`<opportunity-feed src=${src()} grade="8"></opportunity-feed>`,
    );
    expect(ids(grade8)).to.deep.equal(['zz-same-title', 'food-bank', 'science-fair']);

    const kindergarten = await opportunityElement(
      html`<opportunity-feed src=${src()} grade="K"></opportunity-feed>`,
    );
    expect(ids(kindergarten)).to.deep.equal([
      'aa-same-title',
      'zz-same-title',
      'food-bank',
      'science-fair',
    ]);

    const grade3 = await opportunityElement(
      html`<opportunity-feed src=${src()} grade="3"></opportunity-feed>`,
    );
    expect(ids(grade3)).to.deep.equal([
      'aa-same-title',
      'zz-same-title',
      'food-bank',
      'science-fair',
    ]);
    const grade4 = await opportunityElement(
      html`<opportunity-feed src=${src()} grade="4"></opportunity-feed>`,
    );
    expect(ids(grade4)).to.deep.equal(['zz-same-title', 'food-bank', 'science-fair']);
  });

  it('filters by kind, audience and tags, and honours limit and heading-level', async () => {
    const kinds = await opportunityElement(
      html`<opportunity-feed src=${src()} kind="apprenticeship volunteer"></opportunity-feed>`,
    );
    expect(ids(kinds)).to.deep.equal(['auto-apprentice', 'heavy-duty', 'food-bank']);

    const parents = await opportunityElement(
      html`<opportunity-feed src=${src()} audience="parents" tags="health"></opportunity-feed>`,
    );
    expect(ids(parents)).to.deep.equal(['hospital-wex', 'hca-dual-credit']);

    const limited = await opportunityElement(
      html`<opportunity-feed src=${src()} limit="2" heading-level="4"></opportunity-feed>`,
    );
    expect(ids(limited)).to.deep.equal(['trades-scholarship', 'cafe-job']);
    expect(all(limited, 'h4')).to.have.length(2);
    expect(one(limited, 'ul[part="list"]').getAttribute('aria-label')).to.equal('Opportunities');
  });

  it('offers the deadline as an all-day calendar entry for a date, and as a moment for a time', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${src()}></opportunity-feed>`,
    );
    const dayCard = card(element, 'auto-apprentice');
    expect(spokenText(dayCard.querySelector('[part="calendar"] summary'))).to.equal(
      'Add deadline to calendar: Automotive Youth Apprenticeship',
    );
    const [ics, google] = [...dayCard.querySelectorAll<HTMLAnchorElement>('[part="calendar"] a')];
    expect(ics.getAttribute('download')).to.equal('auto-apprentice-deadline.ics');
    const document = decodeURIComponent(
      ics.href.replace(/^data:text\/calendar;charset=utf-8,/, ''),
    );
    expect(document).to.contain('DTSTART;VALUE=DATE:20261218\r\n');
    expect(document).to.contain('DTEND;VALUE=DATE:20261219\r\n');
    expect(document).to.contain('SUMMARY:Deadline: Automotive Youth Apprenticeship\r\n');
    const googleUrl = new URL(google.href);
    expect(googleUrl.hostname).to.equal('calendar.google.com');
    expect(googleUrl.searchParams.get('dates')).to.equal('20261218/20261219');
    expect(googleUrl.searchParams.get('text')).to.equal(
      'Deadline: Automotive Youth Apprenticeship',
    );
    expect(google.rel).to.equal('noopener noreferrer');

    const timedCard = card(element, 'cafe-job');
    const [timedIcs, timedGoogle] = [
      ...timedCard.querySelectorAll<HTMLAnchorElement>('[part="calendar"] a'),
    ];
    const at = basicInstant(districtTime(2026, 12, 4, 16));
    expect(decodeURIComponent(timedIcs.href)).to.contain(`DTSTART:${at}\r\n`);
    expect(new URL(timedGoogle.href).searchParams.get('dates')).to.equal(`${at}/${at}`);
    expect(new URL(timedGoogle.href).searchParams.get('ctz')).to.equal('America/Vancouver');
  });

  it('speaks French (Canada): kinds, deadlines, grades, translations and calendar labels', async () => {
    const element = await opportunityElement(
      html`<opportunity-feed src=${src()} lang="fr-CA"></opportunity-feed>`,
    );
    const scholarship = card(element, 'trades-scholarship');
    expect(visibleText(scholarship.querySelector('.opportunity__title'))).to.equal(
      'Bourse en électricité',
    );
    expect(spokenText(scholarship.querySelector('[part="kind"]'))).to.equal('Type: Bourse');
    expect(deadlineText(element, 'trades-scholarship')).to.equal('Ferme aujourd’hui');
    expect(deadlineText(element, 'cafe-job')).to.equal('Ferme demain à 16 h 00');
    expect(deadlineText(element, 'hospital-wex')).to.equal('Ferme dans 3 jours');
    expect(deadlineText(element, 'auto-apprentice')).to.equal('Ferme le ven. 18 déc.');
    expect(deadlineText(element, 'food-bank')).to.equal('En continu — postulez en tout temps');
    expect(visibleText(card(element, 'heavy-duty').querySelector('[part="opens"]'))).to.equal(
      'Ouvre le lun. 11 janv. 2027',
    );
    expect(visibleText(card(element, 'hospital-wex').querySelector('[part="grades"]'))).to.equal(
      'De la 11e à la 12e année',
    );
    expect(visibleText(card(element, 'aa-same-title').querySelector('[part="grades"]'))).to.equal(
      'De la maternelle à la 3e année',
    );
    expect(visibleText(card(element, 'hca-dual-credit').querySelector('[part="where"]'))).to.equal(
      'Où: En ligne',
    );
    expect(spokenText(scholarship.querySelector('[part="calendar"] summary'))).to.equal(
      'Ajouter la date limite au calendrier: Bourse en électricité',
    );
    expect(one(element, 'ul[part="list"]').getAttribute('aria-label')).to.equal('Possibilités');
  });
});
