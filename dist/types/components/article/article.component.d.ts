import { type PropertyDeclarations, type TemplateResult } from 'lit';
import { type ArticleModel } from '../../data/article-schema.js';
import { LedeElement } from '../../internal/lede-element.js';
/**
 * @summary A whole story: kicker, headline, dek, dateline, byline, times, lead
 * image, body blocks (paragraphs, headings, lists, images, quotes, timelines) and tags.
 *
 * @attr src - URL of an article document (JSON), fetched without cookies; relative `src` of blocks resolve against it.
 * @attr timeout - Milliseconds to wait for `src` (default 10000).
 * @attr theme - `light`, `dark` or `auto` (default, follows `prefers-color-scheme`); passed on to quotes and timelines inside.
 * @attr locale - BCP 47 tag for dates and UI strings (default: the data's `lang`, the nearest `lang`, the browser's).
 * @attr heading-level - Level of the headline (default 2: the widget sits inside someone else's page); headings in the body are one level lower.
 * @attr debug - Shows editors what was left out of the data and why.
 * @attr state - `loading`, `ready` or `error`; set by the element (read-only).
 *
 * @slot - Fallback content: shown until the article renders, and kept when its data fails.
 *
 * @csspart base - The `<article>`.
 * @csspart kicker - The line above the headline.
 * @csspart headline - The headline.
 * @csspart dek - The summary under the headline.
 * @csspart byline - Authors.
 * @csspart meta - Dateline and times.
 * @csspart dateline - Where the story was filed.
 * @csspart published - The publication time (`<time>`).
 * @csspart updated - The update time, when later than publication.
 * @csspart image - The lead image's `<figure>`.
 * @csspart body - The body blocks.
 * @csspart paragraph - A paragraph.
 * @csspart heading - A heading in the body.
 * @csspart list - A list.
 * @csspart figure - An image in the body.
 * @csspart quote - A `<lede-quote>` in the body.
 * @csspart timeline - A `<lede-timeline>` in the body.
 * @csspart tags - The list of tags.
 * @csspart publisher - The publisher's name and logo.
 * @csspart publisher-logo - The publisher's logo.
 * @csspart notice - The message shown when the data fails and there is no fallback.
 * @csspart retry - Loads the data again after a network failure.
 * @csspart issues - The `debug` list of what was left out.
 *
 * @cssprop --lede-article-measure - Longest line of body text (default 65ch).
 * @cssprop --lede-article-font-size - Body text size (default 1.125rem).
 * @cssprop --lede-headline-font-size - Headline size (default clamp(1.75rem, 1.2rem + 2.5vw, 2.75rem)).
 *
 * @fires lede-load - Data validated and rendered; detail `{ data, issues }`. Quotes and timelines inside report their own loading to the article only.
 * @fires lede-error - Data could not be loaded or is invalid; detail `{ code, message, issues }`.
 * @fires lede-share - A quote or timeline event inside was shared; detail `{ url, method }`.
 * @fires lede-select - A timeline event inside was chosen; detail `{ id, index }`.
 */
