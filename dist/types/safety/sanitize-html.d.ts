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
export declare function decodeEntities(text: string): string;
/** Parses `source` into a tree of allowed inline elements and text; never throws. */
export declare function sanitizeHtml(source: string, baseUrl?: string): SafeHtml;
/** The text a reader would see, for plain-text uses (JSON-LD, snippets). */
export declare function safeHtmlToText(nodes: SafeHtml): string;
