import { channelLuminance, DARK_BELOW } from './contrast.js';

/** Red, green, blue (0–255) and alpha (0–1). */
type Rgba = readonly number[];

/** The canvas behind a transparent page: the engines' own defaults are white, and a near-black in dark. */
const LIGHT_CANVAS: Rgba = [255, 255, 255];
const DARK_CANVAS: Rgba = [18, 18, 18];

let scratch: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * A computed colour as RGBA. Engines give `rgb()` / `rgba()` for the usual
 * colours and keep other spaces (`oklch()`, `color(display-p3 …)`) as they
 * are: a 1×1 canvas converts those rather than code for every space.
 */
function toRgba(colour: string): Rgba {
  if (colour.startsWith('rgb')) {
    const [r = 0, g = 0, b = 0, alpha = 1] = colour.match(/[\d.]+/g)?.map(Number) ?? [];
    return [r, g, b, alpha];
  }
  scratch ??= new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
  if (!scratch) return [0, 0, 0, 0];
  scratch.clearRect(0, 0, 1, 1);
  // A colour the canvas cannot read leaves the last one set: start from nothing.
  scratch.fillStyle = 'transparent';
  scratch.fillStyle = colour;
  scratch.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, alpha = 0] = scratch.getImageData(0, 0, 1, 1).data;
  return [r, g, b, alpha / 255];
}

/** Where an element's box is drawn: its slot, its parent, or across a shadow root its host. */
const parentBox = (element: Element): Element | null =>
  element.assignedSlot ?? element.parentElement ?? (element.parentNode instanceof ShadowRoot ? element.parentNode.host : null);

/**
 * Whether what is painted behind `element` is dark: the background colours of
 * its ancestors up to the first opaque one, laid over the canvas, which is
 * dark only when the page's `color-scheme` allows dark and the reader prefers
 * it (`prefersDark`). Background images are not looked at.
 */
export function isDarkBehind(element: Element, prefersDark: boolean): boolean {
  const layers: Rgba[] = [];
  for (let node = parentBox(element); node; node = parentBox(node)) {
    // A translucent background is laid over what is behind it, as painted: a faint tint changes next to nothing.
    const layer = toRgba(getComputedStyle(node).backgroundColor);
    layers.unshift(layer);
    if (layer[3]! >= 1) break;
  }
  const root = getComputedStyle(document.documentElement).colorScheme || 'normal';
  const declared = root === 'normal' ? document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '' : root;
  let behind = prefersDark && /\bdark\b/.test(declared) ? DARK_CANVAS : LIGHT_CANVAS;
  for (const layer of layers) behind = behind.map((channel, index) => layer[index]! * layer[3]! + channel * (1 - layer[3]!));
  return channelLuminance(behind) < DARK_BELOW;
}

/**
 * Every `theme="auto"` widget on the page, told whether the page behind it is
 * dark. They share one observer and one media listener, set up while there is
 * at least one; a change of the page is looked at once, in the next frame.
 */
const followers = new Map<Element, (dark: boolean) => void>();
let darkQuery: MediaQueryList | undefined;
let observer: MutationObserver | undefined;
let frame = 0;

function show(element: Element, apply: (dark: boolean) => void): void {
  let dark = false;
  try {
    dark = isDarkBehind(element, !!darkQuery?.matches);
  } catch {
    // a page's broken getComputedStyle or canvas: light, as without a script
  }
  apply(dark);
}

const showAll = (): void => {
  frame = 0;
  followers.forEach((apply, element) => show(element, apply));
};

const schedule = (): void => {
  frame ||= requestAnimationFrame(showAll);
};

/** A background that eased into its new colour, or a stylesheet that has just loaded. */
const onPageEvent = (event: Event): void => {
  const { target } = event;
  if (target === document.documentElement || target === document.body || target instanceof HTMLLinkElement) schedule();
};

const PAGE_EVENTS = ['transitionend', 'load'];

/** Calls `apply` now and whenever the page behind `element` may have turned dark or light. */
export function followPageScheme(element: Element, apply: (dark: boolean) => void): void {
  if (!followers.size) {
    darkQuery = matchMedia('(prefers-color-scheme: dark)');
    darkQuery.addEventListener('change', schedule);
    // A page switches its theme with a class, a style or data attribute on html or body, or a stylesheet in head.
    observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, { attributes: true });
    if (document.body) observer.observe(document.body, { attributes: true });
    if (document.head) observer.observe(document.head, { attributes: true, childList: true, subtree: true, characterData: true });
    for (const type of PAGE_EVENTS) document.addEventListener(type, onPageEvent, true);
  }
  followers.set(element, apply);
  show(element, apply);
}

export function unfollowPageScheme(element: Element): void {
  if (!followers.delete(element) || followers.size) return;
  darkQuery?.removeEventListener('change', schedule);
  observer?.disconnect();
  for (const type of PAGE_EVENTS) document.removeEventListener(type, onPageEvent, true);
  cancelAnimationFrame(frame);
  frame = 0;
}
