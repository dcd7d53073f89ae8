/**
 * Longer HTML fields are left out with a warning: the sanitiser's time grows faster than
 * its input on some hostile markup (1 MiB of `<a title="` takes minutes), and a slide's
 * text is never this long.
 */
export declare const MAX_HTML_LENGTH = 16384;
/** The text a reader of the sanitised HTML sees, and what it does not carry (links, embeds). */
export declare function htmlToPlainText(html: string): {
    text: string;
    lost: string[];
};
