/**
 * `Intl` constructors are slow (a timeline of 1,000 events would build 1,000
 * formatters) while their results are immutable, so every widget shares one
 * instance per locale and option set. The cache is bounded because `locale`
 * comes from pages and data we do not control.
 */
const MAX_ENTRIES = 64;
const cache = new Map<string, object>();

function cached<T extends object>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined; // stored by this function under this key, so of type T
  if (!value) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    value = create();
    cache.set(key, value);
  }
  return value;
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function pluralRules(locale: string): Intl.PluralRules {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale));
}

export function languageNames(locale: string): Intl.DisplayNames {
  return cached(`l|${locale}`, () => new Intl.DisplayNames(locale, { type: 'language' }));
}
