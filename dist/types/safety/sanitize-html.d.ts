export declare const ALLOWED_TAGS: readonly ["a", "b", "strong", "i", "em", "u", "s", "sub", "sup", "br", "code", "mark", "q", "abbr", "small", "span", "time"];
export type AllowedTag = (typeof ALLOWED_TAGS)[number];
export interface SafeElement {
    readonly tag: AllowedTag;
    /** Only `href`, `title`, `target` (`_blank`) on a; `title` on abbr; `cite` on q; `datetime` on time; `lang` and `dir` on span. */
    readonly attributes: Readonly<Partial<Record<'href' | 'title' | 'target' | 'cite' | 'datetime' | 'lang' | 'dir', string>>>;
    readonly children: SafeHtml;
}
export type SafeNode = string | SafeElement;
export type SafeHtml = readonly SafeNode[];
/**
 * Deeper elements are flattened into their nearest kept ancestor (their text stays): the tree is
 * rendered, turned into text and serialised by recursion, which must not overflow the call stack.
 */
export declare const MAX_DEPTH = 32;
export declare function decodeEntities(text: string): string;
/**
 * Parses `source` into a tree of allowed inline elements and text; never throws. Time is
 * linear in the length: each character is scanned a bounded number of times, and a tag
 * the source ends inside is shown, with the rest, as text.
 */
export declare function sanitizeHtml(source: string, baseUrl?: string): SafeHtml;
/** The text a reader would see, for plain-text uses (JSON-LD, snippets). */
export declare function safeHtmlToText(nodes: SafeHtml): string;
