import { html, nothing, type TemplateResult } from 'lit';
import { formatPartialDate } from './format-date.js';
import type { PartialDate } from './partial-date.js';
import type { ResolvedLocale } from '../i18n/locale.js';

/** `<time datetime>` with the date in its precision, or the data's own `dateLabel`. */
export function renderDate(
  date: PartialDate | undefined,
  label: string | undefined,
  { locale, strings }: ResolvedLocale,
  part: string | typeof nothing = 'date',
): TemplateResult | typeof nothing {
  if (!date) return nothing;
  return html`<time part=${part} datetime=${date.iso}>${label ?? formatPartialDate(date, locale, strings)}</time>`;
}
