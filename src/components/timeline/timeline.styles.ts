import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_line: var(--lede-timeline-line, var(--_border));
    --_marker: var(--lede-timeline-marker, var(--_accent));
    container-type: inline-size;
  }
  [part~='base'] {
    background: var(--_background);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  [part~='title'] {
    margin: 0 0 0.25rem;
    font: 700 1.375rem/1.25 var(--_font);
  }
  [part~='description'] {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  [part~='legend'],
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: var(--_space);
  }
  [part~='legend'] button[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_background);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='event'] {
    position: relative;
    padding-block: 0 1.25rem;
    padding-inline: 1.5rem 0.5rem;
    border-inline-start: 2px solid var(--_line);
    margin-inline-start: 0.4rem;
    content-visibility: auto;
    contain-intrinsic-size: auto 7rem;
    cursor: pointer;
  }
  [part~='event']::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.45rem;
    inset-block-start: 0.3rem;
    inline-size: 0.8rem;
    block-size: 0.8rem;
    border-radius: 50%;
    background: var(--_category, var(--_marker));
    border: 2px solid var(--_background);
  }
  [part~='event-current'] {
    background: var(--_surface);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  [part~='year'] {
    margin: 0 0 0.5rem;
    font-weight: 700;
    font-size: 1.125rem;
    color: var(--_text);
  }
  [part~='event-date'],
  [part~='location'],
  [part~='sources'],
  figcaption {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  [part~='event-title'] {
    margin: 0.125rem 0;
    font-weight: 650;
    font-size: 1.0625rem;
  }
  [part~='event-text'],
  [part~='location'],
  [part~='sources'] {
    margin: 0.25rem 0 0;
  }
  [part~='category'] {
    display: inline-block;
    margin-inline-start: 0.5rem;
    padding: 0 0.5rem;
    border-radius: 999px;
    font-size: 0.75rem;
    background: var(--_category);
    color: var(--_category-text);
  }
  figure {
    margin: 0.5rem 0 0;
  }
  img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: calc(var(--_radius) / 2);
  }
  [part~='event-share'] {
    margin-block-start: 0.5rem;
  }
  [part~='show-all'] {
    margin-inline-start: 1.5rem;
  }
  @container (min-width: 480px) {
    .horizontal ol {
      display: flex;
      overflow-x: auto;
      scroll-snap-type: x mandatory;
      padding-block-end: 0.5rem;
    }
    .horizontal [part~='event'] {
      flex: 0 0 min(18rem, 80%);
      scroll-snap-align: start;
      border-inline-start: none;
      border-block-start: 2px solid var(--_line);
      margin: 0;
      padding: 1.25rem 1rem 0 0;
    }
    .horizontal [part~='event']::before {
      inset-inline-start: 0;
      inset-block-start: -0.5rem;
    }
  }
  @container (max-width: 479px) {
    [part~='controls'] {
      display: none;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    ol {
      scroll-behavior: smooth;
    }
  }
`;
