import { expect } from '@open-wc/testing';
import {
  describeClosing,
  describeOpening,
  formatGovukDate,
  formatGovukTime,
  formatLondonDate,
} from '../../../src/core/status/govuk-date.js';

describe('GOV.UK dates and times', () => {
  describe('formatGovukTime', () => {
    const cases: [number, number, string][] = [
      [17, 0, '5pm'],
      [17, 30, '5:30pm'],
      [9, 0, '9am'],
      [9, 5, '9:05am'],
      [12, 0, 'midday'],
      [12, 30, '12:30pm'],
      [0, 0, 'midnight'],
      [0, 30, '12:30am'],
      [23, 59, '11:59pm'],
      [11, 59, '11:59am'],
    ];
    for (const [hour, minute, text] of cases) {
      it(`writes ${hour}:${String(minute).padStart(2, '0')} as "${text}"`, () => {
        expect(formatGovukTime(hour, minute)).to.equal(text);
      });
    }
  });

  describe('formatGovukDate', () => {
    const cases: [[number, number, number], string][] = [
      [[2026, 9, 28], '28 September 2026'],
      [[2027, 6, 1], '1 June 2027'],
      [[2026, 1, 9], '9 January 2026'],
      [[2026, 12, 31], '31 December 2026'],
    ];
    for (const [[year, month, day], text] of cases) {
      it(`writes ${year}-${month}-${day} as "${text}"`, () => {
        expect(formatGovukDate({ year, month, day })).to.equal(text);
      });
    }

    it('reads an instant on the London calendar, not UTC', () => {
      // 23:30 UTC on 27 September is 00:30 BST on 28 September.
      expect(formatLondonDate(new Date('2026-09-27T23:30:00Z'))).to.equal('28 September 2026');
      expect(formatLondonDate(new Date('2026-12-27T23:30:00Z'))).to.equal('27 December 2026');
    });
  });

  describe('describeClosing', () => {
    const cases: [string, string, string][] = [
      ['2026-09-28', '28 September 2026', '2026-09-28'],
      ['2026-09-28T17:00', '5pm, 28 September 2026', '2026-09-28T17:00+01:00'],
      ['2026-09-28T17:30', '5:30pm, 28 September 2026', '2026-09-28T17:30+01:00'],
      ['2026-09-28T12:00', 'midday, 28 September 2026', '2026-09-28T12:00+01:00'],
      ['2026-09-28T00:00', 'midnight, 27 September 2026', '2026-09-28T00:00+01:00'],
      ['2026-12-01T17:00', '5pm, 1 December 2026', '2026-12-01T17:00+00:00'],
      ['2027-01-01T00:00', 'midnight, 31 December 2026', '2027-01-01T00:00+00:00'],
    ];
    for (const [value, text, datetime] of cases) {
      it(`reads "${value}" as "${text}"`, () => {
        expect(describeClosing(value)).to.deep.equal({ text, datetime });
      });
    }
  });

  describe('describeOpening', () => {
    const cases: [string, string, string][] = [
      ['2027-06-01', '1 June 2027', '2027-06-01'],
      ['2027-06-01T00:00', '1 June 2027', '2027-06-01T00:00+01:00'],
      ['2027-06-01T09:00', '9am, 1 June 2027', '2027-06-01T09:00+01:00'],
      ['2027-02-01T12:00', 'midday, 1 February 2027', '2027-02-01T12:00+00:00'],
    ];
    for (const [value, text, datetime] of cases) {
      it(`reads "${value}" as "${text}"`, () => {
        expect(describeOpening(value)).to.deep.equal({ text, datetime });
      });
    }

    it('gives nothing for an unreadable value', () => {
      expect(describeOpening('1 June 2027')).to.equal(undefined);
      expect(describeClosing('2027-06-01T9:00')).to.equal(undefined);
    });
  });
});
