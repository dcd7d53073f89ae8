import type { UiStrings } from './ui-strings.js';
export interface ResolvedLocale {
    /** Canonical BCP 47 tag, used for `Intl` formatting. */
    readonly locale: string;
    /** Primary language subtag (`ru` for `ru-KZ`). */
    readonly language: string;
    readonly dir: 'ltr' | 'rtl';
    /** The UI strings of the language, else English. */
    readonly strings: UiStrings;
}
export declare function languageOf(locale: string): string;
export declare function directionOf(locale: string): 'ltr' | 'rtl';
/** Between the items of a list of names: the Arabic comma in the languages written in Arabic script, the ideographic one in Chinese. */
export declare function listSeparator(language: string): string;
/** The language a widget in `locale` speaks: its own if Lede has its strings, else English. */
export declare function uiLanguage(locale: string): string;
export declare function stringsFor(locale: string): UiStrings;
/**
 * docs/languages.md: the first well-formed tag of, in order, the `locale` attribute, the
 * data's `lang`, the nearest `lang` attribute and `navigator.language`; else `en`.
 */
export declare function resolveLocale(...candidates: ReadonlyArray<string | null | undefined>): ResolvedLocale;