export declare class LedeArticle extends LedeElement<'article'> {
    #private;
    static styles: import("lit").CSSResult[];
    static properties: PropertyDeclarations;
    protected readonly documentType = "article";
    protected readonly schema: import("../../data/schema-nodes.js").ObjectNode<{
        readonly id: import("../../data/schema-nodes.js").TextNode;
        readonly lang: import("../../data/schema-nodes.js").LangNode;
        readonly kicker: import("../../data/schema-nodes.js").TextNode;
        readonly headline: import("../../data/schema-nodes.js").TextNode;
        readonly dek: import("../../data/schema-nodes.js").TextNode;
        readonly dateline: import("../../data/schema-nodes.js").TextNode;
        readonly published: import("../../data/schema-nodes.js").DateNode;
        readonly updated: import("../../data/schema-nodes.js").DateNode;
        readonly authors: import("../../data/schema-nodes.js").ArrayNode<import("../../data/schema-nodes.js").ObjectNode<{
            readonly name: import("../../data/schema-nodes.js").TextNode;
            readonly url: import("../../data/schema-nodes.js").UrlNode;
        }, "name">>;
        readonly publisher: import("../../data/schema-nodes.js").ObjectNode<{
            readonly name: import("../../data/schema-nodes.js").TextNode;
            readonly url: import("../../data/schema-nodes.js").UrlNode;
            readonly logo: import("../../data/schema-nodes.js").UrlNode;
        }, "name">;
        readonly image: import("../../data/schema-nodes.js").ObjectNode<{
            readonly src: import("../../data/schema-nodes.js").UrlNode;
            readonly alt: import("../../data/schema-nodes.js").TextNode;
            readonly caption: import("../../data/schema-nodes.js").TextNode;
            readonly credit: import("../../data/schema-nodes.js").TextNode;
            readonly width: import("../../data/schema-nodes.js").NumberNode;
            readonly height: import("../../data/schema-nodes.js").NumberNode;
        }, "src" | "alt">;
        readonly body: import("../../data/schema-nodes.js").ArrayNode<import("../../data/schema-nodes.js").VariantNode<{
            readonly paragraph: import("../../data/schema-nodes.js").ObjectNode<{
                readonly text: import("../../data/schema-nodes.js").TextNode;
                readonly html: import("../../data/schema-nodes.js").HtmlNode;
            }, never>;
            readonly heading: import("../../data/schema-nodes.js").ObjectNode<{
                readonly text: import("../../data/schema-nodes.js").TextNode;
            }, "text">;
            readonly list: import("../../data/schema-nodes.js").ObjectNode<{
                readonly ordered: import("../../data/schema-nodes.js").BooleanNode;
                readonly items: import("../../data/schema-nodes.js").ArrayNode<import("../../data/schema-nodes.js").TextNode>;
            }, "items">;
            readonly image: import("../../data/schema-nodes.js").ObjectNode<{
                readonly src: import("../../data/schema-nodes.js").UrlNode;
                readonly alt: import("../../data/schema-nodes.js").TextNode;
                readonly caption: import("../../data/schema-nodes.js").TextNode;
                readonly credit: import("../../data/schema-nodes.js").TextNode;
                readonly width: import("../../data/schema-nodes.js").NumberNode;
                readonly height: import("../../data/schema-nodes.js").NumberNode;
            }, "src" | "alt">;
            readonly quote: import("../../data/schema-nodes.js").ObjectNode<{
                readonly id: import("../../data/schema-nodes.js").TextNode;
                readonly lang: import("../../data/schema-nodes.js").LangNode;
                readonly text: import("../../data/schema-nodes.js").TextNode;
                readonly speaker: import("../../data/schema-nodes.js").ObjectNode<{
                    readonly name: import("../../data/schema-nodes.js").TextNode;
                    readonly role: import("../../data/schema-nodes.js").TextNode;
                    readonly image: import("../../data/schema-nodes.js").UrlNode;
                    readonly url: import("../../data/schema-nodes.js").UrlNode;
                }, "name">;
                readonly source: import("../../data/schema-nodes.js").ObjectNode<{
                    readonly name: import("../../data/schema-nodes.js").TextNode;
                    readonly url: import("../../data/schema-nodes.js").UrlNode;
                }, "name">;
                readonly date: import("../../data/schema-nodes.js").DateNode;
                readonly dateLabel: import("../../data/schema-nodes.js").TextNode;
                readonly context: import("../../data/schema-nodes.js").TextNode;
                readonly url: import("../../data/schema-nodes.js").UrlNode;
                readonly translation: import("../../data/schema-nodes.js").ObjectNode<{
                    readonly lang: import("../../data/schema-nodes.js").LangNode;
                    readonly text: import("../../data/schema-nodes.js").TextNode;
                }, "lang" | "text">;
                readonly src: import("../../data/schema-nodes.js").UrlNode;
            }, never>;
            readonly timeline: import("../../data/schema-nodes.js").ObjectNode<{
                readonly id: import("../../data/schema-nodes.js").TextNode;
                readonly lang: import("../../data/schema-nodes.js").LangNode;
                readonly title: import("../../data/schema-nodes.js").TextNode;
                readonly description: import("../../data/schema-nodes.js").TextNode;
                readonly categories: import("../../data/schema-nodes.js").RecordNode<import("../../data/schema-nodes.js").ObjectNode<{
                    readonly label: import("../../data/schema-nodes.js").TextNode;
                    readonly color: import("../../data/schema-nodes.js").ColorNode;
                }, "label">>;
                readonly events: import("../../data/schema-nodes.js").ArrayNode<import("../../data/schema-nodes.js").ObjectNode<{
                    readonly id: import("../../data/schema-nodes.js").TextNode;
                    readonly date: import("../../data/schema-nodes.js").DateNode;
                    readonly end: import("../../data/schema-nodes.js").DateNode;
                    readonly dateLabel: import("../../data/schema-nodes.js").TextNode;
                    readonly title: import("../../data/schema-nodes.js").TextNode;
                    readonly text: import("../../data/schema-nodes.js").TextNode;
                    readonly category: import("../../data/schema-nodes.js").TextNode;
                    readonly location: import("../../data/schema-nodes.js").TextNode;
                    readonly sources: import("../../data/schema-nodes.js").ArrayNode<import("../../data/schema-nodes.js").ObjectNode<{
                        readonly name: import("../../data/schema-nodes.js").TextNode;
                        readonly url: import("../../data/schema-nodes.js").UrlNode;
                    }, "name">>;
                    readonly image: import("../../data/schema-nodes.js").ObjectNode<{
                        readonly src: import("../../data/schema-nodes.js").UrlNode;
                        readonly alt: import("../../data/schema-nodes.js").TextNode;
                        readonly caption: import("../../data/schema-nodes.js").TextNode;
                        readonly credit: import("../../data/schema-nodes.js").TextNode;
                        readonly width: import("../../data/schema-nodes.js").NumberNode;
                        readonly height: import("../../data/schema-nodes.js").NumberNode;
                    }, "src" | "alt">;
                    readonly url: import("../../data/schema-nodes.js").UrlNode;
                }, "title" | "date">>;
                readonly src: import("../../data/schema-nodes.js").UrlNode;
            }, never>;
        }>>;
        readonly tags: import("../../data/schema-nodes.js").ArrayNode<import("../../data/schema-nodes.js").TextNode>;
        readonly url: import("../../data/schema-nodes.js").UrlNode;
    }, "body" | "headline">;
    /** Level of the headline; headings in the body are one level lower. */
    headingLevel: number;
    protected renderContent(article: ArticleModel): TemplateResult;
}
