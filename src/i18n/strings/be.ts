import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

export const be = (): UiStrings => ({
  quoteMarks: ['«', '»'],
  dateTimeSeparator: ', ',
  monthNames: [
    'студзень люты сакавік красавік май чэрвень ліпень жнівень верасень кастрычнік лістапад снежань',
    'студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня',
  ],
  approximate: (date) => `каля ${date}`,
  uncertain: (date) => `${date}?`,
  loadingText: 'Загрузка…',
  invalidData: 'Не ўдалося паказаць гэты матэрыял.',
  fetchFailed: 'Не ўдалося загрузіць гэты матэрыял.',
  retryLabel: 'Паўтарыць',
  shareLabel: 'Падзяліцца',
  linkCopied: 'Спасылка скапіявана',
  showOriginal: (language) => `Паказаць арыгінал (${language})`,
  showTranslation: (language) => `Паказаць пераклад (${language})`,
  showAll: (count) => `Паказаць усе ${count} ${pluralForm('be', count, { one: 'падзею', many: 'падзей', other: 'падзеі' })}`,
  previousLabel: 'Назад',
  nextLabel: 'Далей',
  copyLink: 'Скапіяваць спасылку на гэту падзею',
  categoriesLabel: 'Катэгорыі',
  sourcesLabel: 'Крыніцы',
  updatedLabel: 'абноўлена',
  tagsLabel: 'Тэгі',
  newEvents: (count) => `${count} ${pluralForm('be', count, { one: 'новая падзея', many: 'новых падзей', other: 'новыя падзеі' })}`,
  newMark: 'Новае',
});
