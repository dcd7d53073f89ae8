import { html, nothing, type TemplateResult } from 'lit';
import type { Issue } from '../data/validate.js';
import type { LedeErrorCode } from '../events.js';
import type { ResolvedLocale } from '../i18n/locale.js';

/** What a widget without fallback content shows when it fails; a failed fetch can be retried. */
export function renderNotice({ locale, dir, strings }: ResolvedLocale, code: LedeErrorCode, retry: () => void): TemplateResult {
  const retryable = code === 'fetch-failed' || code === 'timeout';
  return html`<div part="notice" role="status" lang=${locale} dir=${dir}>
    <span>${retryable ? strings.fetchFailed : strings.invalidData}</span>
    ${retryable ? html`<button part="retry" type="button" @click=${retry}>${strings.retryLabel}</button>` : nothing}
  </div>`;
}

/** The `debug` list: for editors, like the console, in English. */
export function renderIssues(issues: readonly Issue[]): TemplateResult {
  return html`<ul part="issues" lang="en" dir="ltr" aria-label=${`Left out: ${issues.length}`}>
    ${issues.map((issue) => html`<li><code>${issue.path}</code> ${issue.message}</li>`)}
  </ul>`;
}
