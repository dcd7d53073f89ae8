import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

export const uk = (): UiStrings => ({
  quoteMarks: ['«', '»'],
  dateTimeSeparator: ', ',
  approximate: (date) => `близько ${date}`,
  uncertain: (date) => `${date}?`,
  loading: 'Завантаження…',
  invalidData: 'Не вдалося показати цей матеріал.',
  fetchFailed: 'Не вдалося завантажити цей матеріал.',
  retry: 'Повторити',
  share: 'Поділитися',
  linkCopied: 'Посилання скопійовано',
  showOriginal: (language) => `Показати оригінал (${language})`,
  showTranslation: (language) => `Показати переклад (${language})`,
  showAll: (count) => `Показати всі ${count} ${pluralForm('uk', count, { one: 'подію', many: 'подій', other: 'події' })}`,
  previous: 'Назад',
  next: 'Далі',
  copyLink: 'Скопіювати посилання на цю подію',
  categories: 'Категорії',
  sources: 'Джерела',
  updated: 'оновлено',
  tags: 'Теги',
  newEvents: (count) => `${count} ${pluralForm('uk', count, { one: 'нова подія', many: 'нових подій', other: 'нові події' })}`,
  newMark: 'Нове',
});
