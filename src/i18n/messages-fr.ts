import type { Messages } from './messages-en.js';

/** Français (Canada). */
export const fr: Messages = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  emptyDistrictLink: (district: string) => `Visiter le site de ${district}`,
  errorTitle: 'Ce contenu n’a pas pu être chargé.',
  errorReasons: {
    network: 'Le fil du district est injoignable.',
    timeout: 'Le fil du district a mis trop de temps à répondre.',
    http: (status: number) => `Le fil du district a répondu par l’erreur ${status}.`,
    'not-json': 'L’adresse du fil du district ne mène pas à un fil.',
    invalid: 'Le fil du district est illisible.',
    aborted: 'Le chargement a été annulé.',
  },
  online: 'En ligne',
  audiences: {
    students: 'Élèves',
    parents: 'Parents et tuteurs',
    educators: 'Personnel enseignant et scolaire',
    district: 'District',
    community: 'Communauté',
  },
  audienceLabel: 'Pour',
  events: {
    listLabel: 'Activités carrière à venir',
    empty: 'Aucune activité carrière à venir pour le moment.',
    cancelled: 'Annulé',
    postponed: 'Reporté',
    register: 'S’inscrire',
    registerBy: (date: string) => `Inscription avant le ${date}`,
    registrationClosed: 'Inscriptions closes',
    addToCalendar: 'Ajouter au calendrier',
    downloadIcs: 'Télécharger le fichier .ics',
    googleCalendar: 'Google Agenda',
    addToCalendarFor: (title: string) => `Ajouter « ${title} » au calendrier`,
    when: 'Quand',
    where: 'Où',
  },
};
