import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

export const es = (): UiStrings => ({
  quoteMarks: ['«', '»'],
  dateTimeSeparator: ', ',
  approximate: (date) => `hacia ${date}`,
  uncertain: (date) => `${date}?`,
  loading: 'Cargando…',
  invalidData: 'No se pudo mostrar este contenido.',
  fetchFailed: 'No se pudo cargar este contenido.',
  retry: 'Reintentar',
  share: 'Compartir',
  linkCopied: 'Enlace copiado',
  showOriginal: (language) => `Ver el original (${language})`,
  showTranslation: (language) => `Ver la traducción (${language})`,
  showAll: (count) => pluralForm('es', count, { one: 'Mostrar el evento', other: `Mostrar los ${count} eventos` }),
  previous: 'Anterior',
  next: 'Siguiente',
  copyLink: 'Copiar el enlace a este evento',
  categories: 'Categorías',
  sources: 'Fuentes',
  updated: 'actualizado',
  tags: 'Etiquetas',
  newEvents: (count) => `${count} ${pluralForm('es', count, { one: 'evento nuevo', other: 'eventos nuevos' })}`,
  newMark: 'Nuevo',
});
