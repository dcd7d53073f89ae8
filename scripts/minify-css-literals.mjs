// Rollup plugin: squeezes the comments and whitespace out of Lit css`` literals
// (strings such as content: ' · ' and ${} interpolations are kept as they are).
// html`` literals are left alone: their whitespace can be text a reader sees.

function squeezeCss(css) {
  return css
    .split(/('[^']*'|"[^"]*")/)
    .map((piece, index) =>
      index % 2
        ? piece
        : piece
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

const LITERAL = /\b(css) ?`((?:[^`\\]|\\.)*)`/g;

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !/\bcss ?`/.test(code)) return null;
      const out = code.replace(LITERAL, (_, tag, body) => {
        return `${tag}\`${body.split(/(\$\{(?:[^{}]|\{[^{}]*\})*\})/).map((part, i) => (i % 2 ? part : squeezeCss(part))).join('')}\``;
      });
      return { code: out, map: null };
    },
  };
}
