import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

export const es = (): UiStrings => ({
  quoteMarks: ['«', '»'],
  dateTimeSeparator: ', ',
  approximate: (date) => `hacia ${date}`,
  uncertain: (date) => `${date}?`,
  loadingText: 'Cargando…',
  invalidData: 'No se pudo mostrar este contenido.',
  fetchFailed: 'No se pudo cargar este contenido.',
  retryLabel: 'Reintentar',
  shareLabel: 'Compartir',
  linkCopied: 'Enlace copiado',
  showOriginal: (language) => `Ver el original (${language})`,
  showTranslation: (language) => `Ver la traducción (${language})`,
  showAll: (count) => pluralForm('es', count, { one: 'Mostrar el evento', other: `Mostrar los ${count} eventos` }),
  previousLabel: 'Anterior',
  nextLabel: 'Siguiente',
  copyLink: 'Copiar el enlace a este evento',
  categoriesLabel: 'Categorías',
  sourcesLabel: 'Fuentes',
  updatedLabel: 'actualizado',
  tagsLabel: 'Etiquetas',
  newEvents: (count) => `${count} ${pluralForm('es', count, { one: 'evento nuevo', other: 'eventos nuevos' })}`,
  newMark: 'Nuevo',
});
