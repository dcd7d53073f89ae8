import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

export const ar = (): UiStrings => ({
  quoteMarks: ['”', '“'],
  dateTimeSeparator: '، ',
  approximate: (date) => `حوالي ${date}`,
  uncertain: (date) => `${date}؟`,
  loadingText: 'جارٍ التحميل…',
  invalidData: 'تعذّر عرض هذا المحتوى.',
  fetchFailed: 'تعذّر تحميل هذا المحتوى.',
  retryLabel: 'إعادة المحاولة',
  shareLabel: 'مشاركة',
  linkCopied: 'تم نسخ الرابط',
  showOriginal: (language) => `عرض النص الأصلي (${language})`,
  showTranslation: (language) => `عرض الترجمة (${language})`,
  showAll: (count) =>
    `عرض ${pluralForm('ar', count, { zero: 'كل الأحداث', one: 'الحدث', two: 'الحدثين', few: `كل الأحداث الـ${count}`, many: `كل الأحداث الـ${count}`, other: `كل الأحداث الـ${count}` })}`,
  previousLabel: 'السابق',
  nextLabel: 'التالي',
  copyLink: 'نسخ رابط هذا الحدث',
  categoriesLabel: 'الفئات',
  sourcesLabel: 'المصادر',
  updatedLabel: 'حُدّث',
  tagsLabel: 'الوسوم',
  newEvents: (count) =>
    pluralForm('ar', count, { zero: 'لا أحداث جديدة', one: 'حدث جديد', two: 'حدثان جديدان', few: `${count} أحداث جديدة`, many: `${count} حدثًا جديدًا`, other: `${count} حدث جديد` }),
  newMark: 'جديد',
});
