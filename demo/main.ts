// The demo hub site's own script: it is the host page, wiring the kit as a hub would.
import '../src/all.js';
import type { NpqProgrammes } from '../src/elements/npq-programmes/npq-programmes.js';

const query = new URLSearchParams(location.search);

/** `?date=2026-09-14` fixes the demo's clock (noon, UK time) so statuses are reproducible. */
const demoDate = /^\d{4}-\d{2}-\d{2}$/.test(query.get('date') ?? '') ? query.get('date')! : undefined;
if (demoDate) {
  const now = new Date(`${demoDate}T12:00:00Z`).toISOString();
  for (const element of document.querySelectorAll('npq-application-status, npq-programme-finder, npq-content-explorer')) {
    element.setAttribute('now', now);
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-date]')) {
    const url = new URL(link.href);
    url.searchParams.set('date', demoDate);
    link.href = url.href;
  }
  const note = document.querySelector('.demo-date');
  if (note) note.textContent = `Statuses are shown as on ${demoDate} (remove ?date= from the address for today).`;
}

/** Programme pages take the course from `?id=npq-headship`. */
const programmeId = query.get('id') ?? 'npq-headship';
for (const element of document.querySelectorAll('[data-programme-from-query]')) {
  element.setAttribute('programme', programmeId);
}

const programmes = document.querySelector<NpqProgrammes>('npq-programmes');
programmes?.addEventListener('npq-ready', () => {
  const programme = programmes.validDefinition?.programmes.find((candidate) => candidate.id === programmeId);
  const title = document.querySelector('[data-programme-title]');
  if (programme && title) {
    title.textContent = programme.title;
    document.title = `${programme.title} – Northfield Teaching School Hub`;
  }
});

/** In the demo, choosing a programme opens its page here instead of the hub's real site. */
document.addEventListener('npq-programme-select', (event) => {
  const { detail } = event as CustomEvent<{ programme?: string; id?: string }>;
  const id = detail.programme ?? detail.id;
  if (!id || document.querySelector('[data-programme-from-query]')) return;
  event.preventDefault();
  const url = new URL('./programme.html', location.href);
  url.searchParams.set('id', id);
  if (demoDate) url.searchParams.set('date', demoDate);
  location.assign(url.href);
});
