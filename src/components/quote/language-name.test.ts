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
    expect(languageName('xx', 'ru')).to.equal('xx');
  });
});
