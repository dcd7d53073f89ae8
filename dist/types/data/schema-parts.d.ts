/** Where something was reported: an agency or outlet. */
export declare const sourceSchema: import("./schema-nodes.js").ObjectNode<{
    readonly name: import("./schema-nodes.js").TextNode;
    readonly url: import("./schema-nodes.js").UrlNode;
}, "name">;
/** An image needs `alt`; `""` marks it as decoration. */
export declare const imageSchema: import("./schema-nodes.js").ObjectNode<{
    readonly src: import("./schema-nodes.js").UrlNode;
    readonly alt: import("./schema-nodes.js").TextNode;
    readonly caption: import("./schema-nodes.js").TextNode;
    readonly credit: import("./schema-nodes.js").TextNode;
    readonly width: import("./schema-nodes.js").NumberNode;
    readonly height: import("./schema-nodes.js").NumberNode;
}, "src" | "alt">;
