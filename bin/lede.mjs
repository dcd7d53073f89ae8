#!/usr/bin/env node
// The `lede` command for CMS plugins and editors (docs/cms.md): validate documents,
// server-render them, print embed code. It runs the same validator and components
// as the widgets, from dist/ (committed, so it works right after `npm ci`).
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DocumentFileError, readDocumentFile, readDocumentInput } from '../dist/read-document-file.mjs';

const COMMANDS = {
  validate: {
    usage: 'lede validate [--json] [--strict] FILE…',
    summary: 'check documents against the data format',
    help: `Checks each FILE (- reads standard input: a regular file or input of at most 1 MiB, in UTF-8)
and prints every problem as
  FILE: path: message            an error: the widget would reject the document
  FILE: path: warning: message   a warning: that item or field is left out (an unknown field
                                 names the known one it is nearest to), the rest renders
Exit status: 0 valid (warnings allowed), 1 errors or unreadable input, 2 wrong usage.

  --json     print a JSON array instead: [{ file, ok, type, issues: [{ path, message, severity }] }]
  --strict   warnings fail too (exit 1): for CI, so a misspelt field cannot slip through`,
    options: { json: { type: 'boolean' }, strict: { type: 'boolean' } },
  },
  render: {
    usage: 'lede render [options] FILE',
    summary: 'print the server-rendered HTML (declarative shadow DOM, inline data, JSON-LD)',
    help: `Prints the element for FILE (- reads standard input; at most 1 MiB, UTF-8) as
server-rendered HTML: visible without JavaScript, hydrated by lede.js without a second
request. Warnings go to stderr.
Exit status: 0 rendered, 1 invalid or unreadable input, 2 wrong usage.

  --page             a whole HTML page around it, with the script tag: by default
                     this release's dist/lede.js on jsDelivr, with its integrity hash
  --script URL       where the page loads dist/lede.js instead (with --page)
  --integrity HASH   the integrity (sha384-…) of the --script file
  --base-url URL     resolve the document's relative URLs against URL
  --attr NAME=VALUE  an attribute of the element (theme=dark, heading-level=1,
                     collapsed-after=5, shareable …); repeat for more. src=URL: the
                     browser fetches the document from URL and shows it in place of the
                     server's render (nothing moves), so it is not put inline
  --no-json-ld       leave out the schema.org JSON-LD
  --no-inline        leave an article's quote and timeline blocks given by "src" to the
                     browser; by default the files they name (relative to FILE) are put
                     inline, so they render on the server too
  --root DIR         the folder whose files "src" may name (default: FILE's folder, or the
                     current one for -); an absolute path, a .. or a symbolic link that leads
                     out of it, a file that is not a regular file or is over 1 MiB: exit 1`,
    options: {
      page: { type: 'boolean' },
      script: { type: 'string' },
      integrity: { type: 'string' },
      'base-url': { type: 'string' },
      attr: { type: 'string', multiple: true },
      'no-json-ld': { type: 'boolean' },
      'no-inline': { type: 'boolean' },
      root: { type: 'string' },
    },
  },
  snippet: {
    usage: 'lede snippet [--src URL] [--script URL [--integrity HASH]] [--no-inline] [--root DIR] FILE',
    summary: 'print the embed code, with fallback content built from the document',
    help: `Prints the embed code for FILE (- reads standard input; at most 1 MiB, UTF-8): the
element with the document inline (or its --src), fallback content for readers without
the script (the quote as a <blockquote>, the timeline as a list of every event, the
article with every block), and the script tag.
Exit status: 0 printed, 1 invalid or unreadable input, 2 wrong usage.

  --src URL          embed by URL: the widget fetches the document from URL
  --script URL       where the page loads dist/lede.js; by default this release's
                     dist/lede.js on jsDelivr, with its integrity hash
  --integrity HASH   the integrity (sha384-…) of the --script file
  --no-inline        leave an article's quote and timeline blocks given by "src" to the
                     browser; by default the files they name are put inline (as with
                     lede render), so the fallback holds them too
  --root DIR         the folder whose files "src" may name (as with lede render)`,
    options: { src: { type: 'string' }, script: { type: 'string' }, integrity: { type: 'string' }, 'no-inline': { type: 'boolean' }, root: { type: 'string' } },
  },
  import: {
    usage: 'lede import timelinejs|csv [--lang TAG] FILE',
    summary: 'convert a TimelineJS timeline or a CSV of events to a Lede timeline',
    help: `Prints FILE (- reads standard input) as a Lede timeline document:
  timelinejs  a TimelineJS3 JSON file (title slide, events, media, groups, eras)
  csv         TimelineJS's spreadsheet template saved as CSV (Year, Month, Day, Time,
              End Year … Headline, Text, Media, Media Credit, Media Caption, Group,
              Type), or a plain CSV with date,title,description columns
What Lede has no place for (backgrounds, slide types, eras, video and other
non-image media, links inside text) is printed to stderr as FILE: path: warning: …
Exit status: 0 converted (warnings allowed), 1 unreadable or unusable input, 2 wrong usage.

  --lang TAG         the document's language (TimelineJS files do not say)
  --utc-offset ±HH:MM  the time zone of the times in FILE (TimelineJS has none; default Z)`,
    options: { lang: { type: 'string' }, 'utc-offset': { type: 'string' } },
  },
};

