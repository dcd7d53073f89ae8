/**
 * The name of language `code` for a reader of `locale`. A browser whose `Intl`
 * has no names in the reader's language (Debian's Chromium for Azerbaijani,
 * Kazakh and Belarusian: `of()` gives back the code, or English names) gets
 * the language's own name instead ("English", "русский"), then the code.
 */
export declare function languageName(code: string, locale: string): string;
