import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

export const uk = (): UiStrings => ({
  quoteMarks: ['«', '»'],
  dateTimeSeparator: ', ',
  approximate: (date) => `близько ${date}`,
  uncertain: (date) => `${date}?`,
  loadingText: 'Завантаження…',
  invalidData: 'Не вдалося показати цей матеріал.',
  fetchFailed: 'Не вдалося завантажити цей матеріал.',
  retryLabel: 'Повторити',
  shareLabel: 'Поділитися',
  linkCopied: 'Посилання скопійовано',
  showOriginal: (language) => `Показати оригінал (${language})`,
  showTranslation: (language) => `Показати переклад (${language})`,
  showAll: (count) => `Показати всі ${count} ${pluralForm('uk', count, { one: 'подію', many: 'подій', other: 'події' })}`,
  previousLabel: 'Назад',
  nextLabel: 'Далі',
  copyLink: 'Скопіювати посилання на цю подію',
  categoriesLabel: 'Категорії',
  sourcesLabel: 'Джерела',
  updatedLabel: 'оновлено',
  tagsLabel: 'Теги',
  newEvents: (count) => `${count} ${pluralForm('uk', count, { one: 'нова подія', many: 'нових подій', other: 'нові події' })}`,
  newMark: 'Нове',
});
