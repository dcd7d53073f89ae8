/**
 * The `lang` of the closest ancestor that has one, crossing shadow roots, so a
 * quote inside an article's shadow DOM still finds the article's language.
 */
export function nearestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const tagged: Element | null = node.closest('[lang]');
    if (tagged) return tagged.getAttribute('lang') || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}
