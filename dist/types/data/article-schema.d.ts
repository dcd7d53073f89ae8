import { type Infer } from './schema-nodes.js';
export declare const articleSchema: import("./schema-nodes.js").ObjectNode<{
    readonly id: import("./schema-nodes.js").TextNode;
    readonly lang: import("./schema-nodes.js").LangNode;
    readonly kicker: import("./schema-nodes.js").TextNode;
    readonly headline: import("./schema-nodes.js").TextNode;
    readonly dek: import("./schema-nodes.js").TextNode;
    readonly dateline: import("./schema-nodes.js").TextNode;
    readonly published: import("./schema-nodes.js").DateNode;
    readonly updated: import("./schema-nodes.js").DateNode;
    readonly authors: import("./schema-nodes.js").ArrayNode<import("./schema-nodes.js").ObjectNode<{
        readonly name: import("./schema-nodes.js").TextNode;
        readonly url: import("./schema-nodes.js").UrlNode;
    }, "name">>;
    readonly publisher: import("./schema-nodes.js").ObjectNode<{
        readonly name: import("./schema-nodes.js").TextNode;
        readonly url: import("./schema-nodes.js").UrlNode;
        readonly logo: import("./schema-nodes.js").UrlNode;
    }, "name">;
    readonly image: import("./schema-nodes.js").ObjectNode<{
        readonly src: import("./schema-nodes.js").UrlNode;
        readonly alt: import("./schema-nodes.js").TextNode;
        readonly caption: import("./schema-nodes.js").TextNode;
        readonly credit: import("./schema-nodes.js").TextNode;
        readonly width: import("./schema-nodes.js").NumberNode;
        readonly height: import("./schema-nodes.js").NumberNode;
    }, "src" | "alt">;
    readonly body: import("./schema-nodes.js").ArrayNode<import("./schema-nodes.js").VariantNode<{
        readonly paragraph: import("./schema-nodes.js").ObjectNode<{
            readonly text: import("./schema-nodes.js").TextNode;
            readonly html: import("./schema-nodes.js").HtmlNode;
        }, never>;
        readonly heading: import("./schema-nodes.js").ObjectNode<{
            readonly text: import("./schema-nodes.js").TextNode;
        }, "text">;
        readonly list: import("./schema-nodes.js").ObjectNode<{
            readonly ordered: import("./schema-nodes.js").BooleanNode;
            readonly items: import("./schema-nodes.js").ArrayNode<import("./schema-nodes.js").TextNode>;
        }, "items">;
        readonly image: import("./schema-nodes.js").ObjectNode<{
            readonly src: import("./schema-nodes.js").UrlNode;
            readonly alt: import("./schema-nodes.js").TextNode;
            readonly caption: import("./schema-nodes.js").TextNode;
            readonly credit: import("./schema-nodes.js").TextNode;
            readonly width: import("./schema-nodes.js").NumberNode;
            readonly height: import("./schema-nodes.js").NumberNode;
        }, "src" | "alt">;
        readonly quote: import("./schema-nodes.js").ObjectNode<{
            readonly id: import("./schema-nodes.js").TextNode;
            readonly lang: import("./schema-nodes.js").LangNode;
            readonly text: import("./schema-nodes.js").TextNode;
            readonly speaker: import("./schema-nodes.js").ObjectNode<{
                readonly name: import("./schema-nodes.js").TextNode;
                readonly role: import("./schema-nodes.js").TextNode;
                readonly image: import("./schema-nodes.js").UrlNode;
                readonly url: import("./schema-nodes.js").UrlNode;
            }, "name">;
            readonly source: import("./schema-nodes.js").ObjectNode<{
                readonly name: import("./schema-nodes.js").TextNode;
                readonly url: import("./schema-nodes.js").UrlNode;
            }, "name">;
            readonly date: import("./schema-nodes.js").DateNode;
            readonly dateLabel: import("./schema-nodes.js").TextNode;
            readonly context: import("./schema-nodes.js").TextNode;
            readonly url: import("./schema-nodes.js").UrlNode;
            readonly translation: import("./schema-nodes.js").ObjectNode<{
                readonly lang: import("./schema-nodes.js").LangNode;
                readonly text: import("./schema-nodes.js").TextNode;
            }, "lang" | "text">;
            readonly src: import("./schema-nodes.js").UrlNode;
        }, never>;
        readonly timeline: import("./schema-nodes.js").ObjectNode<{
            readonly id: import("./schema-nodes.js").TextNode;
            readonly lang: import("./schema-nodes.js").LangNode;
            readonly title: import("./schema-nodes.js").TextNode;
            readonly description: import("./schema-nodes.js").TextNode;
            readonly categories: import("./schema-nodes.js").RecordNode<import("./schema-nodes.js").ObjectNode<{
                readonly label: import("./schema-nodes.js").TextNode;
                readonly color: import("./schema-nodes.js").ColorNode;
            }, "label">>;
            readonly events: import("./schema-nodes.js").ArrayNode<import("./schema-nodes.js").ObjectNode<{
                readonly id: import("./schema-nodes.js").TextNode;
                readonly date: import("./schema-nodes.js").DateNode;
                readonly end: import("./schema-nodes.js").DateNode;
                readonly dateLabel: import("./schema-nodes.js").TextNode;
                readonly title: import("./schema-nodes.js").TextNode;
                readonly text: import("./schema-nodes.js").TextNode;
                readonly category: import("./schema-nodes.js").TextNode;
                readonly location: import("./schema-nodes.js").TextNode;
                readonly sources: import("./schema-nodes.js").ArrayNode<import("./schema-nodes.js").ObjectNode<{
                    readonly name: import("./schema-nodes.js").TextNode;
                    readonly url: import("./schema-nodes.js").UrlNode;
                }, "name">>;
                readonly image: import("./schema-nodes.js").ObjectNode<{
                    readonly src: import("./schema-nodes.js").UrlNode;
                    readonly alt: import("./schema-nodes.js").TextNode;
                    readonly caption: import("./schema-nodes.js").TextNode;
                    readonly credit: import("./schema-nodes.js").TextNode;
                    readonly width: import("./schema-nodes.js").NumberNode;
                    readonly height: import("./schema-nodes.js").NumberNode;
                }, "src" | "alt">;
                readonly url: import("./schema-nodes.js").UrlNode;
            }, "title" | "date">>;
            readonly src: import("./schema-nodes.js").UrlNode;
        }, never>;
    }>>;
    readonly tags: import("./schema-nodes.js").ArrayNode<import("./schema-nodes.js").TextNode>;
    readonly url: import("./schema-nodes.js").UrlNode;
}, "body" | "headline">;
export type ArticleDocument = {
    readonly type: 'article';
    readonly version?: 1;
} & Infer<typeof articleSchema, 'input'>;
export type ArticleModel = {
    readonly type: 'article';
    readonly version?: 1;
} & Infer<typeof articleSchema, 'model'>;
export type ArticleBlockModel = ArticleModel['body'][number];
