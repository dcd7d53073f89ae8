/**
 * Everything a widget says to readers, per language. Each table is typed
 * `UiStrings`, so a missing or misspelt key fails the build. Functions take
 * counts or already formatted values, and choose plural forms with
 * `pluralForm()` (Intl.PluralRules), never with `n === 1`.
 */
export interface UiStrings {
  /** Opening and closing quotation marks for text in this language (CLDR). */
  readonly quoteMarks: readonly [string, string];
  /** Between the date and the time of a date-time (", "; Arabic "، "). */
  readonly dateTimeSeparator: string;
  /**
   * Month names, for languages whose dates some browsers' `Intl` cannot write:
   * twelve standalone (nominative) names, then twelve as in "25 снежня", each
   * list space-separated. Without it, dates come from `Intl`.
   */
  readonly monthNames?: readonly [standalone: string, format: string];
  readonly approximate: (date: string) => string;
  readonly uncertain: (date: string) => string;
  /** Said once (a polite status) while `src` is being fetched. */
  readonly loadingText: string;
  readonly invalidData: string;
  readonly fetchFailed: string;
  readonly retryLabel: string;
  readonly shareLabel: string;
  readonly linkCopied: string;
  readonly showOriginal: (language: string) => string;
  readonly showTranslation: (language: string) => string;
  /** Timeline: the control that shows every event after `collapsed-after`. */
  readonly showAll: (count: number) => string;
  readonly previousLabel: string;
  readonly nextLabel: string;
  /** Accessible name of an event's copy-link control. */
  readonly copyLink: string;
  readonly categoriesLabel: string;
  readonly sourcesLabel: string;
  /** Article: shown when `updated` is later than `published`, and after a refresh moved it forward. */
  readonly updatedLabel: string;
  readonly tagsLabel: string;
  /** Timeline `refresh`: how many events arrived (the control that shows them, and the announcement). */
  readonly newEvents: (count: number) => string;
  /** The mark on an event that arrived with a refresh, until the reader has seen it. */
  readonly newMark: string;
}
