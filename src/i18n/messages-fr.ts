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
  stale: {
    updated: (age: string) => `Mis à jour ${age}`,
    unknownAge: 'Ce n’est peut-être pas la version la plus récente.',
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
  posts: {
    listLabel: 'Publications du district',
    empty: 'Aucune publication à afficher pour le moment.',
    networks: {
      x: 'X',
      facebook: 'Facebook',
      instagram: 'Instagram',
      youtube: 'YouTube',
      mastodon: 'Mastodon',
      bluesky: 'Bluesky',
      linkedin: 'LinkedIn',
      tiktok: 'TikTok',
      news: 'Actualités',
    },
    viewOn: (network: string) => `Voir sur ${network}`,
    readStory: 'Lire l’article complet',
    postBy: (author: string) => `publication de ${author}`,
    excerpt: (text: string) => `« ${text} »`,
    separator: '\u00a0: ',
    published: 'Publié',
    playVideo: (title: string) => `Lire la vidéo\u00a0: ${title}`,
    video: 'Vidéo',
    watchOn: (network: string) => `Regarder sur ${network}`,
    more: 'Plus',
    less: 'Moins',
    followUs: 'Suivez-nous',
    followUsOn: (network: string) => `Suivez-nous sur ${network}`,
  },
  opportunities: {
    listLabel: 'Possibilités',
    empty: 'Aucune possibilité ouverte pour le moment.',
    kinds: {
      'work-experience': 'Stage en milieu de travail',
      apprenticeship: 'Apprentissage',
      'dual-credit': 'Double reconnaissance de crédits',
      scholarship: 'Bourse',
      job: 'Emploi',
      volunteer: 'Bénévolat',
      program: 'Programme',
      camp: 'Camp',
      competition: 'Concours',
      other: 'Autre',
    },
    kind: 'Type',
    provider: 'Offert par',
    grades: 'Années',
    where: 'Où',
    compensation: 'Rémunération',
    deadline: 'Date limite',
    gradeRange: (min: number | undefined, max: number | undefined) => {
      const name = (grade: number) => (grade === 0 ? 'la maternelle' : `la ${grade}e année`);
      if (min === undefined && max === undefined) return undefined;
      if (min === max) return min === 0 ? 'Maternelle' : `${min}e année`;
      if (max === undefined) return `À partir de ${name(min!)}`;
      return `De ${name(min ?? 0).replace(/ année$/, '')} à ${name(max)}`;
    },
    rolling: 'En continu — postulez en tout temps',
    closesToday: (time?: string) => (time ? `Ferme aujourd’hui à ${time}` : 'Ferme aujourd’hui'),
    closesTomorrow: (time?: string) => (time ? `Ferme demain à ${time}` : 'Ferme demain'),
    closesInDays: (days: number) => `Ferme dans ${days} jours`,
    closesOn: (date: string) => `Ferme le ${date}`,
    opensOn: (date: string) => `Ouvre le ${date}`,
    addToCalendar: 'Ajouter la date limite au calendrier',
    calendarTitle: (title: string) => `Date limite : ${title}`,
    narrowLabel: 'Affiner les possibilités',
    kindsLabel: 'Types',
    searchLabel: 'Rechercher des possibilités',
    resultCount: (count: number) =>
      count === 0
        ? 'Aucune possibilité ne correspond'
        : count === 1
          ? '1 possibilité'
          : `${count} possibilités`,
  },
};
