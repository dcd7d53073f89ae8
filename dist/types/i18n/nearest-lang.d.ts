/**
 * The `lang` of the closest ancestor that has one, crossing shadow roots, so a
 * quote inside an article's shadow DOM still finds the article's language.
 */
export declare function nearestLang(element: Element): string | undefined;
