/** Where something was reported: an agency or outlet. */
export declare const sourceSchema: import("./schema-node-types.js").ObjectNode<{
    readonly name: import("./schema-node-types.js").TextNode;
    readonly url: import("./schema-node-types.js").UrlNode;
}, "name">;
/** An image needs `alt`; `""` marks it as decoration. */
export declare const imageSchema: import("./schema-node-types.js").ObjectNode<{
    readonly src: import("./schema-node-types.js").UrlNode;
    readonly alt: import("./schema-node-types.js").TextNode;
    readonly caption: import("./schema-node-types.js").TextNode;
    readonly credit: import("./schema-node-types.js").TextNode;
    readonly width: import("./schema-node-types.js").NumberNode;
    readonly height: import("./schema-node-types.js").NumberNode;
}, "src" | "alt">;
