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
export declare function serverRender(host: ReactiveControllerHost & {
    state: string;
}): ChildNode[];
/**
 * Made by the parser (the script ran first), with nothing inside it yet: a
 * declarative shadow root may come next, and a shadow root attached before it
 * would make the parser drop the server's render. Then `connect` is called once
 * the parser has put something inside or after the element, and this returns true.
 */
export declare function awaitParser(element: Element, connect: () => void): boolean;
