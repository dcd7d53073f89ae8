import { expect } from '@open-wc/testing';
import { languageName } from './language-name.js';

describe('languageName', () => {
  it('names a language for the reader, else by its own name, never by its bare code', () => {
    expect(languageName('en', 'ru').toLowerCase()).to.equal('английский'); // WebKit capitalises it
    expect(languageName('ru', 'en-GB')).to.equal('Russian');
    // Debian's Chromium has no Azerbaijani or Kazakh names for other languages: it gave "en" and "ru".
    for (const locale of ['az', 'kk', 'be']) {
      for (const code of ['en', 'ru']) expect(languageName(code, locale), `${code} for ${locale}`).to.match(/^\p{L}[\p{L} ]{2,}$/u).and.not.equal(code);
    }
    // With a region or a script, Debian's Chromium gave "en (United Kingdom)" in Kazakh.
    for (const [code, locale] of [['en-GB', 'kk'], ['pt-BR', 'az'], ['zh-Hant', 'az']]) {
      const name = languageName(code, locale);
      expect(name, `${code} for ${locale}`).to.match(/^\p{L}{3}/u).and.not.match(new RegExp(`^${code.split('-')[0]}\\b`));
    }
    expect(languageName('xx', 'ru')).to.equal('xx');
  });

  it('names it in English where Lede speaks English for want of the reader\'s language', () => {
    expect(languageName('ru', 'ka')).to.equal('Russian');
    expect(languageName('ru', 'hy-AM')).to.equal('Russian');
  });
});
