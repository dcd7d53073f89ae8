import { type FinishContext, type Infer } from './schema-nodes.js';
/**
 * docs/data-format.md: events in date order whatever their order in the file (ties keep
 * file order: the sort is stable), ids unique (a repeat is left out), unknown
 * categories and spans that end before they start reported and ignored.
 */
declare function finishTimeline(timeline: Record<string, unknown>, { pathOf, warn }: FinishContext): Record<string, unknown>;
export declare const timelineFields: {
    id: import("./schema-nodes.js").TextNode;
    lang: import("./schema-nodes.js").LangNode;
    title: import("./schema-nodes.js").TextNode;
    description: import("./schema-nodes.js").TextNode;
    categories: import("./schema-nodes.js").RecordNode<import("./schema-nodes.js").ObjectNode<{
        readonly label: import("./schema-nodes.js").TextNode;
        readonly color: import("./schema-nodes.js").ColorNode;
    }, "label">>;
    events: import("./schema-nodes.js").ArrayNode<import("./schema-nodes.js").ObjectNode<{
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
};
export declare const timelineSchema: import("./schema-nodes.js").ObjectNode<{
    id: import("./schema-nodes.js").TextNode;
    lang: import("./schema-nodes.js").LangNode;
    title: import("./schema-nodes.js").TextNode;
    description: import("./schema-nodes.js").TextNode;
    categories: import("./schema-nodes.js").RecordNode<import("./schema-nodes.js").ObjectNode<{
        readonly label: import("./schema-nodes.js").TextNode;
        readonly color: import("./schema-nodes.js").ColorNode;
    }, "label">>;
    events: import("./schema-nodes.js").ArrayNode<import("./schema-nodes.js").ObjectNode<{
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
