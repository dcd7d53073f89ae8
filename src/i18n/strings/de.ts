import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

export const de = (): UiStrings => ({
  quoteMarks: ['„', '“'],
  dateTimeSeparator: ', ',
  approximate: (date) => `um ${date}`,
  uncertain: (date) => `${date}?`,
  loadingText: 'Wird geladen…',
  invalidData: 'Dieser Inhalt kann nicht angezeigt werden.',
  fetchFailed: 'Dieser Inhalt konnte nicht geladen werden.',
  retryLabel: 'Erneut versuchen',
  shareLabel: 'Teilen',
  linkCopied: 'Link kopiert',
  showOriginal: (language) => `Original anzeigen (${language})`,
  showTranslation: (language) => `Übersetzung anzeigen (${language})`,
  showAll: (count) => pluralForm('de', count, { one: '1 Ereignis anzeigen', other: `Alle ${count} Ereignisse anzeigen` }),
  previousLabel: 'Zurück',
  nextLabel: 'Weiter',
  copyLink: 'Link zu diesem Ereignis kopieren',
  categoriesLabel: 'Kategorien',
  sourcesLabel: 'Quellen',
  updatedLabel: 'aktualisiert',
  tagsLabel: 'Schlagwörter',
  newEvents: (count) => `${count} ${pluralForm('de', count, { one: 'neues Ereignis', other: 'neue Ereignisse' })}`,
  newMark: 'Neu',
});
