import { pluralRules } from './intl-cache.js';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/** The form of a counted word that `locale`'s plural rules pick for `count`. */
export function pluralForm(locale: string, count: number, forms: PluralForms): string {
  return forms[pluralRules(locale).select(count)] ?? forms.other;
}
