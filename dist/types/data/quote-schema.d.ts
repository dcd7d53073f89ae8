import { type Infer } from './schema-nodes.js';
export declare const quoteFields: {
    id: import("./schema-nodes.js").TextNode;
    lang: import("./schema-nodes.js").LangNode;
    text: import("./schema-nodes.js").TextNode;
    speaker: import("./schema-nodes.js").ObjectNode<{
        readonly name: import("./schema-nodes.js").TextNode;
        readonly role: import("./schema-nodes.js").TextNode;
        readonly image: import("./schema-nodes.js").UrlNode;
        readonly url: import("./schema-nodes.js").UrlNode;
    }, "name">;
    source: import("./schema-nodes.js").ObjectNode<{
        readonly name: import("./schema-nodes.js").TextNode;
        readonly url: import("./schema-nodes.js").UrlNode;
    }, "name">;
    date: import("./schema-nodes.js").DateNode;
    dateLabel: import("./schema-nodes.js").TextNode;
    context: import("./schema-nodes.js").TextNode;
    url: import("./schema-nodes.js").UrlNode;
    translation: import("./schema-nodes.js").ObjectNode<{
        readonly lang: import("./schema-nodes.js").LangNode;
        readonly text: import("./schema-nodes.js").TextNode;
    }, "lang" | "text">;
};
export declare const quoteSchema: import("./schema-nodes.js").ObjectNode<{
    id: import("./schema-nodes.js").TextNode;
    lang: import("./schema-nodes.js").LangNode;
    text: import("./schema-nodes.js").TextNode;
    speaker: import("./schema-nodes.js").ObjectNode<{
        readonly name: import("./schema-nodes.js").TextNode;
        readonly role: import("./schema-nodes.js").TextNode;
        readonly image: import("./schema-nodes.js").UrlNode;
        readonly url: import("./schema-nodes.js").UrlNode;
    }, "name">;
    source: import("./schema-nodes.js").ObjectNode<{
        readonly name: import("./schema-nodes.js").TextNode;
        readonly url: import("./schema-nodes.js").UrlNode;
    }, "name">;
    date: import("./schema-nodes.js").DateNode;
    dateLabel: import("./schema-nodes.js").TextNode;
    context: import("./schema-nodes.js").TextNode;
    url: import("./schema-nodes.js").UrlNode;
    translation: import("./schema-nodes.js").ObjectNode<{
        readonly lang: import("./schema-nodes.js").LangNode;
        readonly text: import("./schema-nodes.js").TextNode;
    }, "lang" | "text">;
}, "text" | "speaker">;
export type QuoteDocument = {
    readonly type: 'quote';
    readonly version?: 1;
} & Infer<typeof quoteSchema, 'input'>;
export type QuoteModel = {
    readonly type: 'quote';
    readonly version?: 1;
} & Infer<typeof quoteSchema, 'model'>;
