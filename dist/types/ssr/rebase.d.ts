/** `value` (a document or a part of one) with every URL field rebased from `from` (see `rebase`). */
export declare function rebaseAll(value: unknown, from: string, key?: string): unknown;
