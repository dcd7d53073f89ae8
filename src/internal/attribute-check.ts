import type { LitElement } from 'lit';
import { nearestName } from '../data/nearest-name.js';
import type { Issue } from '../data/validate.js';

/** Attributes of every element that reflect no property of a widget; the rest are found with `in`. */
const OTHER_ATTRIBUTES = /^(data-|aria-|on)|^(class|tabindex|is|accesskey|contenteditable|exportparts)$/;

/** `scr="…"` or `colapsed-after` would be ignored without a word: a warning for each attribute near a known name. */
export function checkAttributes(element: LitElement): Issue[] {
  // Lit's own idiom: the instance's class holds what its properties observe.
  const known = (element.constructor as typeof LitElement).observedAttributes;
  const issues: Issue[] = [];
  for (const { name } of element.attributes) {
    const nearest = known.includes(name) || OTHER_ATTRIBUTES.test(name) || name in element ? undefined : nearestName(name, known);
    if (nearest) issues.push({ path: '', message: `unknown attribute "${name}"; did you mean "${nearest}"?`, severity: 'warning' });
  }
  return issues;
}
