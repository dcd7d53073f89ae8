import { languageNames } from '../../i18n/intl-cache.js';

/**
 * The name of language `code` for a reader of `locale`. A browser whose `Intl`
 * has no names in the reader's language (Debian's Chromium for Azerbaijani,
 * Kazakh and Belarusian: `of()` gives back the code, or English names) gets
 * the language's own name instead ("English", "русский"), then the code.
 */
export function languageName(code: string, locale: string): string {
  const names = languageNames(locale);
  const named = names.resolvedOptions().locale.split('-')[0] === locale.split('-')[0] && names.of(code);
  return (named !== code && named) || languageNames(code).of(code) || code;
}
