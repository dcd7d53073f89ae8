import { nothing, type TemplateResult } from 'lit';
import type { PartialDate } from './partial-date.js';
import type { ResolvedLocale } from '../i18n/locale.js';
/** `<time datetime>` with the date in its precision, or the data's own `dateLabel`. */
export declare function renderDate(date: PartialDate | undefined, label: string | undefined, { locale, strings }: ResolvedLocale, part?: string | typeof nothing): TemplateResult | typeof nothing;
