import { ar } from './strings/ar.js';
import { az } from './strings/az.js';
import { be } from './strings/be.js';
import { de } from './strings/de.js';
import { en } from './strings/en.js';
import { es } from './strings/es.js';
import { fa } from './strings/fa.js';
import { fr } from './strings/fr.js';
import { he } from './strings/he.js';
import { kk } from './strings/kk.js';
import { ru } from './strings/ru.js';
import { tr } from './strings/tr.js';
import { uk } from './strings/uk.js';
import { zh } from './strings/zh.js';
import type { UiStrings } from './ui-strings.js';

/**
 * The languages Lede speaks; any other falls back to English. Each table is a
 * full `UiStrings`, built the first time a widget speaks it: a page holds the
 * strings of the languages it shows, not of all fourteen.
 */
const TABLES: Readonly<Record<string, () => UiStrings>> = { ar, az, be, de, en, es, fa, fr, he, kk, ru, tr, uk, zh };
const built: Record<string, UiStrings> = {};
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

export interface ResolvedLocale {
  /** Canonical BCP 47 tag, used for `Intl` formatting. */
  readonly locale: string;
  /** Primary language subtag (`ru` for `ru-KZ`). */
  readonly language: string;
  readonly dir: 'ltr' | 'rtl';
  /** The UI strings of the language, else English. */
  readonly strings: UiStrings;
}

function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined; // not BCP 47: try the next candidate
  }
}

export function languageOf(locale: string): string {
  return locale.split('-')[0].toLowerCase();
}

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(languageOf(locale)) ? 'rtl' : 'ltr';
}

/** Between the items of a list of names: the Arabic comma in the languages written in Arabic script, the ideographic one in Chinese. */
export function listSeparator(language: string): string {
  return /^(ar|fa|ur|ps|ckb|sd|ug)$/.test(language) ? '، ' : language === 'zh' ? '、' : ', ';
}

/** The language a widget in `locale` speaks: its own if Lede has its strings, else English. */
export function uiLanguage(locale: string): string {
  const language = languageOf(locale);
  return Object.hasOwn(TABLES, language) ? language : 'en';
}

export function stringsFor(locale: string): UiStrings {
  const language = uiLanguage(locale);
  return (built[language] ??= TABLES[language]());
}

/**
 * docs/languages.md: the first well-formed tag of, in order, the `locale` attribute, the
 * data's `lang`, the nearest `lang` attribute and `navigator.language`; else `en`.
 */
export function resolveLocale(...candidates: ReadonlyArray<string | null | undefined>): ResolvedLocale {
  let locale = 'en';
  for (const candidate of candidates) {
    const tag = canonical(candidate);
    if (tag) {
      locale = tag;
      break;
    }
  }
  return { locale, language: languageOf(locale), dir: directionOf(locale), strings: stringsFor(locale) };
}
