import { type FinishContext, type Infer } from './schema-nodes.js';
/**
 * docs/data-format.md: events in date order whatever their order in the file (ties keep
 * file order: the sort is stable), ids unique (a repeat is left out), unknown
 * categories and spans that end before they start reported and ignored.
 */
declare function finishTimeline(timeline: Record<string, unknown>, { pathOf, warn }: FinishContext): Record<string, unknown>;
export declare const timelineFields: {
    id: import("./schema-node-types.js").TextNode;
    lang: import("./schema-node-types.js").LangNode;
    title: import("./schema-node-types.js").TextNode;
    description: import("./schema-node-types.js").TextNode;
    categories: import("./schema-node-types.js").RecordNode<import("./schema-node-types.js").ObjectNode<{
        readonly label: import("./schema-node-types.js").TextNode;
        readonly color: import("./schema-node-types.js").ColorNode;
    }, "label">>;
    events: import("./schema-node-types.js").ArrayNode<import("./schema-node-types.js").ObjectNode<{
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
};
export declare const timelineSchema: import("./schema-node-types.js").ObjectNode<{
    id: import("./schema-node-types.js").TextNode;
    lang: import("./schema-node-types.js").LangNode;
    title: import("./schema-node-types.js").TextNode;
    description: import("./schema-node-types.js").TextNode;
    categories: import("./schema-node-types.js").RecordNode<import("./schema-node-types.js").ObjectNode<{
        readonly label: import("./schema-node-types.js").TextNode;
        readonly color: import("./schema-node-types.js").ColorNode;
    }, "label">>;
    events: import("./schema-node-types.js").ArrayNode<import("./schema-node-types.js").ObjectNode<{
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
}, "events">;
export { finishTimeline };
export type TimelineDocument = {
    readonly type: 'timeline';
    readonly version?: 1;
} & Infer<typeof timelineSchema, 'input'>;
export type TimelineModel = {
    readonly type: 'timeline';
    readonly version?: 1;
} & Infer<typeof timelineSchema, 'model'>;
export type TimelineEventModel = TimelineModel['events'][number];
