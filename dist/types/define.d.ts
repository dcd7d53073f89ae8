/**
 * Registers a custom element unless that name is already taken: a page that
 * loads Lede twice, or two builds side by side, keeps the first and never
 * throws (docs/install.md).
 */
export declare function defineElement(name: string, element: CustomElementConstructor): void;
