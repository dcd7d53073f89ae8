import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

export const ar = (): UiStrings => ({
  quoteMarks: ['”', '“'],
  dateTimeSeparator: '، ',
  approximate: (date) => `حوالي ${date}`,
  uncertain: (date) => `${date}؟`,
  loading: 'جارٍ التحميل…',
  invalidData: 'تعذّر عرض هذا المحتوى.',
  fetchFailed: 'تعذّر تحميل هذا المحتوى.',
  retry: 'إعادة المحاولة',
  share: 'مشاركة',
  linkCopied: 'تم نسخ الرابط',
  showOriginal: (language) => `عرض النص الأصلي (${language})`,
  showTranslation: (language) => `عرض الترجمة (${language})`,
  showAll: (count) =>
    `عرض ${pluralForm('ar', count, { zero: 'كل الأحداث', one: 'الحدث', two: 'الحدثين', few: `كل الأحداث الـ${count}`, many: `كل الأحداث الـ${count}`, other: `كل الأحداث الـ${count}` })}`,
  previous: 'السابق',
  next: 'التالي',
  copyLink: 'نسخ رابط هذا الحدث',
  categories: 'الفئات',
  sources: 'المصادر',
  updated: 'حُدّث',
  tags: 'الوسوم',
  newEvents: (count) =>
    pluralForm('ar', count, { zero: 'لا أحداث جديدة', one: 'حدث جديد', two: 'حدثان جديدان', few: `${count} أحداث جديدة`, many: `${count} حدثًا جديدًا`, other: `${count} حدث جديد` }),
  newMark: 'جديد',
});
