import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  closesInstant,
  londonDaysBefore,
  londonIsoDateTime,
  londonOffsetMinutes,
  londonWallTime,
  londonWallTimeToInstant,
  opensInstant,
  parseUkDateTime,
} from '../../../src/core/status/london-time.js';

describe('London time', () => {
  describe('londonOffsetMinutes', () => {
    // 2026: clocks go forward 01:00 GMT on 29 March and back 01:00 GMT (02:00 BST) on 25 October.
    const cases: [string, number][] = [
      ['2026-01-15T12:00:00Z', 0],
      ['2026-03-29T00:59:59Z', 0],
      ['2026-03-29T01:00:00Z', 60],
      ['2026-07-01T12:00:00Z', 60],
      ['2026-10-25T00:59:59Z', 60],
      ['2026-10-25T01:00:00Z', 0],
      ['2027-03-28T01:00:00Z', 60],
    ];
    for (const [instant, offset] of cases) {
      it(`is ${offset} minutes at ${instant}`, () => {
        expect(londonOffsetMinutes(new Date(instant))).to.equal(offset);
      });
    }
  });

  describe('londonWallTimeToInstant', () => {
    const cases: [string, [number, number, number, number, number], string][] = [
      ['winter (GMT)', [2026, 1, 15, 9, 0], '2026-01-15T09:00:00.000Z'],
      ['summer (BST)', [2026, 9, 28, 17, 0], '2026-09-28T16:00:00.000Z'],
      ['just before the spring change', [2026, 3, 29, 0, 59], '2026-03-29T00:59:00.000Z'],
      ['inside the spring gap: read with the winter offset (02:30 BST)', [2026, 3, 29, 1, 30], '2026-03-29T01:30:00.000Z'],
      ['just after the spring gap', [2026, 3, 29, 2, 0], '2026-03-29T01:00:00.000Z'],
      ['autumn repeated hour: the first (BST) one', [2026, 10, 25, 1, 30], '2026-10-25T00:30:00.000Z'],
      ['just after the autumn repeat', [2026, 10, 25, 2, 0], '2026-10-25T02:00:00.000Z'],
      ['midnight on the autumn change day', [2026, 10, 25, 0, 0], '2026-10-24T23:00:00.000Z'],
      ['midnight after the autumn change', [2026, 10, 26, 0, 0], '2026-10-26T00:00:00.000Z'],
      ['new year', [2027, 1, 1, 0, 0], '2027-01-01T00:00:00.000Z'],
    ];
    for (const [name, [year, month, day, hour, minute], expected] of cases) {
      it(`resolves ${name}`, () => {
        expect(londonWallTimeToInstant(year, month, day, hour, minute).toISOString()).to.equal(expected);
      });
    }

    it('round-trips every wall time that exists', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 2000, max: 2060 }),
          // March and October (the change months) are drawn far more often than chance would.
          fc.oneof(fc.constantFrom(3, 10), fc.integer({ min: 1, max: 12 })),
          fc.oneof(fc.integer({ min: 25, max: 31 }), fc.integer({ min: 1, max: 31 })),
          fc.integer({ min: 0, max: 23 }),
          fc.integer({ min: 0, max: 59 }),
          (year, month, day, hour, minute) => {
            if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return; // 31 June
            const springChangeDay =
              londonOffsetMinutes(new Date(Date.UTC(year, month - 1, day, 0))) < londonOffsetMinutes(new Date(Date.UTC(year, month - 1, day, 3)));
            if (springChangeDay && hour === 1) return; // 01:xx does not exist that day; see the table
            const wall = londonWallTime(londonWallTimeToInstant(year, month, day, hour, minute));
            expect([wall.year, wall.month, wall.day, wall.hour, wall.minute]).to.deep.equal([year, month, day, hour, minute]);
          },
        ),
        { numRuns: 1000 },
      );
    });
  });

  describe('opening and closing instants', () => {
    const cases: [string, 'opens' | 'closes', string, string][] = [
      ['a date opens at 00:00 that day', 'opens', '2027-06-01', '2027-05-31T23:00:00.000Z'],
      ['a date and time opens exactly then', 'opens', '2027-06-01T09:00', '2027-06-01T08:00:00.000Z'],
      ['a date closes at the end of that day (summer)', 'closes', '2026-09-28', '2026-09-28T23:00:00.000Z'],
      ['a date closes at the end of that day (winter)', 'closes', '2026-12-01', '2026-12-02T00:00:00.000Z'],
      ['a date on the spring change day closes at its end, in BST', 'closes', '2026-03-29', '2026-03-29T23:00:00.000Z'],
      ['a date the day before the spring change closes at 00:00 GMT', 'closes', '2026-03-28', '2026-03-29T00:00:00.000Z'],
      ['a date on the autumn change day closes at its end, in GMT', 'closes', '2026-10-25', '2026-10-26T00:00:00.000Z'],
      ['a time closes exactly then', 'closes', '2026-09-28T17:00', '2026-09-28T16:00:00.000Z'],
      ['midnight closes at the start of that day', 'closes', '2026-09-28T00:00', '2026-09-27T23:00:00.000Z'],
      ['a date at the end of a year rolls into the next', 'closes', '2026-12-31', '2027-01-01T00:00:00.000Z'],
    ];
    for (const [name, role, value, expected] of cases) {
      it(name, () => {
        const parsed = parseUkDateTime(value)!;
        const instant = role === 'opens' ? opensInstant(parsed) : closesInstant(parsed);
        expect(instant.toISOString()).to.equal(expected);
      });
    }

    it('refuses text that is not a UK date or date and time', () => {
      for (const value of ['28/09/2026', '2026-09-28T17:00Z', '2026-09-28 17:00', '']) {
        expect(parseUkDateTime(value), value).to.equal(undefined);
      }
    });
  });

  describe('londonDaysBefore', () => {
    it('keeps the London time of day across the spring change', () => {
      // 5pm BST on 5 April is 16:00Z; 14 days earlier is 5pm GMT, 17:00Z (not 16:00Z).
      expect(londonDaysBefore(new Date('2026-04-05T16:00:00Z'), 14).toISOString()).to.equal('2026-03-22T17:00:00.000Z');
    });

    it('keeps the London time of day across the autumn change', () => {
      expect(londonDaysBefore(new Date('2026-11-01T17:00:00Z'), 14).toISOString()).to.equal('2026-10-18T16:00:00.000Z');
    });
  });

  describe('londonIsoDateTime', () => {
    it('writes local time with the offset in force', () => {
      expect(londonIsoDateTime(new Date('2026-09-28T16:00:00Z'))).to.equal('2026-09-28T17:00+01:00');
      expect(londonIsoDateTime(new Date('2026-12-01T17:00:00Z'))).to.equal('2026-12-01T17:00+00:00');
    });
  });
});
