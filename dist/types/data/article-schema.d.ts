import { type Infer } from './schema-nodes.js';
export declare const articleSchema: import("./schema-node-types.js").ObjectNode<{
    readonly id: import("./schema-node-types.js").TextNode;
    readonly lang: import("./schema-node-types.js").LangNode;
    readonly kicker: import("./schema-node-types.js").TextNode;
    readonly headline: import("./schema-node-types.js").TextNode;
    readonly dek: import("./schema-node-types.js").TextNode;
    readonly dateline: import("./schema-node-types.js").TextNode;
    readonly published: import("./schema-node-types.js").DateNode;
    readonly updated: import("./schema-node-types.js").DateNode;
    readonly authors: import("./schema-node-types.js").ArrayNode<import("./schema-node-types.js").ObjectNode<{
        readonly name: import("./schema-node-types.js").TextNode;
        readonly url: import("./schema-node-types.js").UrlNode;
    }, "name">>;
    readonly publisher: import("./schema-node-types.js").ObjectNode<{
        readonly name: import("./schema-node-types.js").TextNode;
        readonly url: import("./schema-node-types.js").UrlNode;
        readonly logo: import("./schema-node-types.js").UrlNode;
    }, "name">;
    readonly image: import("./schema-node-types.js").ObjectNode<{
        readonly src: import("./schema-node-types.js").UrlNode;
        readonly alt: import("./schema-node-types.js").TextNode;
        readonly caption: import("./schema-node-types.js").TextNode;
        readonly credit: import("./schema-node-types.js").TextNode;
        readonly width: import("./schema-node-types.js").NumberNode;
        readonly height: import("./schema-node-types.js").NumberNode;
    }, "src" | "alt">;
    readonly body: import("./schema-node-types.js").ArrayNode<import("./schema-node-types.js").VariantNode<{
        readonly paragraph: import("./schema-node-types.js").ObjectNode<{
            readonly text: import("./schema-node-types.js").TextNode;
            readonly html: import("./schema-node-types.js").HtmlNode;
        }, never>;
        readonly heading: import("./schema-node-types.js").ObjectNode<{
            readonly text: import("./schema-node-types.js").TextNode;
        }, "text">;
        readonly list: import("./schema-node-types.js").ObjectNode<{
            readonly ordered: import("./schema-node-types.js").BooleanNode;
            readonly items: import("./schema-node-types.js").ArrayNode<import("./schema-node-types.js").TextNode>;
        }, "items">;
        readonly image: import("./schema-node-types.js").ObjectNode<{
            readonly src: import("./schema-node-types.js").UrlNode;
            readonly alt: import("./schema-node-types.js").TextNode;
            readonly caption: import("./schema-node-types.js").TextNode;
            readonly credit: import("./schema-node-types.js").TextNode;
            readonly width: import("./schema-node-types.js").NumberNode;
            readonly height: import("./schema-node-types.js").NumberNode;
        }, "src" | "alt">;
        readonly quote: import("./schema-node-types.js").ObjectNode<{
            readonly id: import("./schema-node-types.js").TextNode;
            readonly lang: import("./schema-node-types.js").LangNode;
            readonly text: import("./schema-node-types.js").TextNode;
            readonly speaker: import("./schema-node-types.js").ObjectNode<{
                readonly name: import("./schema-node-types.js").TextNode;
                readonly role: import("./schema-node-types.js").TextNode;
                readonly image: import("./schema-node-types.js").UrlNode;
                readonly url: import("./schema-node-types.js").UrlNode;
            }, "name">;
            readonly source: import("./schema-node-types.js").ObjectNode<{
                readonly name: import("./schema-node-types.js").TextNode;
                readonly url: import("./schema-node-types.js").UrlNode;
            }, "name">;
            readonly date: import("./schema-node-types.js").DateNode;
            readonly dateLabel: import("./schema-node-types.js").TextNode;
            readonly context: import("./schema-node-types.js").TextNode;
            readonly url: import("./schema-node-types.js").UrlNode;
            readonly translation: import("./schema-node-types.js").ObjectNode<{
                readonly lang: import("./schema-node-types.js").LangNode;
                readonly text: import("./schema-node-types.js").TextNode;
            }, "lang" | "text">;
            readonly src: import("./schema-node-types.js").UrlNode;
        }, never>;
        readonly timeline: import("./schema-node-types.js").ObjectNode<{
            readonly id: import("./schema-node-types.js").TextNode;
            readonly lang: import("./schema-node-types.js").LangNode;
            readonly title: import("./schema-node-types.js").TextNode;
            readonly description: import("./schema-node-types.js").TextNode;
            readonly categories: import("./schema-node-types.js").RecordNode<import("./schema-node-types.js").ObjectNode<{
                readonly label: import("./schema-node-types.js").TextNode;
                readonly color: import("./schema-node-types.js").ColorNode;
            }, "label">>;
            readonly events: import("./schema-node-types.js").ArrayNode<import("./schema-node-types.js").ObjectNode<{
                readonly id: import("./schema-node-types.js").TextNode;
                readonly date: import("./schema-node-types.js").DateNode;
                readonly end: import("./schema-node-types.js").DateNode;
                readonly dateLabel: import("./schema-node-types.js").TextNode;
                readonly title: import("./schema-node-types.js").TextNode;
                readonly text: import("./schema-node-types.js").TextNode;
                readonly category: import("./schema-node-types.js").TextNode;
                readonly location: import("./schema-node-types.js").TextNode;
                readonly sources: import("./schema-node-types.js").ArrayNode<import("./schema-node-types.js").ObjectNode<{
                    readonly name: import("./schema-node-types.js").TextNode;
                    readonly url: import("./schema-node-types.js").UrlNode;
                }, "name">>;
                readonly image: import("./schema-node-types.js").ObjectNode<{
                    readonly src: import("./schema-node-types.js").UrlNode;
                    readonly alt: import("./schema-node-types.js").TextNode;
                    readonly caption: import("./schema-node-types.js").TextNode;
                    readonly credit: import("./schema-node-types.js").TextNode;
                    readonly width: import("./schema-node-types.js").NumberNode;
                    readonly height: import("./schema-node-types.js").NumberNode;
                }, "src" | "alt">;
                readonly url: import("./schema-node-types.js").UrlNode;
            }, "title" | "date">>;
            readonly src: import("./schema-node-types.js").UrlNode;
        }, never>;
    }>>;
    readonly tags: import("./schema-node-types.js").ArrayNode<import("./schema-node-types.js").TextNode>;
    readonly url: import("./schema-node-types.js").UrlNode;
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
