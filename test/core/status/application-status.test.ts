import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Cohort } from '../../../src/core/definition/schema.js';
import {
  applicationStatus,
  findCohort,
  type ApplicationState,
} from '../../../src/core/status/application-status.js';
import { at, cohort, programme } from './fixtures.js';

/** Opens 1 June 2026 (23:00Z on 31 May, BST), closing soon from 5pm BST on 14 September (16:00Z), closes 5pm BST 28 September (16:00Z). */
const autumn = cohort('2026b', '2026-06-01', '2026-09-28T17:00', { label: 'Autumn 2026', starts: '2026-10-01' });

type Row = [name: string, cohorts: Cohort[], now: string, state: ApplicationState, cohortId?: string];

function check(rows: Row[]): void {
  for (const [name, cohorts, now, state, cohortId] of rows) {
    it(`${name}: ${now} → ${state}${cohortId ? ` (${cohortId})` : ''}`, () => {
      const status = applicationStatus(programme(cohorts), at(now));
      expect(status.state).to.equal(state);
      expect(status.cohort?.id).to.equal(cohortId);
    });
  }
}

describe('applicationStatus', () => {
  describe('each state', () => {
    check([
      ['before opening', [autumn], '2026-05-01T12:00:00Z', 'opens', '2026b'],
      ['open', [autumn], '2026-07-01T12:00:00Z', 'open', '2026b'],
      ['closing soon', [autumn], '2026-09-20T12:00:00Z', 'closing-soon', '2026b'],
      ['closed', [autumn], '2026-10-01T12:00:00Z', 'closed', '2026b'],
      ['full (override)', [cohort('x', '2026-06-01', '2026-09-28', { override: { status: 'full' } })], '2026-07-01T12:00:00Z', 'full', 'x'],
    ]);
  });

  describe('exact boundaries, one second either side', () => {
    check([
      ['opens', [autumn], '2026-05-31T22:59:59Z', 'opens', '2026b'],
      ['opens', [autumn], '2026-05-31T23:00:00Z', 'open', '2026b'],
      ['opens', [autumn], '2026-05-31T23:00:01Z', 'open', '2026b'],
      ['closing soon starts', [autumn], '2026-09-14T15:59:59Z', 'open', '2026b'],
      ['closing soon starts', [autumn], '2026-09-14T16:00:00Z', 'closing-soon', '2026b'],
      ['closing soon starts', [autumn], '2026-09-14T16:00:01Z', 'closing-soon', '2026b'],
      ['closes', [autumn], '2026-09-28T15:59:59Z', 'closing-soon', '2026b'],
      ['closes', [autumn], '2026-09-28T16:00:00Z', 'closed', '2026b'],
      ['closes', [autumn], '2026-09-28T16:00:01Z', 'closed', '2026b'],
    ]);
  });

  describe('clock changes', () => {
    // Spring 2026: 01:00 GMT on Sunday 29 March becomes 02:00 BST.
    const spring = cohort('spring', '2026-03-29', '2026-03-29T03:00', { applications: { opens: '2026-03-29', closes: '2026-03-29T03:00', closingSoonDays: 0 } });
    const springLead = cohort('spring-lead', '2026-03-01', '2026-04-05T17:00');
    const springGap = cohort('spring-gap', '2026-03-29T01:30', '2026-04-30');
    // Autumn 2026: 02:00 BST on Sunday 25 October becomes 01:00 GMT.
    const autumnRepeat = cohort('autumn-repeat', '2026-10-01', '2026-10-25T01:30', { applications: { opens: '2026-10-01', closes: '2026-10-25T01:30', closingSoonDays: 0 } });
    const autumnDay = cohort('autumn-day', '2026-10-01', '2026-10-25', { applications: { opens: '2026-10-01', closes: '2026-10-25', closingSoonDays: 0 } });
    const autumnLead = cohort('autumn-lead', '2026-10-01', '2026-11-01T17:00');
    check([
      ['spring: a date opens at 00:00 GMT', [spring], '2026-03-28T23:59:59Z', 'opens', 'spring'],
      ['spring: a date opens at 00:00 GMT', [spring], '2026-03-29T00:00:00Z', 'open', 'spring'],
      ['spring: 03:00 BST closes at 02:00Z', [spring], '2026-03-29T01:59:59Z', 'open', 'spring'],
      ['spring: 03:00 BST closes at 02:00Z', [spring], '2026-03-29T02:00:00Z', 'closed', 'spring'],
      ['spring: a skipped 01:30 opens at 02:30 BST', [springGap], '2026-03-29T01:29:59Z', 'opens', 'spring-gap'],
      ['spring: a skipped 01:30 opens at 02:30 BST', [springGap], '2026-03-29T01:30:00Z', 'open', 'spring-gap'],
      ['spring: the 14-day lead starts at 5pm GMT', [springLead], '2026-03-22T16:59:59Z', 'open', 'spring-lead'],
      ['spring: the 14-day lead starts at 5pm GMT', [springLead], '2026-03-22T17:00:00Z', 'closing-soon', 'spring-lead'],
      ['spring: the close stays at 5pm BST', [springLead], '2026-04-05T15:59:59Z', 'closing-soon', 'spring-lead'],
      ['spring: the close stays at 5pm BST', [springLead], '2026-04-05T16:00:00Z', 'closed', 'spring-lead'],
      ['autumn: a repeated 01:30 closes at the first one', [autumnRepeat], '2026-10-25T00:29:59Z', 'open', 'autumn-repeat'],
      ['autumn: a repeated 01:30 closes at the first one', [autumnRepeat], '2026-10-25T00:30:00Z', 'closed', 'autumn-repeat'],
      ['autumn: the change day is 25 hours long', [autumnDay], '2026-10-25T23:59:59Z', 'open', 'autumn-day'],
      ['autumn: the change day is 25 hours long', [autumnDay], '2026-10-26T00:00:00Z', 'closed', 'autumn-day'],
      ['autumn: the 14-day lead starts at 5pm BST', [autumnLead], '2026-10-18T15:59:59Z', 'open', 'autumn-lead'],
      ['autumn: the 14-day lead starts at 5pm BST', [autumnLead], '2026-10-18T16:00:00Z', 'closing-soon', 'autumn-lead'],
      ['autumn: the close stays at 5pm GMT', [autumnLead], '2026-11-01T16:59:59Z', 'closing-soon', 'autumn-lead'],
      ['autumn: the close stays at 5pm GMT', [autumnLead], '2026-11-01T17:00:00Z', 'closed', 'autumn-lead'],
    ]);
  });

  describe('a close at midnight, at 5pm and at the end of the day', () => {
    const midnight = cohort('midnight', '2026-06-01', '2026-09-28T00:00');
    const fivePm = cohort('five-pm', '2026-06-01', '2026-09-28T17:00');
    const endOfDay = cohort('end-of-day', '2026-06-01', '2026-09-28');
    check([
      ['midnight is the start of 28 September', [midnight], '2026-09-27T22:59:59Z', 'closing-soon', 'midnight'],
      ['midnight is the start of 28 September', [midnight], '2026-09-27T23:00:00Z', 'closed', 'midnight'],
      ['5pm leaves most of the day', [fivePm], '2026-09-27T23:00:00Z', 'closing-soon', 'five-pm'],
      ['5pm leaves most of the day', [fivePm], '2026-09-28T16:00:00Z', 'closed', 'five-pm'],
      ['a date alone leaves the whole day', [endOfDay], '2026-09-28T22:59:59Z', 'closing-soon', 'end-of-day'],
      ['a date alone leaves the whole day', [endOfDay], '2026-09-28T23:00:00Z', 'closed', 'end-of-day'],
    ]);

    it('gives the three closes as three instants', () => {
      const instants = [midnight, fivePm, endOfDay].map((c) => applicationStatus(programme([c]), at('2026-07-01T00:00:00Z')).closesAt?.toISOString());
      expect(instants).to.deep.equal(['2026-09-27T23:00:00.000Z', '2026-09-28T16:00:00.000Z', '2026-09-28T23:00:00.000Z']);
    });
  });

  describe('closing soon lead time', () => {
    const none = cohort('none', '2026-06-01', '2026-09-28T17:00', { applications: { opens: '2026-06-01', closes: '2026-09-28T17:00', closingSoonDays: 0 } });
    const thirty = cohort('thirty', '2026-06-01', '2026-09-28T17:00', { applications: { opens: '2026-06-01', closes: '2026-09-28T17:00', closingSoonDays: 30 } });
    check([
      ['0 days: never closing soon', [none], '2026-09-28T15:59:59Z', 'open', 'none'],
      ['0 days: never closing soon', [none], '2026-09-28T16:00:00Z', 'closed', 'none'],
      ['30 days: from 5pm on 29 August', [thirty], '2026-08-29T15:59:59Z', 'open', 'thirty'],
      ['30 days: from 5pm on 29 August', [thirty], '2026-08-29T16:00:00Z', 'closing-soon', 'thirty'],
      ['the default is 14 days', [autumn], '2026-09-14T16:00:00Z', 'closing-soon', '2026b'],
    ]);
  });

  describe('a programme with no cohorts', () => {
    it('is closed, speaks of no cohort and never changes by itself', () => {
      expect(applicationStatus(programme([]), at('2026-07-01T12:00:00Z'))).to.deep.equal({ state: 'closed' });
    });
  });

  describe('overlapping cohorts', () => {
    // Autumn 2026 and spring 2027 both take applications through September.
    const spring = cohort('2027a', '2026-09-01', '2027-01-15', { label: 'Spring 2027', starts: '2027-02-01' });
    const both = [spring, autumn];
    check([
      ['before either opens: the first to open', both, '2026-05-01T12:00:00Z', 'opens', '2026b'],
      ['only autumn open', both, '2026-08-01T12:00:00Z', 'open', '2026b'],
      ['both open: the one closing first', both, '2026-09-10T12:00:00Z', 'open', '2026b'],
      ['both open, autumn closing soon', both, '2026-09-20T12:00:00Z', 'closing-soon', '2026b'],
      ['autumn closed: spring', both, '2026-09-28T16:00:00Z', 'open', '2027a'],
      ['spring closing soon', both, '2027-01-02T00:00:00Z', 'closing-soon', '2027a'],
      ['both closed: the one that closed last', both, '2027-02-01T12:00:00Z', 'closed', '2027a'],
    ]);

    it('speaks of a named cohort only', () => {
      const status = applicationStatus(programme(both), at('2026-09-20T12:00:00Z'), '2027a');
      expect(status.state).to.equal('open');
      expect(status.cohort?.label).to.equal('Spring 2027');
    });

    it('changes when the cohort spoken of changes, even if the state does not', () => {
      const status = applicationStatus(programme(both), at('2026-09-20T12:00:00Z'));
      expect(status.nextChangeAt?.toISOString()).to.equal('2026-09-28T16:00:00.000Z');
      const after = applicationStatus(programme(both), status.nextChangeAt!);
      expect([after.state, after.cohort?.id]).to.deep.equal(['open', '2027a']);
    });
  });

  describe('overrides', () => {
    check([
      ['full wins over open dates', [cohort('a', '2026-06-01', '2026-09-28', { override: { status: 'full' } })], '2026-07-01T12:00:00Z', 'full', 'a'],
      ['closed wins over open dates', [cohort('a', '2026-06-01', '2026-09-28', { override: { status: 'closed' } })], '2026-07-01T12:00:00Z', 'closed', 'a'],
      ['open wins over past dates', [cohort('a', '2026-01-01', '2026-02-01', { override: { status: 'open' } })], '2026-07-01T12:00:00Z', 'open', 'a'],
      ['open wins over future dates', [cohort('a', '2027-01-01', '2027-02-01', { override: { status: 'open' } })], '2026-07-01T12:00:00Z', 'open', 'a'],
      [
        'a full cohort within its dates is told of before one opening later',
        [cohort('full', '2026-06-01', '2026-09-28', { override: { status: 'full' } }), cohort('next', '2027-01-01', '2027-02-01')],
        '2026-07-01T12:00:00Z',
        'full',
        'full',
      ],
      [
        'once a full cohort\'s dates have passed, the next opening is told of',
        [cohort('full', '2026-06-01', '2026-09-28', { override: { status: 'full' } }), cohort('next', '2027-01-01', '2027-02-01')],
        '2026-09-28T23:00:00Z',
        'opens',
        'next',
      ],
      [
        'an opening cohort is told of before a full one whose dates are still ahead',
        [cohort('full', '2027-06-01', '2027-09-28', { override: { status: 'full' } }), cohort('next', '2027-01-01', '2027-02-01')],
        '2026-07-01T12:00:00Z',
        'opens',
        'next',
      ],
      [
        'a cohort taking applications is told of before a full one',
        [cohort('full', '2026-06-01', '2026-09-28', { override: { status: 'full' } }), cohort('open', '2026-06-01', '2026-12-01')],
        '2026-07-01T12:00:00Z',
        'open',
        'open',
      ],
      [
        'a full cohort is told of before a closed one',
        [cohort('old', '2026-01-01', '2026-02-01'), cohort('full', '2026-06-01', '2026-09-28', { override: { status: 'full' } })],
        '2026-07-01T12:00:00Z',
        'full',
        'full',
      ],
    ]);

    it('changes from full to the next opening when the full cohort\'s dates pass', () => {
      const subject = programme([cohort('full', '2026-06-01', '2026-09-28', { override: { status: 'full' } }), cohort('next', '2027-01-01', '2027-02-01')]);
      expect(applicationStatus(subject, at('2026-07-01T12:00:00Z')).nextChangeAt?.toISOString()).to.equal('2026-09-28T23:00:00.000Z');
    });

    it('carries the note and never changes by itself', () => {
      const status = applicationStatus(
        programme([cohort('a', '2026-06-01', '2026-09-28', { override: { status: 'full', note: 'Join the waiting list by email.' } })]),
        at('2026-07-01T12:00:00Z'),
      );
      expect(status.override).to.deep.equal({ status: 'full', note: 'Join the waiting list by email.' });
      expect(status.nextChangeAt).to.equal(undefined);
    });
  });

  describe('nextChangeAt', () => {
    const rows: [string, string | undefined][] = [
      ['2026-05-01T12:00:00Z', '2026-05-31T23:00:00.000Z'],
      ['2026-07-01T12:00:00Z', '2026-09-14T16:00:00.000Z'],
      ['2026-09-20T12:00:00Z', '2026-09-28T16:00:00.000Z'],
      ['2026-10-01T12:00:00Z', undefined],
    ];
    for (const [now, next] of rows) {
      it(`at ${now} is ${next ?? 'never'}`, () => {
        expect(applicationStatus(programme([autumn]), at(now)).nextChangeAt?.toISOString()).to.equal(next);
      });
    }

    it('is the first instant the state or cohort changes, for any cohorts and any instant', () => {
      const day = 86_400_000;
      const start = Date.UTC(2026, 0, 1);
      const dateArb = fc.integer({ min: 0, max: 700 }).map((offset) => new Date(start + offset * day).toISOString().slice(0, 10));
      const cohortArb = fc
        .tuple(
          dateArb,
          fc.integer({ min: 1, max: 120 }),
          fc.integer({ min: 0, max: 30 }),
          fc.boolean(),
          fc.integer({ min: 0, max: 23 }),
          fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.constantFrom('open' as const, 'closed' as const, 'full' as const), weight: 1 }),
        )
        .map(([opens, length, closingSoonDays, timed, hour, override]) => {
          const closeDate = new Date(Date.parse(opens) + length * day).toISOString().slice(0, 10);
          const closes = timed ? `${closeDate}T${String(hour).padStart(2, '0')}:00` : closeDate;
          return { applications: { opens, closes, closingSoonDays }, override };
        });
      fc.assert(
        fc.property(fc.array(cohortArb, { maxLength: 4 }), fc.integer({ min: 0, max: 900 * day }), (windows, offset) => {
          const cohorts = windows.map(({ applications, override }, index) =>
            cohort(`c${index}`, applications.opens, applications.closes, { applications, ...(override && { override: { status: override } }) }),
          );
          const subject = programme(cohorts);
          const now = new Date(start - 30 * day + offset);
          const status = applicationStatus(subject, now);
          const key = (s: typeof status) => `${s.state}/${s.cohort?.id ?? ''}`;
          if (!status.nextChangeAt) {
            expect(key(applicationStatus(subject, new Date(now.getTime() + 1000 * day)))).to.equal(key(status));
            return;
          }
          const next = status.nextChangeAt.getTime();
          expect(next).to.be.greaterThan(now.getTime());
          expect(key(applicationStatus(subject, new Date(next - 1)))).to.equal(key(status));
          expect(key(applicationStatus(subject, new Date((now.getTime() + next) / 2)))).to.equal(key(status));
          expect(key(applicationStatus(subject, new Date(next)))).not.to.equal(key(status));
        }),
        { numRuns: 500 },
      );
    });
  });

  describe('findCohort', () => {
    it('finds a cohort by id and nothing for an unknown id', () => {
      const subject = programme([autumn]);
      expect(findCohort(subject, '2026b')?.label).to.equal('Autumn 2026');
      expect(findCohort(subject, '2099z')).to.equal(undefined);
      expect(applicationStatus(subject, at('2026-07-01T12:00:00Z'), '2099z')).to.deep.equal({ state: 'closed' });
    });
  });
});
