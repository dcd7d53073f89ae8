// Paragraph `html` shaped to make a sanitiser rescan the rest of its input from each tag
// (issue 17): unclosed tags and attribute values, unclosed comments, runs of '<' and '&',
// thousands of attributes, deep nesting. Shared by the Node and browser tests and the bench.

/** `unit` repeated to `length` characters. */
const repeat = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Deep nesting: `length / 2` characters of opening tags, then as many closing ones. */
const nested = (open, close, length) => repeat(open, length >> 1) + repeat(close, length >> 1);

/** Each shape's `html` of about `length` characters, by name. */
export const HOSTILE_HTML = {
  'unclosed tags <a x=': (length) => repeat('<a x=', length),
  'unclosed tags <a b': (length) => repeat('<a b', length),
  'unclosed values <a title="': (length) => repeat('<a title="', length),
  'unclosed comment <!--': (length) => repeat('<!--', length),
  'runs of <': (length) => repeat('<', length),
  'runs of <b<': (length) => repeat('<b<', length),
  '& without ;': (length) => repeat('&', length),
  '&# runs': (length) => repeat('&#', length),
  'huge &#9…': (length) => `&#${repeat('9', length - 2)}`,
  'thousands of attributes': (length) => `<a${repeat(' href="https://x.example/" title=t data-x=1', length - 8)}>x</a>`,
  'deep nesting': (length) => nested('<b>', '</b>', length),
  'unmatched closes': (length) => nested('<i>', '</b>', length),
  mixed: (length) => repeat('<b><a title="x <i>&#1 <a b <!-- &amp <<', length),
  'control: <b>x</b>': (length) => repeat('<b>x</b> ', length),
};

/** An article with one paragraph holding `html`. */
export const articleWithHtml = (html) => ({ type: 'article', headline: 'H', body: [{ type: 'paragraph', html }] });
