import { LedeTimeline } from './timeline.component.js';
export { LedeTimeline } from './timeline.component.js';
export type { TimelineLayout, TimelineOrder } from './timeline.component.js';
declare global {
    interface HTMLElementTagNameMap {
        'lede-timeline': LedeTimeline;
    }
}
