// Rollup plugin: squeezes the static text of Lit's css`` and html`` templates.
// It works on the JavaScript syntax tree, so nested templates and ${}
// interpolations are handled exactly.
// - css: comments and whitespace go; quoted strings (content: ' · ') stay.
// - html: a run of whitespace that holds a line break is source layout. It
//   goes entirely between a tag and a tag (or a tag and an interpolation),
//   and becomes one space elsewhere, where HTML would show one space anyway.

function squeezeCss(css) {
  // Comments first: an apostrophe in a comment ("event's") must not open a string.
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((piece, index) =>
      index % 2
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

function squeezeHtml(markup) {
  return markup.replace(/\s*\n\s*/g, (run, offset) => {
    const before = markup[offset - 1];
    const after = markup[offset + run.length];
    const dropsAfterTag = before === '>' && (after === '<' || after === undefined);
    const dropsBeforeTag = before === undefined && after === '<';
    return dropsAfterTag || dropsBeforeTag ? '' : ' ';
  });
}

function* templates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'html' || node.tag.name === 'css')) {
    yield node;
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* templates(child);
    else if (value && typeof value === 'object') yield* templates(value);
  }
}

export function minifyLitLiterals() {
  return {
    name: 'minify-lit-literals',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !/\b(html|css) ?`/.test(code)) return null;
      const edits = [];
      for (const template of templates(this.parse(code))) {
        const squeeze = template.tag.name === 'css' ? squeezeCss : squeezeHtml;
        for (const quasi of template.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const squeezed = squeeze(raw);
          if (squeezed !== raw) edits.push([quasi.start, quasi.end, squeezed]);
        }
      }
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
