// A district feed with `count` events spread over the coming year, shaped like real ones.
export function largeFeed(count) {
  const titles = ['Career Fair', 'Trades Exploration Day', 'Dual Credit Info Night', 'Employer Breakfast', 'Mock Interviews'];
  const audiences = ['students', 'parents', 'educators', 'district', 'community'];
  const start = Date.UTC(2027, 0, 4);
  const events = Array.from({ length: count }, (_, index) => {
    const day = new Date(start + (index % 365) * 86_400_000).toISOString().slice(0, 10);
    const allDay = index % 4 === 0;
    return {
      id: `event-${index}`,
      title: `${titles[index % titles.length]} ${index}`,
      summary: 'Meet employers and training providers from across the region, and bring a résumé.',
      start: allDay ? day : `${day}T18:30`,
      ...(allDay ? {} : { end: `${day}T20:00` }),
      audiences: [audiences[index % 5], audiences[(index + 2) % 5]],
      stage: ['awareness', 'exploration', 'engagement'][index % 3],
      schools: index % 3 === 0 ? ['mvss'] : [],
      url: `/events/${index}`,
      location: index % 5 === 0 ? { online: true } : { name: 'District Career Centre', address: '120 Harbour Road' },
      registration: index % 2 ? { url: `https://forms.sd99.example/${index}`, deadline: day } : undefined,
    };
  });
  return {
    version: 1,
    district: { id: 'sd99', name: 'Coast Mountains School District', timeZone: 'America/Vancouver', url: 'https://careers.sd99.example' },
    events,
  };
}
