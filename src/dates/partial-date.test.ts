import { expect } from '@open-wc/testing';
import { comparePartialDates, parsePartialDate, type PartialDate } from './partial-date.js';

function parsed(value: string): PartialDate {
  const date = parsePartialDate(value);
  if (!date) throw new Error(`${value} did not parse`);
  return date;
}

describe('parsePartialDate', () => {
  it('keeps the precision that is known', () => {
    expect(parsePartialDate('2024')?.precision).to.equal('year');
    expect(parsePartialDate('2024-12')?.precision).to.equal('month');
    expect(parsePartialDate('2024-12-25')?.precision).to.equal('day');
    expect(parsePartialDate('2025-10-09T13:30:00+05:00')?.precision).to.equal('time');
  });

  it('reads EDTF approximate and uncertain marks and leaves them out of the machine value', () => {
    const approximate = parsePartialDate('2019~');
    expect(approximate).to.include({ approximate: true, uncertain: false, iso: '2019' });
    expect(parsePartialDate('2019?')).to.include({ approximate: false, uncertain: true, iso: '2019' });
    expect(parsePartialDate('2019-05%')).to.include({ approximate: true, uncertain: true, iso: '2019-05' });
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of ['2025-13-45', '2025-02-29', '2025-00', '2024-12-32', '2025-10-09T25:00+05:00', '2025-10-09T10:00', '25.12.2024', 'yesterday', '', '2024-1-5',
      '2025-10-00', '2025-10-09T24:00Z', '2025-10-09T10:60Z', '2025-10-09T10:00:60Z', '2025-10-09T10:00+19:00', '2025-10-09T10:00-05:60', '2025-10-09T10:00+5:00']) {
      expect(parsePartialDate(bad), bad).to.equal(null);
    }
    for (const good of ['2024-02-29', '2025-12-31T23:59:59.999+18:59', '2025-01-01T00:00-18:00', '0001-01-01']) {
      expect(parsePartialDate(good), good).not.to.equal(null);
    }
  });

  it('puts a date-time at its real instant, using its offset', () => {
    expect(parsePartialDate('2025-10-09T13:30:00+05:00')?.start).to.equal(Date.UTC(2025, 9, 9, 8, 30));
    expect(parsePartialDate('2025-10-09T08:30Z')?.start).to.equal(Date.UTC(2025, 9, 9, 8, 30));
  });

  it('never depends on the reader\'s time zone for date-only values', () => {
    // The runner emulates America/Los_Angeles; a local-midnight Date would be 8 hours off.
    expect(parsePartialDate('2024-12-25')?.start).to.equal(Date.UTC(2024, 11, 25));
  });
});

describe('comparePartialDates', () => {
  it('sorts a month before the days of that month, and a year before its months', () => {
    const values = ['2024-12-01', '2024-12', '2024-11-30', '2024', '2024-12-25T10:00+03:00', '2024-12-25'];
    const sorted = values.map(parsed).sort(comparePartialDates).map((date) => date.iso);
    expect(sorted).to.deep.equal(['2024', '2024-11-30', '2024-12', '2024-12-01', '2024-12-25', '2024-12-25T10:00+03:00']);
  });

  it('treats approximate dates as the date without the mark', () => {
    expect(comparePartialDates(parsed('2019~'), parsed('2019'))).to.equal(0);
  });
});
