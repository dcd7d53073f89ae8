import type { LedeDocument } from './data/schema.js';
import type { Issue } from './data/validate.js';
export type LedeErrorCode = 'invalid-data' | 'unsupported-version' | 'fetch-failed' | 'timeout';
export type ShareMethod = 'share' | 'clipboard';
/** Data validated and rendered; `issues` lists what was left out or dropped. */
export interface LedeLoadDetail {
    data: LedeDocument;
    issues: readonly Issue[];
}
/** Data could not be loaded or is invalid. */
export interface LedeErrorDetail {
    code: LedeErrorCode;
    message: string;
    issues: readonly Issue[];
}
/** A share / copy-link control was used. */
export interface LedeShareDetail {
    url: string;
    method: ShareMethod;
}
/**
 * `refresh` found a new version of the document and it is shown: timeline event ids added,
 * changed and removed; for a quote or an article, the top-level fields.
 */
export interface LedeUpdateDetail {
    data: LedeDocument;
    added: readonly string[];
    changed: readonly string[];
    removed: readonly string[];
}
/** A timeline event was chosen: its id (else its position as a string) and its position. */
export interface LedeSelectDetail {
    id: string;
    index: number;
}
/** Every event a Lede widget fires (docs/widgets.md). All bubble and are composed. */
export interface LedeEventMap {
    'lede-load': CustomEvent<LedeLoadDetail>;
    'lede-error': CustomEvent<LedeErrorDetail>;
    'lede-share': CustomEvent<LedeShareDetail>;
    'lede-update': CustomEvent<LedeUpdateDetail>;
    'lede-select': CustomEvent<LedeSelectDetail>;
}
declare global {
    interface HTMLElementEventMap extends LedeEventMap {
    }
    interface GlobalEventHandlersEventMap extends LedeEventMap {
    }
}
