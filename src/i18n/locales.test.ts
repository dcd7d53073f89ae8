import { expect } from '@open-wc/testing';
import { formatPartialDate } from '../dates/format-date.js';
import { parsePartialDate } from '../dates/partial-date.js';
import { resolveLocale } from './locale.js';

function format(value: string, locale: string): string {
  return formatPartialDate(parsePartialDate(value)!, locale, resolveLocale(locale).strings);
}

const strings = (locale: string) => resolveLocale(locale).strings;

/** year, month, day, date-time, approximate year, uncertain year: as a reader of each language expects them. */
const DATES: Record<string, readonly string[]> = {
  ru: ['2024', 'декабрь 2024', '25 декабря 2024', '9 октября 2025, 15:00', 'около 2019', '2019?'],
  en: ['2024', 'December 2024', 'December 25, 2024', 'October 9, 2025, 3:00 PM', 'c. 2019', '2019?'],
  uk: ['2024', 'грудень 2024', '25 грудня 2024', '9 жовтня 2025, 15:00', 'близько 2019', '2019?'],
  be: ['2024', 'снежань 2024', '25 снежня 2024', '9 кастрычніка 2025, 15:00', 'каля 2019', '2019?'],
  az: ['2024', 'dekabr 2024', '25 dekabr 2024', '9 oktyabr 2025, 15:00', 'təxminən 2019', '2019?'],
  kk: ['2024', 'желтоқсан 2024', '25 желтоқсан 2024', '9 қазан 2025, 15:00', 'шамамен 2019', '2019?'],
  tr: ['2024', 'Aralık 2024', '25 Aralık 2024', '9 Ekim 2025 15:00', 'yaklaşık 2019', '2019?'],
  de: ['2024', 'Dezember 2024', '25. Dezember 2024', '9. Oktober 2025, 15:00', 'um 2019', '2019?'],
  fr: ['2024', 'décembre 2024', '25 décembre 2024', '9 octobre 2025 à 15:00', 'vers 2019', '2019\u202f?'],
  es: ['2024', 'diciembre de 2024', '25 de diciembre de 2024', '9 de octubre de 2025, 15:00', 'hacia 2019', '2019?'],
  zh: ['2024年', '2024年12月', '2024年12月25日', '2025年10月9日 15:00', '约2019年', '2019年？'],
  he: ['2024', 'דצמבר 2024', '25 בדצמבר 2024', '9 באוקטובר 2025, 15:00', 'בסביבות 2019', '2019?'],
  ar: ['2024', 'ديسمبر 2024', '25 ديسمبر 2024', '9 أكتوبر 2025، 3:00 م', 'حوالي 2019', '2019؟'],
  // Gregorian, as the data is, in Persian digits: not the Solar Hijri year 1403.
  fa: ['۲۰۲۴', 'دسامبر ۲۰۲۴', '۲۵ دسامبر ۲۰۲۴', '۹ اکتبر ۲۰۲۵، ۱۵:۰۰', 'حدود ۲۰۱۹', '۲۰۱۹؟'],
};

describe('languages', () => {
  for (const [language, expected] of Object.entries(DATES)) {
    it(`writes every date precision in ${language}`, () => {
      const shown = ['2024', '2024-12', '2024-12-25', '2025-10-09T15:00:00+05:00', '2019~', '2019?'].map((value) => format(value, language));
      expect(shown).to.deep.equal(expected);
    });
  }

  it('uses each language\'s quotation marks (CLDR)', () => {
    const marks = (locale: string) => strings(locale).quoteMarks.join('…');
    for (const locale of ['ru', 'uk', 'be', 'kk', 'fa', 'es']) expect(marks(locale), locale).to.equal('«…»');
    expect(marks('de')).to.equal('„…“');
    expect(marks('fr')).to.equal('«\u202f…\u202f»');
    for (const locale of ['en', 'zh', 'tr', 'az']) expect(marks(locale), locale).to.equal('“…”');
    expect(marks('he')).to.equal('”…”');
    expect(marks('ar')).to.equal('”…“');
  });

  it('picks plural forms with Intl.PluralRules', () => {
    const showAll = (locale: string, counts: number[]) => counts.map((count) => strings(locale).showAll(count));
    expect(showAll('ru', [1, 2, 5, 21, 22, 27])).to.deep.equal([
      'Показать все 1 событие', 'Показать все 2 события', 'Показать все 5 событий',
      'Показать все 21 событие', 'Показать все 22 события', 'Показать все 27 событий',
    ]);
    expect(showAll('uk', [21, 22, 27])).to.deep.equal(['Показати всі 21 подію', 'Показати всі 22 події', 'Показати всі 27 подій']);
    expect(showAll('be', [21, 22, 27])).to.deep.equal(['Паказаць усе 21 падзею', 'Паказаць усе 22 падзеі', 'Паказаць усе 27 падзей']);
    expect(showAll('en', [1, 27])).to.deep.equal(['Show all 1 event', 'Show all 27 events']);
    expect(showAll('de', [1, 27])).to.deep.equal(['1 Ereignis anzeigen', 'Alle 27 Ereignisse anzeigen']);
    expect(strings('ar').newEvents(2)).to.equal('حدثان جديدان');
    expect(strings('ar').newEvents(3)).to.equal('3 أحداث جديدة');
    expect(strings('ar').newEvents(11)).to.equal('11 حدثًا جديدًا');
    expect(strings('he').newEvents(1)).to.equal('אירוע חדש אחד');
    expect(strings('ru').newEvents(2)).to.equal('2 новых события');
    expect(strings('uk').newEvents(5)).to.equal('5 нових подій');
  });

  it('falls back by language, then to English', () => {
    expect(resolveLocale('ru-KZ').strings.retryLabel).to.equal('Повторить');
    expect(resolveLocale('kk-Cyrl-KZ').strings.retryLabel).to.equal('Қайталау');
    expect(resolveLocale('pt-BR').strings.retryLabel).to.equal('Try again');
    expect(resolveLocale('not a tag', 'az').strings.retryLabel).to.equal('Yenidən cəhd et');
  });

  it('reads right to left in Arabic, Hebrew, Persian and Urdu only', () => {
    for (const locale of ['ar', 'he', 'fa', 'ur', 'ar-EG']) expect(resolveLocale(locale).dir, locale).to.equal('rtl');
    for (const locale of ['ru', 'en', 'az', 'kk', 'tr', 'zh']) expect(resolveLocale(locale).dir, locale).to.equal('ltr');
  });
});
