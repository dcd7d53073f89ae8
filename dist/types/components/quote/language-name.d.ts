/**
 * The name of language `code` in the language the widget speaks in `locale`
 * (English where Lede has no strings for it). A browser whose `Intl` has no
 * names in that language (Debian's Chromium for Azerbaijani, Kazakh and
 * Belarusian gives back the code, a code with English words, or English
 * names) gets the language's own name instead ("English", "русский"), then the code.
 */
export declare function languageName(tag: string, locale: string): string;
