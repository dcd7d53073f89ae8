import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

export const he = (): UiStrings => ({
  quoteMarks: ['”', '”'],
  dateTimeSeparator: ', ',
  approximate: (date) => `בסביבות ${date}`,
  uncertain: (date) => `${date}?`,
  loadingText: 'טוען…',
  invalidData: 'לא ניתן להציג תוכן זה.',
  fetchFailed: 'לא ניתן לטעון תוכן זה.',
  retryLabel: 'ניסיון חוזר',
  shareLabel: 'שיתוף',
  linkCopied: 'הקישור הועתק',
  showOriginal: (language) => `הצגת המקור (${language})`,
  showTranslation: (language) => `הצגת התרגום (${language})`,
  showAll: (count) => pluralForm('he', count, { one: 'הצגת האירוע', other: `הצגת כל ${count} האירועים` }),
  previousLabel: 'הקודם',
  nextLabel: 'הבא',
  copyLink: 'העתקת קישור לאירוע הזה',
  categoriesLabel: 'קטגוריות',
  sourcesLabel: 'מקורות',
  updatedLabel: 'עודכן',
  tagsLabel: 'תגיות',
  newEvents: (count) => pluralForm('he', count, { one: 'אירוע חדש אחד', other: `${count} אירועים חדשים` }),
  newMark: 'חדש',
});