const MAIN_HELP = `Usage: lede <command> [options] FILE…

${Object.values(COMMANDS).map(({ usage, summary }) => `  ${usage.padEnd(46)} ${summary}`).join('\n')}

Run \`lede <command> --help\` for a command's options. Docs: docs/cms.md.`;

class UsageError extends Error {}
/** An input that cannot be used; the message is ready for the reader. */
class InputError extends Error {}

/**
 * Offset of the first character that makes `text` invalid JSON (JSON.parse does not always say).
 * Containers are tracked on a stack, not by recursion: 100,000 `[` must not overflow the call stack.
 */
function syntaxErrorOffset(text) {
  let at = 0;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const fail = () => {
    throw at;
  };
  const space = () => {
    while (' \t\n\r'.includes(text[at]) && at < text.length) at++;
  };
  const string = () => {
    at++;
    while (at < text.length) {
      const character = text[at];
      if (character === '"') return void at++;
      if (character < ' ') fail();
      if (character === '\\') {
        if (text[at + 1] === 'u' ? !/^[\da-f]{4}$/i.test(text.slice(at + 2, at + 6)) : !'"\\/bfnrt'.includes(text[at + 1] ?? 'x')) fail();
        at += text[at + 1] === 'u' ? 6 : 2;
      } else at++;
    }
    fail();
  };
  const key = () => {
    space();
    if (text[at] !== '"') fail();
    string();
    space();
    if (text[at] !== ':') fail();
    at++;
  };
  const scalar = () => {
    if (text[at] === '"') return string();
    const word = ['true', 'false', 'null'].find((candidate) => text.startsWith(candidate, at));
    if (word) return void (at += word.length);
    NUMBER.lastIndex = at;
    if (NUMBER.test(text)) return void (at = NUMBER.lastIndex);
    fail();
  };
  /** The closing bracket of each container open around `at`. */
  const open = [];
  try {
    for (;;) {
      space();
      const bracket = text[at];
      if (bracket === '{' || bracket === '[') {
        at++;
        space();
        const close = bracket === '{' ? '}' : ']';
        if (text[at] !== close) {
          open.push(close);
          if (close === '}') key();
          continue;
        }
        at++;
      } else scalar();
      // After a value: close what ends here, then on to the next item, or the end of the text.
      for (;;) {
        space();
        if (!open.length) {
          if (at < text.length) fail();
          return text.length;
        }
        if (text[at] === open.at(-1)) {
          at++;
          open.pop();
          continue;
        }
        if (text[at] !== ',') fail();
        at++;
        if (open.at(-1) === '}') key();
        break;
      }
    }
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
}

/** FILE's document: a regular file (or standard input) of at most 1 MiB, in UTF-8, holding JSON. */
async function readInput(file) {
  let text;
  try {
    text = file === '-' ? await readDocumentInput() : await readDocumentFile(file);
  } catch (error) {
    if (error instanceof DocumentFileError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const offset = syntaxErrorOffset(text);
    const before = text.slice(0, offset).split('\n');
    // V8 names the position for most mistakes; for the rest, name what stands there.
    const reason = offset >= text.length
      ? 'the JSON ends too early'
      : / at position \d+/.test(error.message)
        ? error.message.replace(/ in JSON at position \d+.*$/s, '')
        : `unexpected ${JSON.stringify(/^[\w.+-]+/.exec(text.slice(offset, offset + 40))?.[0] ?? text[offset])}`;
    throw new InputError(`${file}:${before.length}:${before.at(-1).length + 1}: not valid JSON: ${reason}`);
  }
}

const schema = () => import('../dist/schema.mjs');
const ssr = () => import('../dist/ssr.mjs');

function problem(file, { path, message, severity }) {
  return `${file}: ${path ? `${path}: ` : ''}${severity === 'warning' ? 'warning: ' : ''}${message}`;
}

/** The document, validated; errors end the command (exit 1), warnings go to stderr. */
async function readValid(file) {
  const document = await readInput(file);
  const result = (await schema()).validateDocument(document);
  const lines = result.issues.map((issue) => problem(file, issue));
  if (!result.ok) throw new InputError(lines.join('\n'));
  if (lines.length) console.error(lines.join('\n'));
  return { document, model: result.model };
}

async function validate(files, options) {
  if (!files.length) throw new UsageError('validate needs at least one FILE');
  const { validateDocument } = await schema();
  // Each file's report stands alone: whatever goes wrong in one, the others are still printed.
  const reports = [];
  for (const file of files) {
    try {
      const result = validateDocument(await readInput(file));
      reports.push({ file, ok: result.ok, type: result.ok ? result.model.type : undefined, issues: result.issues });
    } catch (error) {
      const text = error instanceof InputError ? error.message : `${file}: internal error: ${error}`;
      reports.push({ file, ok: false, issues: [{ path: '', message: text.replace(`${file}: `, ''), severity: 'error' }], text });
    }
  }
  if (options.json) console.log(JSON.stringify(reports.map(({ text: _text, ...report }) => report), null, 2));
  else {
    const lines = reports.flatMap((report) => (report.text ? [report.text] : report.issues.map((issue) => problem(report.file, issue))));
    if (lines.length) console.log(lines.join('\n'));
  }
  const passes = (report) => report.ok && !(options.strict && report.issues.length);
  return reports.every(passes) ? 0 : 1;
}

function attributesFrom(pairs = []) {
  const attributes = {};
  for (const pair of pairs) {
    const [, name, value] = /^([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(pair) ?? [];
    if (!name) throw new UsageError(`--attr ${pair}: expected NAME=VALUE`);
    attributes[name] = value ?? true;
  }
  return attributes;
}

function page(body, model, scriptTag) {
  const title = model.type === 'article' ? model.headline : model.type === 'timeline' ? model.title ?? 'Timeline' : `${model.speaker.name}: ${model.text.slice(0, 60)}`;
  const escape = (text) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="${escape(model.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
</head>
<body>
${body}
${scriptTag}
</body>
</html>`;
}

/** An article's quote and timeline blocks given by "src" with the files they name put inline (relative to FILE, inside --root). */
async function withBlocksInline(file, document, options, inlineBlocks) {
  const folder = file === '-' ? '.' : dirname(file);
  const warn = (path, message) => console.error(problem(file, { path, severity: 'warning', message }));
  try {
    return await inlineBlocks(document, { folder, root: options.root ?? folder, warn });
  } catch (error) {
    if (error instanceof DocumentFileError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
}

async function render([file, ...rest], options) {
  if (!file || rest.length) throw new UsageError('render takes one FILE');
  if (options.integrity && !options.script) throw new UsageError('--integrity is the hash of the --script file: give --script too');
  const { renderToString, inlineBlocks, scriptTag } = await ssr();
  let { document, model } = await readValid(file);
  if (!options['no-inline']) {
    document = await withBlocksInline(file, document, options, inlineBlocks);
    ({ model } = (await schema()).validateDocument(document));
  }
  let html;
  try {
    html = renderToString(document, { baseUrl: options['base-url'], jsonLd: !options['no-json-ld'], attributes: attributesFrom(options.attr) });
  } catch (error) {
    if (error instanceof TypeError && error.message.startsWith('lede/ssr: unknown attribute')) throw new UsageError(`--attr: ${error.message.slice(10)}`);
    throw error;
  }
  const script = options.script ? scriptTag({ src: options.script, integrity: options.integrity }) : scriptTag();
  console.log(options.page ? page(html, model, script) : html);
  return 0;
}

async function snippet([file, ...rest], options) {
  if (!file || rest.length) throw new UsageError('snippet takes one FILE');
  if (options.integrity && !options.script) throw new UsageError('--integrity is the hash of the --script file: give --script too');
  const { embedSnippet, inlineBlocks } = await ssr();
  let { document } = await readValid(file);
  // Readers without the script get the whole story, its quotes and timelines too.
  if (!options['no-inline']) document = await withBlocksInline(file, document, options, inlineBlocks);
  process.stdout.write(embedSnippet(document, { src: options.src, script: options.script, integrity: options.integrity }));
  return 0;
}

/** `lede import`: the converters live in dist/import.mjs, shared with the playground. */
async function importTimeline([format, file, ...rest], options) {
  if (format !== 'timelinejs' && format !== 'csv') throw new UsageError(`import takes timelinejs or csv, not ${format === undefined ? 'nothing' : JSON.stringify(format)}`);
  if (!file || rest.length) throw new UsageError('import takes one FILE');
  if (options.lang !== undefined) {
    try {
      Intl.getCanonicalLocales(options.lang);
    } catch {
      throw new UsageError(`--lang ${options.lang}: not a BCP 47 language tag`);
    }
  }
  if (options['utc-offset'] !== undefined && !/^(Z|[+-]\d\d:\d\d)$/.test(options['utc-offset'])) throw new UsageError(`--utc-offset ${options['utc-offset']}: expected Z or ±HH:MM`);
  let text;
  try {
    // The same rules as every other command: a regular file (or standard input), at most 1 MiB, UTF-8.
    text = file === '-' ? await readDocumentInput() : await readDocumentFile(file);
  } catch (error) {
    if (error instanceof DocumentFileError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  const { importTimelineJsJson, importCsv } = await import('../dist/import.mjs');
  const convert = format === 'csv' ? importCsv : importTimelineJsJson;
  const result = convert(text, { lang: options.lang, utcOffset: options['utc-offset'] });
  const warnings = result.warnings.map(({ path, message }) => problem(file, { path, message, severity: 'warning' }));
  if (warnings.length) console.error(warnings.join('\n'));
  if (!result.ok) throw new InputError(`${file}: ${result.error}`);
  console.log(JSON.stringify(result.document, null, 2));
  return 0;
}

const RUN = { validate, render, snippet, import: importTimeline };

async function main(argv) {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(MAIN_HELP);
    return command ? 0 : 2;
  }
  const spec = COMMANDS[command];
  if (!spec) throw new UsageError(`unknown command "${command}"`);
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...spec.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError(error.message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  if (parsed.values.help) {
    console.log(`Usage: ${spec.usage}\n\n${spec.help}`);
    return 0;
  }
  return RUN[command](parsed.positionals, parsed.values);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    const command = COMMANDS[process.argv[2]] ? process.argv[2] : '';
    console.error(`lede: ${error.message}\nRun \`lede ${command ? `${command} ` : ''}--help\` for usage.`);
    process.exitCode = 2;
  } else if (error instanceof InputError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
