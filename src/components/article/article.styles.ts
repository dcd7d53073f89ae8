import { css } from 'lit';

export const articleStyles = css`
  :host {
    --_measure: var(--lede-article-measure, 65ch);
    --_body-size: var(--lede-article-font-size, 1.125rem);
    --_headline-size: var(--lede-headline-font-size, clamp(1.75rem, 1.2rem + 2.5vw, 2.75rem));
  }
  article {
    max-inline-size: var(--lede-max-width, 48rem);
    background: var(--_background);
    font-size: var(--_body-size);
    line-height: 1.6;
  }
  header,
  [part~='body'] > *,
  footer {
    max-inline-size: var(--_measure);
  }
  /* The accent marks the kicker but is never text colour: a partner's accent need not be readable. */
  [part~='kicker'] {
    margin: 0;
    padding-inline-start: 0.5rem;
    border-inline-start: 0.25rem solid var(--_accent);
    font-weight: 700;
    font-size: 0.8125rem;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  [part~='headline'] {
    margin: 0.25rem 0 0.5rem;
    font: 700 var(--_headline-size) / 1.15 var(--_font);
  }
  [part~='dek'] {
    margin: 0 0 1rem;
    font-size: 1.25em;
    line-height: 1.4;
    color: var(--_muted);
  }
  [part~='byline'],
  [part~='meta'],
  figcaption,
  footer {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  [part~='byline'],
  [part~='meta'] {
    margin: 0.25rem 0;
  }
  [part~='dateline'] {
    font-weight: 700;
    color: var(--_text);
  }
  [part~='body'] > p,
  [part~='body'] > ul,
  [part~='body'] > ol {
    margin: 0 0 1em;
    font-family: var(--_font-serif);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
  }
  [part~='body'] > :is(h2, h3, h4, h5, h6) {
    margin: 1.75em 0 0.5em;
    font-size: 1.375em;
  }
  figure {
    margin: 1.5rem 0;
  }
  img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .unsized {
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  figcaption {
    margin-block-start: 0.375rem;
  }
  lede-quote,
  lede-timeline {
    margin: 1.5rem 0;
    max-inline-size: none;
  }
  [part~='tags'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    padding: 0;
    margin: 1.5rem 0;
  }
  [part~='tags'] li {
    padding: 0.125rem 0.625rem;
    border-radius: 1rem;
    background: var(--_surface);
    font-size: 0.8125rem;
  }
  [part~='publisher-logo'] {
    display: inline;
    inline-size: auto;
    block-size: 1.5rem;
    vertical-align: middle;
    margin-inline-end: 0.5rem;
    background: none;
  }
  [part~='update-notice']::first-letter {
    text-transform: uppercase;
  }
  [part~='update-notice'] {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 0.25rem solid var(--_accent);
    background: var(--_surface);
    font-size: 0.875rem;
  }
`;
