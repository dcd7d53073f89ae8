import type { ReactiveElement } from 'lit';
import type { TimelineModel } from '../../data/timeline-schema.js';
import { categoryRules } from './category-rules.js';

export interface CategoryFilter {
  /** The legend's choice; until a reader uses it (undefined), the `category` attribute's. */
  legendChoice?: ReadonlySet<string>;
  /** The categories the reader chose in the legend, else the one the `category` attribute names (if the timeline has it). */
  chosenKeys(): ReadonlySet<string>;
  /** The `category` attribute's key, if this timeline has that category. */
  knownCategory(): string | undefined;
  /** Sets the legend's choice. */
  chooseCategories(choice?: ReadonlySet<string>): void;
}

/**
 * The timeline's categories (a reactive controller): which are chosen, and
 * each one's colour from the data. The colours go into a constructed
 * stylesheet: a style attribute would be blocked by a strict
 * Content-Security-Policy, constructed sheets are not. Colours are validated
 * `#rgb`/`#rrggbb`, so they cannot break out of the rule.
 *
 * @param timeline The host's data.
 */
export function categoryFilter(host: ReactiveElement & { category?: string }, timeline: () => TimelineModel | undefined): CategoryFilter {
  let sheet: CSSStyleSheet | undefined;
  let styledFor: TimelineModel | undefined;
  const filter: CategoryFilter = {
    chosenKeys() {
      const known = filter.knownCategory();
      return filter.legendChoice ?? new Set(known ? [known] : []);
    },
    knownCategory() {
      const { category } = host;
      return category && Object.hasOwn(timeline()?.categories ?? {}, category) ? category : undefined;
    },
    chooseCategories(choice) {
      filter.legendChoice = choice;
      host.requestUpdate();
    },
  };
  host.addController({
    hostUpdated() {
      if (timeline() === styledFor) return;
      (sheet ??= new CSSStyleSheet()).replaceSync(categoryRules((styledFor = timeline())));
      const root = host.shadowRoot;
      if (root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    },
  });
  return filter;
}
