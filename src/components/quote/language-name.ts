import { languageNames } from '../../i18n/intl-cache.js';
import { languageOf, uiLanguage } from '../../i18n/locale.js';

/**
 * The name of language `code` in the language the widget speaks in `locale`
 * (English where Lede has no strings for it). A browser whose `Intl` has no
 * names in that language (Debian's Chromium for Azerbaijani, Kazakh and
 * Belarusian gives back the code, a code with English words, or English
 * names) gets the language's own name instead ("English", "русский"), then the code.
 */
export function languageName(tag: string, locale: string): string {
  // Without its extensions (`-u-…`, `-t-…`, `-x-…`): Firefox's DisplayNames.of() throws on them.
  const code = tag.replace(/-\w-.*/, '');
  const reader = uiLanguage(locale) === languageOf(locale) ? locale : 'en';
  const names = languageNames(reader);
  const base = languageOf(code);
  const known = languageOf(names.resolvedOptions().locale) === languageOf(reader) && names.of(base) !== base;
  return (known && names.of(code)) || languageNames(code).of(code) || code;
}
