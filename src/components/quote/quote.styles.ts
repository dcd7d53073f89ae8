import { css } from 'lit';

export const quoteStyles = css`
  :host {
    --_quote-accent: var(--lede-quote-accent, var(--_accent));
    --_quote-size: var(--lede-quote-font-size, 1.25rem);
    max-inline-size: var(--lede-max-width, 42rem);
  }
  [part~='base'] {
    margin: 0;
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    display: grid;
    /* One column no wider than the card, even with a long word at 200 % text. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }
  blockquote {
    margin: 0;
    font-family: var(--_font-serif);
    font-size: var(--_quote-size);
    line-height: 1.45;
  }
  blockquote p {
    margin: 0;
  }
  figcaption {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    font-size: 0.9375rem;
  }
  [part~='speaker-image'] {
    inline-size: 3rem;
    block-size: 3rem;
    aspect-ratio: 1;
    flex: none;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface);
  }
  /* In place of a photo that failed to load: the same circle, so nothing moves. */
  .initials {
    display: grid;
    place-items: center;
    font-weight: 650;
    color: var(--_muted);
  }
  [part~='speaker'] {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  [part~='speaker-name'] {
    font-weight: 650;
  }
  [part~='speaker-role'],
  [part~='meta'],
  [part~='context'] {
    color: var(--_muted);
  }
  [part~='meta'] > * + *::before {
    content: ' · ';
  }
  [part~='context'] {
    margin: 0;
    font-size: 0.875rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  [part~='status'] {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .card {
    border-block-start: 0.25rem solid var(--_quote-accent);
  }
  .pull {
    border: none;
    border-inline-start: 0.3rem solid var(--_quote-accent);
    border-radius: 0;
    background: none;
    padding-block: 0.25rem;
  }
  .pull blockquote {
    font-size: clamp(1.125rem, 5vw, 1.625rem);
    font-weight: 600;
    line-height: 1.3;
  }
  .compact {
    padding: 0.75rem var(--_space);
    gap: 0.375rem;
  }
  .compact blockquote {
    font-size: 1rem;
  }
  .compact [part~='speaker-image'],
  .compact [part~='context'] {
    display: none;
  }
  /* One line of text that wraps like text; each separator keeps to the word before it (a no-break space), so no line starts with one. */
  .compact [part~='speaker'] {
    display: block;
  }
  .compact [part~='speaker-role']::before {
    content: ' — ';
  }
  .compact [part~='meta']::before {
    content: ' · ';
  }
`;
