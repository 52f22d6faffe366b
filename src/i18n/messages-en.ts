/** English strings: the reference catalogue every other language must match key for key. */
export const en = {
  loading: 'Loading…',
  retry: 'Retry',
  emptyDistrictLink: (district: string) => `Visit ${district}`,
  errorTitle: 'This content could not be loaded.',
  errorReasons: {
    network: 'The district feed could not be reached.',
    timeout: 'The district feed took too long to answer.',
    http: (status: number) => `The district feed answered with error ${status}.`,
    'not-json': 'The district feed address does not point to a feed.',
    invalid: 'The district feed could not be read.',
    aborted: 'Loading was cancelled.',
  },
  online: 'Online',
  audiences: {
    students: 'Students',
    parents: 'Parents and guardians',
    educators: 'Educators and staff',
    district: 'District',
    community: 'Community',
  },
  audienceLabel: 'For',
  events: {
    listLabel: 'Upcoming career events',
    empty: 'No upcoming career events right now.',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    register: 'Register',
    registerBy: (date: string) => `Register by ${date}`,
    registrationClosed: 'Registration closed',
    addToCalendar: 'Add to calendar',
    downloadIcs: 'Download .ics file',
    googleCalendar: 'Google Calendar',
    addToCalendarFor: (title: string) => `Add “${title}” to calendar`,
    when: 'When',
    where: 'Where',
  },
};

export type Messages = typeof en;
