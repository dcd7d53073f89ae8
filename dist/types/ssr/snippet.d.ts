export interface SnippetOptions {
    /** Embed by URL (`src`) instead of carrying the document inline. */
    src?: string;
    /** Where the page loads `dist/lede.js` from. */
    script?: string;
}
/** Stands in for the script's address until one is given: a partner replaces it with where they host `dist/lede.js`. */
export declare const PLACEHOLDER_SCRIPT = "https://your.cdn/lede/dist/lede.js";
/**
 * The embed code for a document: the element with the data inline (or its `src`),
 * fallback content built from the document (the quote as a `<blockquote>`, the
 * timeline as a list, the article's headline and first paragraphs) so the embed
 * reads well before and without the script, and the script tag.
 */
export declare function embedSnippet(document: unknown, { src, script }?: SnippetOptions): string;
