/**
 * A category key for each group name: a readable ASCII slug ("Group A" → "group-a"),
 * numbered when two names give the same slug or a name gives none. The names are only
 * ever Map keys and slugs, so `__proto__` becomes the key "proto" and pollutes nothing.
 */
export declare function categoryKeys(groups: readonly string[]): Map<string, string>;
