import { pluralForm } from '../plural-form.js';
import type { UiStrings } from '../ui-strings.js';

// French sets « » and the colon off with a narrow no-break space (U+202F).
export const fr = (): UiStrings => ({
  quoteMarks: ['«\u202f', '\u202f»'],
  dateTimeSeparator: ' à ',
  approximate: (date) => `vers ${date}`,
  uncertain: (date) => `${date}\u202f?`,
  loadingText: 'Chargement…',
  invalidData: 'Ce contenu ne peut pas être affiché.',
  fetchFailed: 'Ce contenu n’a pas pu être chargé.',
  retryLabel: 'Réessayer',
  shareLabel: 'Partager',
  linkCopied: 'Lien copié',
  showOriginal: (language) => `Afficher l’original (${language})`,
  showTranslation: (language) => `Afficher la traduction (${language})`,
  showAll: (count) => pluralForm('fr', count, { one: 'Afficher l’événement', other: `Afficher les ${count} événements` }),
  previousLabel: 'Précédent',
  nextLabel: 'Suivant',
  copyLink: 'Copier le lien vers cet événement',
  categoriesLabel: 'Catégories',
  sourcesLabel: 'Sources',
  updatedLabel: 'mis à jour',
  tagsLabel: 'Mots-clés',
  newEvents: (count) => `${count} ${pluralForm('fr', count, { one: 'nouvel événement', other: 'nouveaux événements' })}`,
  newMark: 'Nouveau',
});
