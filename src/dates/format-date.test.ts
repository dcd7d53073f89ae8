import { expect } from '@open-wc/testing';
import { stringsFor } from '../i18n/locale.js';
import { formatPartialDate } from './format-date.js';
import { parsePartialDate } from './partial-date.js';

function format(value: string, locale: string): string {
  const date = parsePartialDate(value);
  if (!date) throw new Error(`${value} did not parse`);
  return formatPartialDate(date, locale, stringsFor(locale));
}

describe('formatPartialDate', () => {
  it('shows each precision in Russian, with the nominative month for month-only dates', () => {
    expect(format('2024', 'ru')).to.equal('2024');
    expect(format('2024-12', 'ru')).to.equal('декабрь 2024');
    expect(format('2025-07', 'ru')).to.equal('июль 2025');
    expect(format('2025-10-07', 'ru')).to.equal('7 октября 2025');
    expect(format('2025-10-09T15:00:00+05:00', 'ru')).to.equal('9 октября 2025, 15:00');
  });

  it('shows each precision in English', () => {
    expect(format('2024', 'en')).to.equal('2024');
    expect(format('2025-10', 'en')).to.equal('October 2025');
    expect(format('2024-12-25', 'en')).to.equal('December 25, 2024');
    expect(format('2025-10-09T15:00:00+05:00', 'en')).to.equal('October 9, 2025, 3:00 PM');
  });

  it('joins date and time with the language\'s own separator', () => {
    expect(format('2025-10-09T15:00:00+05:00', 'ar')).to.match(/^\S+ \S+ \S+، /);
  });

  it('words approximate and uncertain dates per language', () => {
    expect(format('2019~', 'ru')).to.equal('около 2019');
    expect(format('2019~', 'en')).to.equal('c. 2019');
    expect(format('2019?', 'ru')).to.equal('2019?');
    expect(format('2019-05?', 'en')).to.equal('May 2019?');
  });

  it('does not move a date-only value to the previous day west of UTC', () => {
    // The runner emulates America/Los_Angeles.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
    expect(format('2024-12-25', 'en')).to.equal('December 25, 2024');
    expect(format('2024-01', 'en')).to.equal('January 2024');
    expect(format('2024', 'en')).to.equal('2024');
  });
});
