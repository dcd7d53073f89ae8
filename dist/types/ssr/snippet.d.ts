export interface SnippetOptions {
    /** Embed by URL (`src`) instead of carrying the document inline. */
    src?: string;
    /** Where the page loads `dist/lede.js` from; by default this release on the CDN, with its hash. */
    script?: string;
    /** The `integrity` of `script` (`sha384-…`), for a copy the partner hosts. */
    integrity?: string;
}
/** The classic script's tag: with `integrity` (and so `crossorigin`) when the hash is known. */
export declare function scriptTag({ src, integrity }?: {
    src: string;
    integrity?: string | undefined;
}): string;
/**
 * The embed code for a document: the element with the data inline (or its `src`),
 * fallback content built from the document (the quote as a `<blockquote>`, the
 * timeline as a list, the article's headline and first paragraphs) so the embed
 * reads well before and without the script, and the script tag.
 */
export declare function embedSnippet(document: unknown, { src, script, integrity }?: SnippetOptions): string;
