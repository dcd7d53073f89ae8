import type { ReactiveControllerHost } from 'lit';

/**
 * What the server rendered (`lede/ssr`: a declarative shadow root). It stands
 * in like fallback content until the widget has its data: with the document
 * inline that is the first render, in the same task; with `src` it is when the
 * fetched document is ready, and a failed fetch leaves it on screen.
 *
 * Returns the server's nodes still on screen: the host fills it with its render
 * root's children before Lit renders there, and the controller empties it when
 * the widget's own render, ready, takes their place.
 */
export function serverRender(host: ReactiveControllerHost & { state: string }): ChildNode[] {
  const nodes: ChildNode[] = [];
  host.addController({
    hostUpdate() {
      if (host.state === 'ready') for (const node of nodes.splice(0)) node.remove();
    },
  });
  return nodes;
}

/**
 * Made by the parser (the script ran first), with nothing inside it yet: a
 * declarative shadow root may come next, and a shadow root attached before it
 * would make the parser drop the server's render. Then `connect` is called once
 * the parser has put something inside or after the element, and this returns true.
 */
export function awaitParser(element: Element, connect: () => void): boolean {
  const parsing = (): boolean => {
    if (document.readyState !== 'loading' || element.shadowRoot || element.firstChild) return false;
    for (let node: Node | null = element; node; node = node.parentNode) if (node.nextSibling) return false;
    return true;
  };
  if (!parsing()) return false;
  const done = () => {
    if (parsing()) return;
    observer.disconnect();
    document.removeEventListener('readystatechange', done);
    if (element.isConnected) connect();
  };
  const observer = new MutationObserver(done);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('readystatechange', done);
  return true;
}
