import type { Cohort, Programme } from '../../../src/core/definition/schema.js';
import { cohort, programme } from '../../core/status/fixtures.js';

export { cohort, programme };

/** Autumn 2026: opens 1 June, "closing soon" from 5pm on 14 September, closes 5pm on 28 September (BST). */
export const autumn = cohort('2026b', '2026-06-01', '2026-09-28T17:00', { label: 'Autumn 2026', starts: '2026-10-01', placesNote: '30 places' });

export const headshipLinks = {
  information: 'https://northfield-tsh.example/npqh',
  apply: 'https://northfield-tsh.example/npqh/apply',
  registerInterest: 'mailto:npq@northfield-tsh.example',
};

/** A valid definition holding one programme, `npq-headship`, with the given cohorts. */
export function definitionWith(cohorts: Cohort[] = [autumn], extra: Partial<Programme> = {}, messages?: Record<string, string>) {
  return {
    schemaVersion: 1,
    provider: { name: 'Northfield Teaching School Hub', kind: 'teaching-school-hub' },
    programmes: [programme(cohorts, { links: headshipLinks, ...extra })],
    ...(messages && { messages }),
  };
}
