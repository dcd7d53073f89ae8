import type { TimelineModel } from '../../data/timeline-schema.js';
import { readableTextOn } from '../../internal/contrast.js';

/**
 * One rule per category colour, `.c<n>` for the n-th category of `categories`:
 * a constructed sheet in the browser, a `<style>` in server-rendered HTML
 * (declarative shadow DOM has no constructed sheets). Colours are validated
 * `#rgb`/`#rrggbb`, so they cannot break out of the rule.
 */
export function categoryRules(timeline: TimelineModel | undefined): string {
  return Object.values(timeline?.categories ?? {})
    .map(({ color }, index) => (color ? `.c${index}{--_category:${color};--_category-text:${readableTextOn(color)}}` : ''))
    .join('');
}
