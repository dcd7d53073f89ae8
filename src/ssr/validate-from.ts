/**
 * A document checked as the widget will check it, for the server's HTML and the embed snippet.
 * Apart from render.ts, so the snippet (and the playground in the browser) never loads @lit-labs/ssr.
 */
import type { ArticleModel, QuoteModel, TimelineModel } from '../data/schema.js';
import type { Issue, ValidationErrorCode } from '../data/validate.js';
import { validateDocument } from '../data/validate-document.js';
import { rebaseAll } from './rebase.js';

/** A document `renderToString` cannot render: `code` and `issues` as in `lede-error`. */
export class LedeRenderError extends Error {
  constructor(
    readonly code: ValidationErrorCode,
    readonly issues: readonly Issue[],
  ) {
    super(`invalid Lede document: ${issues.filter((issue) => issue.severity === 'error').map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ')}`);
    this.name = 'LedeRenderError';
  }
}

export type Model = QuoteModel | TimelineModel | ArticleModel;

/** `url` if it is absolute, else undefined. */
export function absoluteUrl(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).href : undefined;
  } catch {
    return undefined; // relative: the browser resolves it against the page
  }
}

/**
 * The model of a document the element loads from `src` (if any): docs/widgets.md has its relative URLs
 * resolve against its own URL, so the server's HTML agrees with the widget: against an absolute
 * src, or rewritten to stay right from the page for a relative one. Throws `LedeRenderError`.
 */
export function validateFrom(document: unknown, src: string | undefined, baseUrl = absoluteUrl(src)): Model {
  const result = validateDocument(src && !baseUrl ? rebaseAll(document, src) : document, undefined, baseUrl);
  if (!result.ok) throw new LedeRenderError(result.code, result.issues);
  return result.model;
}
