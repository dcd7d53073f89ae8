import { defineElement } from '../../define.js';
import { LedeTimeline } from './timeline.component.js';

export { LedeTimeline } from './timeline.component.js';
export type { TimelineLayout, TimelineOrder } from './timeline.component.js';

defineElement('lede-timeline', LedeTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'lede-timeline': LedeTimeline;
  }
}
