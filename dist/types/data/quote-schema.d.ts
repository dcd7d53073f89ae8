import { type Infer } from './schema-nodes.js';
export declare const quoteFields: {
    id: import("./schema-node-types.js").TextNode;
    lang: import("./schema-node-types.js").LangNode;
    text: import("./schema-node-types.js").TextNode;
    speaker: import("./schema-node-types.js").ObjectNode<{
        readonly name: import("./schema-node-types.js").TextNode;
        readonly role: import("./schema-node-types.js").TextNode;
        readonly image: import("./schema-node-types.js").UrlNode;
        readonly url: import("./schema-node-types.js").UrlNode;
    }, "name">;
    source: import("./schema-node-types.js").ObjectNode<{
        readonly name: import("./schema-node-types.js").TextNode;
        readonly url: import("./schema-node-types.js").UrlNode;
    }, "name">;
    date: import("./schema-node-types.js").DateNode;
    dateLabel: import("./schema-node-types.js").TextNode;
    context: import("./schema-node-types.js").TextNode;
    url: import("./schema-node-types.js").UrlNode;
    translation: import("./schema-node-types.js").ObjectNode<{
        readonly lang: import("./schema-node-types.js").LangNode;
        readonly text: import("./schema-node-types.js").TextNode;
    }, "lang" | "text">;
};
export declare const quoteSchema: import("./schema-node-types.js").ObjectNode<{
    id: import("./schema-node-types.js").TextNode;
    lang: import("./schema-node-types.js").LangNode;
    text: import("./schema-node-types.js").TextNode;
    speaker: import("./schema-node-types.js").ObjectNode<{
        readonly name: import("./schema-node-types.js").TextNode;
        readonly role: import("./schema-node-types.js").TextNode;
        readonly image: import("./schema-node-types.js").UrlNode;
        readonly url: import("./schema-node-types.js").UrlNode;
    }, "name">;
    source: import("./schema-node-types.js").ObjectNode<{
        readonly name: import("./schema-node-types.js").TextNode;
        readonly url: import("./schema-node-types.js").UrlNode;
    }, "name">;
    date: import("./schema-node-types.js").DateNode;
    dateLabel: import("./schema-node-types.js").TextNode;
    context: import("./schema-node-types.js").TextNode;
    url: import("./schema-node-types.js").UrlNode;
    translation: import("./schema-node-types.js").ObjectNode<{
        readonly lang: import("./schema-node-types.js").LangNode;
        readonly text: import("./schema-node-types.js").TextNode;
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
