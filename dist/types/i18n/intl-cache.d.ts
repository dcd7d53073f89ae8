export declare function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat;
export declare function pluralRules(locale: string): Intl.PluralRules;
export declare function languageNames(locale: string): Intl.DisplayNames;
