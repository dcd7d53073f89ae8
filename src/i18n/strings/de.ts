import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

export const de = (): UiStrings => ({
  quoteMarks: ['„', '“'],
  dateTimeSeparator: ', ',
  approximate: (date) => `um ${date}`,
  uncertain: (date) => `${date}?`,
  loading: 'Wird geladen…',
  invalidData: 'Dieser Inhalt kann nicht angezeigt werden.',
  fetchFailed: 'Dieser Inhalt konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
  share: 'Teilen',
  linkCopied: 'Link kopiert',
  showOriginal: (language) => `Original anzeigen (${language})`,
  showTranslation: (language) => `Übersetzung anzeigen (${language})`,
  showAll: (count) => pluralForm('de', count, { one: '1 Ereignis anzeigen', other: `Alle ${count} Ereignisse anzeigen` }),
  previous: 'Zurück',
  next: 'Weiter',
  copyLink: 'Link zu diesem Ereignis kopieren',
  categories: 'Kategorien',
  sources: 'Quellen',
  updated: 'aktualisiert',
  tags: 'Schlagwörter',
  newEvents: (count) => `${count} ${pluralForm('de', count, { one: 'neues Ereignis', other: 'neue Ereignisse' })}`,
  newMark: 'Neu',
});
