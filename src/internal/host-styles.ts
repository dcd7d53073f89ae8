import { css } from 'lit';

/**
 * Shared by every widget: the colour tokens and both themes on the host; the
 * reset that keeps the host page's inherited styles out of what the widget
 * draws (`.lede`: `all: initial` leaves custom properties alone, so theming
 * still reaches in), while fallback content keeps the page's own look; the
 * notice and the debug list.
 */
export const hostStyles = css`
  :host {
    /* A block formatting context: the fallback's margins stay inside (they would otherwise
       collapse through the host and move the page when the widget replaces them). */
    display: flow-root;
    --_text: var(--lede-color-text, #1b1b1f);
    /* Roles, dates and context: the text faded towards the background, so a partner's own text and
       background keep it readable (4.5:1 wherever the text has 10:1). */
    --_muted: var(--lede-color-muted, color-mix(in srgb, var(--_text) 72%, var(--_background)));
    --_background: var(--lede-color-background, #ffffff);
    --_surface: var(--lede-color-surface, #f5f5f7);
    --_border: var(--lede-color-border, #d4d4d8);
    --_accent: var(--lede-color-accent, #b3261e);
    --_link: var(--lede-color-link, #0b57d0);
    --_font: var(--lede-font-family, system-ui, sans-serif);
    --_font-serif: var(--lede-font-family-serif, Georgia, serif);
    --_radius: var(--lede-radius, 0.75rem);
    --_space: var(--lede-space, 1rem);
    --_canvas: transparent;
    color-scheme: light;
  }
  .lede {
    all: initial;
    /* The host's scheme, for a partner's light-dark() and the browser's own controls. */
    color-scheme: inherit;
    display: block;
    box-sizing: border-box;
    background: var(--_canvas);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--lede-font-size, 1rem);
    line-height: 1.5;
    text-align: start;
    overflow-wrap: break-word;
  }
  /*
   * A widget's blocks line up on its start side whatever their own direction: a block of
   * Latin text (dir="auto") in an Arabic widget is right-aligned like the rest. A physical
   * value inherits as it is; \`start\` would follow each block's own direction. An element
   * with a dir of its own (a quotation in its language) is set from its own side.
   */
  [dir='ltr'] {
    text-align: left;
  }
  [dir='rtl'] {
    text-align: right;
  }
  /* What Lede hides stays hidden, whatever display a partner gives its ::part(). */
  [hidden] {
    display: none !important;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * Dark defaults, applied for theme="dark" and for theme="auto" on a dark page
   * (\`data-lede-dark\`, set by the element). A partner's --lede-* value wins in
   * both themes; \`light-dark()\` in it picks its half from the host's \`color-scheme\`.
   */
  :host([theme='dark']),
  :host([data-lede-dark]:not([theme='light'])) {
    --_text: var(--lede-color-text, #ececf1);
    --_background: var(--lede-color-background, #18181b);
    --_surface: var(--lede-color-surface, #242428);
    --_border: var(--lede-color-border, #3f3f46);
    --_accent: var(--lede-color-accent, #ff948c);
    --_link: var(--lede-color-link, #9cc3ff);
    /* Dark text needs no backdrop on a light page; light text does on any page. */
    --_canvas: var(--_background);
    color-scheme: dark;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  button,
  summary {
    font: inherit;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.25em 0.9em;
    cursor: pointer;
  }
  /* A server-rendered control that needs the script: its room is kept, so nothing moves when it comes. */
  [inert] {
    visibility: hidden;
  }
  button:hover,
  summary:hover {
    border-color: var(--_muted);
  }
  :focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }
  [part='notice'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  /* Read by screen readers, not shown. */
  .hidden-text {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part='issues'] {
    margin: 0.5rem 0 0;
    font: 0.8125rem/1.4 ui-monospace, monospace;
  }
`;
