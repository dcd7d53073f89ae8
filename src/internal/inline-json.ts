/** A widget's inline document: a JSON script that is its own child. */
export const INLINE_JSON = ':scope > script[type="application/json"]';

/**
 * Upgraded while the parser is still inside the element: its inline JSON may come next. `done` is
 * called as soon as that JSON is complete, most often before the page's first paint, so nothing
 * below the widget moves; DOMContentLoaded is the last word.
 */
export function awaitInlineJson(element: Element, done: () => void): void {
  const finish = () => {
    observer.disconnect();
    document.removeEventListener('DOMContentLoaded', finish);
    done();
  };
  const observer = new MutationObserver(() => {
    const text = element.querySelector(INLINE_JSON)?.textContent?.trim();
    // A JSON object is complete only with its last '}': parse no partial text that cannot be.
    try {
      if (text?.endsWith('}') && JSON.parse(text)) finish();
    } catch {
      // not all of it parsed yet
    }
  });
  observer.observe(element, { childList: true, subtree: true, characterData: true });
  document.addEventListener('DOMContentLoaded', finish);
}

