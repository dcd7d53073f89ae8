import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

export const en = (): UiStrings => ({
  quoteMarks: ['“', '”'],
  dateTimeSeparator: ', ',
  approximate: (date) => `c. ${date}`,
  uncertain: (date) => `${date}?`,
  loading: 'Loading…',
  invalidData: 'This content could not be shown.',
  fetchFailed: 'This content could not be loaded.',
  retry: 'Try again',
  share: 'Share',
  linkCopied: 'Link copied',
  showOriginal: (language) => `Show original in ${language}`,
  showTranslation: (language) => `Show translation in ${language}`,
  showAll: (count) => `Show all ${count} ${pluralForm('en', count, { one: 'event', other: 'events' })}`,
  previous: 'Previous',
  next: 'Next',
  copyLink: 'Copy link to this event',
  categories: 'Categories',
  sources: 'Sources',
  updated: 'Updated',
  tags: 'Tags',
  newEvents: (count) => `${count} new ${pluralForm('en', count, { one: 'event', other: 'events' })}`,
  newMark: 'New',
});
