import type { Issue } from '../data/validate.js';
import { INLINE_JSON } from './inline-json.js';

export const NO_DATA: Issue = {
  path: '',
  message: 'no data: set its `data` property, put a <script type="application/json"> in it or give it a `src`',
  severity: 'warning',
};

type Widget = Element & { state: string; data?: unknown; model?: unknown; src?: string };

/**
 * A widget given nothing would say "loading" forever: `warn` is called if it still has nothing
 * once the page is parsed and a frame has passed (a framework sets `data` right after creating
 * the element, well before that).
 */
export function expectData(element: Widget, warn: () => void): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (element.state === 'loading' && element.isConnected && element.data === undefined && !element.model && !element.src && !element.querySelector(INLINE_JSON)) warn();
    }),
  );
}
