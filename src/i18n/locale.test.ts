import { expect } from '@open-wc/testing';
import { pluralForm } from './plural-form.js';
import { resolveLocale } from './locale.js';

describe('resolveLocale', () => {
  it('takes the first well-formed candidate, in the documented order', () => {
    expect(resolveLocale('en', 'ru', 'de').locale).to.equal('en');
    expect(resolveLocale(undefined, 'ru', 'de').locale).to.equal('ru');
    expect(resolveLocale(undefined, undefined, 'de-AT').locale).to.equal('de-AT');
    expect(resolveLocale('not a tag!', null, 'uk').locale).to.equal('uk');
    expect(resolveLocale().locale).to.equal('en');
  });

  it('canonicalises the tag and knows right-to-left languages', () => {
    expect(resolveLocale('RU-kz').locale).to.equal('ru-KZ');
    expect(resolveLocale('ar').dir).to.equal('rtl');
    expect(resolveLocale('he-IL').dir).to.equal('rtl');
    expect(resolveLocale('ru').dir).to.equal('ltr');
  });

  it('gives the language\'s UI strings, else English', () => {
    expect(resolveLocale('ru-KZ').strings.retryLabel).to.equal('Повторить');
    expect(resolveLocale('xx').strings.retryLabel).to.equal('Try again');
    expect(resolveLocale('ru').strings.quoteMarks).to.deep.equal(['«', '»']);
    expect(resolveLocale('en').strings.quoteMarks).to.deep.equal(['“', '”']);
    expect(resolveLocale('ar-EG').strings.retryLabel).to.equal('إعادة المحاولة');
  });

  it('counts with the language\'s plural rules', () => {
    const forms = { one: 'элемент', few: 'элемента', other: 'элементов' };
    expect([1, 2, 5, 21, 22, 25, 111].map((n) => pluralForm('ru', n, forms))).to.deep.equal([
      'элемент', 'элемента', 'элементов', 'элемент', 'элемента', 'элементов', 'элементов',
    ]);
    expect(resolveLocale('ru').strings.showAll(3)).to.equal('Показать все 3 события');
  });
});
