import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

export const en = (): UiStrings => ({
  quoteMarks: ['“', '”'],
  dateTimeSeparator: ', ',
  approximate: (date) => `c. ${date}`,
  uncertain: (date) => `${date}?`,
  loadingText: 'Loading…',
  invalidData: 'This content could not be shown.',
  fetchFailed: 'This content could not be loaded.',
  retryLabel: 'Try again',
  shareLabel: 'Share',
  linkCopied: 'Link copied',
  showOriginal: (language) => `Show original in ${language}`,
  showTranslation: (language) => `Show translation in ${language}`,
  showAll: (count) => `Show all ${count} ${pluralForm('en', count, { one: 'event', other: 'events' })}`,
  previousLabel: 'Previous',
  nextLabel: 'Next',
  copyLink: 'Copy link to this event',
  categoriesLabel: 'Categories',
  sourcesLabel: 'Sources',
  updatedLabel: 'Updated',
  tagsLabel: 'Tags',
  newEvents: (count) => `${count} new ${pluralForm('en', count, { one: 'event', other: 'events' })}`,
  newMark: 'New',
});
