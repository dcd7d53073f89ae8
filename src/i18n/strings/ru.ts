import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

// Mid-sentence, a Russian language name is lower-case; WebKit's Intl.DisplayNames capitalises it.
const midSentence = (name: string) => name.charAt(0).toLocaleLowerCase('ru') + name.slice(1);

export const ru = (): UiStrings => ({
  quoteMarks: ['«', '»'],
  dateTimeSeparator: ', ',
  approximate: (date) => `около ${date}`,
  uncertain: (date) => `${date}?`,
  loadingText: 'Загрузка…',
  invalidData: 'Не удалось показать этот материал.',
  fetchFailed: 'Не удалось загрузить этот материал.',
  retryLabel: 'Повторить',
  shareLabel: 'Поделиться',
  linkCopied: 'Ссылка скопирована',
  showOriginal: (language) => `Показать оригинал (${midSentence(language)})`,
  showTranslation: (language) => `Показать перевод (${midSentence(language)})`,
  showAll: (count) => `Показать все ${count} ${pluralForm('ru', count, { one: 'событие', few: 'события', other: 'событий' })}`,
  previousLabel: 'Назад',
  nextLabel: 'Вперёд',
  copyLink: 'Скопировать ссылку на это событие',
  categoriesLabel: 'Категории',
  sourcesLabel: 'Источники',
  updatedLabel: 'обновлено',
  tagsLabel: 'Теги',
  newEvents: (count) => `${count} ${pluralForm('ru', count, { one: 'новое событие', few: 'новых события', other: 'новых событий' })}`,
  newMark: 'Новое',
});
