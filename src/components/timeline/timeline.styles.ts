import { css } from 'lit';

// Element selectors where the element is unambiguous inside this shadow root:
// shorter than [part~=…], and the parts stay on the elements for ::part().
export const timelineStyles = css`
  :host {
    --_line: var(--lede-timeline-line, var(--_border));
    --_marker: var(--lede-timeline-marker, var(--_accent));
    container-type: inline-size;
  }
  section {
    background: var(--_background);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.375rem;
    line-height: 1.25;
  }
  p {
    margin: 0.25rem 0 0;
  }
  [part~='description'] {
    margin-block-end: var(--_space);
  }
  [part~='legend'],
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: var(--_space);
  }
  [aria-pressed='true'] {
    background: var(--_text);
    color: var(--_background);
  }
  /* "Show all" opens the collapsed events, with or without the script; once they are open it goes. */
  summary {
    display: inline-block;
  }
  summary::-webkit-details-marker,
  [open] > summary {
    display: none;
  }
  /* Before the script runs the legend chips are a key to the colours, drawn as the buttons they become. */
  [part~='legend'] > span {
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.25em 0.9em;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /*
   * No content-visibility on events: with thousands of them Chromium takes tens of
   * seconds to remove the timeline from the page (measured: 22–38 s at 10,000).
   */
  ol > li {
    position: relative;
    padding: 0 0 1.25rem;
    padding-inline: 1.75rem 0.5rem;
    cursor: pointer;
  }
  ol > li::after {
    content: '';
    position: absolute;
    inset-inline-start: 0.45rem;
    top: 0;
    bottom: 0;
    border-inline-start: 2px solid var(--_line);
  }
  /* Stands in for a chunk of 100 events not rendered yet (the first chunk is always rendered), so the scrollbar stays about right. */
  ol > li.gap {
    height: 700rem;
  }
  .gap::before {
    content: none;
  }
  ol > li::before {
    content: '';
    position: absolute;
    z-index: 1;
    inset-inline-start: 0.1rem;
    top: 0.3rem;
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 50%;
    background: var(--_category, var(--_marker));
    border: 2px solid var(--_background);
  }
  [aria-current] {
    background: var(--_surface);
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  [part~='year'] {
    margin: 0 0 0.5rem;
    font-weight: 700;
    font-size: 1.125rem;
  }
  [part~='description'],
  [part~='event-date'],
  [part~='location'],
  [part~='sources'],
  figcaption {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  [part~='event-title'] {
    font-weight: 650;
    font-size: 1.0625rem;
  }
  [part~='event-share-status'] {
    margin-inline-start: 0.5rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  [part~='event-share'] {
    display: inline-flex;
    padding: 0.3rem;
    vertical-align: middle;
  }
  [part~='event-new'] {
    float: inline-end;
    padding: 0 0.5rem;
    border-radius: 1rem;
    font-size: 0.75rem;
    font-weight: 700;
    background: var(--_text);
    color: var(--_background);
  }
  [part~='new-events'] {
    margin-block-end: var(--_space);
  }
  [part~='category'] {
    /* Both sides: the chip takes its own direction (dir="auto"), so its inline start may face away from the date. */
    margin: 0 0.5rem;
    padding: 0 0.5rem;
    border-radius: 1rem;
    font-size: 0.75rem;
    background: var(--_category);
    color: var(--_category-text);
  }
  figcaption:empty {
    display: none;
  }
  figure,
  li > button {
    margin: 0.5rem 0 0;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
  }
  @container (min-width: 480px) {
    .horizontal ol {
      display: flex;
      overflow-x: auto;
      scroll-snap-type: x mandatory;
      /* Room for an overlay scrollbar (Safari, WebKitGTK, Firefox on GTK), which would sit on the last line. */
      padding-block-end: 0.75rem;
    }
    .horizontal ol > li {
      flex: 0 0 min(18rem, 80%);
      scroll-snap-align: start;
      padding: 1.5rem 1rem 0 0;
    }
    .horizontal ol > li.gap {
      flex-basis: calc(100 * min(18rem, 80%));
      height: auto;
    }
    .horizontal ol > li::after {
      inset-inline: 0;
      top: 0.7rem;
      bottom: auto;
      border: 0;
      border-top: 2px solid var(--_line);
    }
    .horizontal ol > li::before {
      top: 0.3rem;
      inset-inline-start: 0;
    }
  }
  @container (max-width: 479px) {
    [part~='controls'] {
      display: none;
    }
  }
`;
