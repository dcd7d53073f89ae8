import { type TemplateResult } from 'lit';
import type { Issue } from '../data/validate.js';
import type { LedeErrorCode } from '../events.js';
import type { ResolvedLocale } from '../i18n/locale.js';
/** What a widget without fallback content shows when it fails; a failed fetch can be retried. */
export declare function renderNotice({ locale, dir, strings }: ResolvedLocale, code: LedeErrorCode, retry: () => void): TemplateResult;
/** The `debug` list: for editors, like the console, in English. */
export declare function renderIssues(issues: readonly Issue[]): TemplateResult;
