export interface ImportWarning {
    /** Where in the input: `events[3].background`, or `row 5, Background` in a spreadsheet. */
    readonly path: string;
    readonly message: string;
}
/** A Lede timeline document as the importer writes it (plain JSON). */
export interface ImportedTimeline {
    readonly type: 'timeline';
    readonly version: 1;
    readonly lang?: string;
    readonly title?: string;
    readonly description?: string;
    readonly categories?: Record<string, {
        readonly label: string;
    }>;
    readonly events: readonly ImportedEvent[];
}
export interface ImportedEvent {
    id?: string;
    date: string;
    end?: string;
    dateLabel?: string;
    title: string;
    text?: string;
    category?: string;
    location?: string;
    image?: {
        src: string;
        alt: string;
        caption?: string;
        credit?: string;
    };
    url?: string;
}
export type ImportResult = {
    readonly ok: true;
    readonly document: ImportedTimeline;
    readonly warnings: readonly ImportWarning[];
} | {
    readonly ok: false;
    readonly error: string;
    readonly warnings: readonly ImportWarning[];
};
export interface ImportOptions {
    /** The document's `lang` (TimelineJS has no per-document language). */
    readonly lang?: string;
    /** The offset TimelineJS's zone-less times are written with: `Z` (the default) or `±hh:mm`. */
    readonly utcOffset?: string;
}
/** One slide as TimelineJS holds it, and how to name its fields in warnings. */
export interface Slide {
    readonly value: Record<string, unknown>;
    /** The slide itself: `events[3]`, `row 5`. */
    readonly path: string;
    /** The path of one of its fields (`media.url`) as the reader knows the input. */
    readonly pathOf: (field: string) => string;
}
export interface SlideSet {
    readonly title?: Slide;
    readonly events: readonly Slide[];
    readonly eras: readonly Slide[];
}
/** More text than this is refused before any parsing: the CLI's file limit, for the playground too. */
export declare const MAX_INPUT_LENGTH: number;
/** A TimelineJS JSON file's text, converted. */
export declare function importTimelineJsJson(json: string, options?: ImportOptions): ImportResult;
/** Slides from either source, as a Lede timeline. */
export declare function convertSlides(slides: SlideSet, options: ImportOptions, warnings?: ImportWarning[]): ImportResult;
