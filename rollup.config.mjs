// Builds dist/: lede.js (classic script, all elements), quote.js and timeline.js
// (classic scripts of one element each) with their sha384 in integrity.json,
// lede.mjs and one ES entry per element sharing chunks, the `lede-widgets/schema`
// entry, the JSON Schema, the `lede-widgets/import` entry (TimelineJS and CSV
// importers), snippet.mjs (the embed code, for the playground) and the `lede-widgets/ssr` entry for Node.
// LEDE_OUT_DIR builds elsewhere, so a test can compare a fresh build with dist/.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import summary from 'rollup-plugin-summary';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
// lede/ssr builds its tags with unsafeStatic, which the HTML parser cannot read as a template: it runs on a server, unminified.
const minifyTemplates = () => minifyHTML({ failOnError: true, exclude: ['src/ssr/**'], options: { minifyOptions: { conservativeCollapse: true } } });

const outDir = resolve(process.env.LEDE_OUT_DIR ?? 'dist');
const quiet = !!process.env.LEDE_OUT_DIR;

// Start from an empty folder, so no file of an older build lingers in dist/.
rmSync(outDir, { recursive: true, force: true });

const typescriptOptions = {
  tsconfig: './tsconfig.build.json',
  compilerOptions: { declaration: false, emitDeclarationOnly: false, declarationDir: undefined, outDir, rootDir: 'src' },
  noEmitOnError: true,
};

const terserOptions = {
  ecma: 2022,
  module: true,
  compress: { passes: 3, pure_getters: true, keep_fargs: false, inline: 1 },
  format: { comments: false },
};
const minify = terser(terserOptions);

/**
 * Member names the classic scripts shorten, as Lit's own build shortens its private ones:
 * TypeScript's `private` and `protected` are not `#private`, so terser keeps them whole. Each
 * name is Lede's alone (no DOM, Lit, data-format or public name), never read as a string, and
 * never carried from one bundle to another: a page may hold quote.js and lede.js, whose article
 * hands its quotes validated models, so no field of a model (a date's `approximate`) is here.
 * Subclassing the elements is not supported: their protected members are shortened too.
 * `minItems` and `minimum` are also keys json-schema.ts writes: the schema entry is built unshortened.
 */
const INTERNAL_MEMBERS = [
  'renderContent', 'documentType', 'compareVersions', 'versionChanged', 'localeInfo', 'hasFallback', 'failedImages', 'contextLang',
  'showingTranslation', 'updateNotice', 'announcement', 'copied', 'expanded',
  'baseUrl', 'fetched', 'itemPositions', 'checkedLists', 'failureCode', 'dropInvalid', 'allowEmpty', 'conditional', 'unless', 'checkValue', 'parsedJson', 'etag', 'fingerprint', 'finishObject', 'minItems', 'minimum',
  // What the timeline's controllers give it.
  'isRendered', 'renderFirst', 'jumpTo', 'startOver', 'freshKeys', 'heldKeys', 'markCount', 'readerPlace', 'focusedKey', 'addVersion',
  'notePlace', 'showHeld', 'anchorOf', 'followHash', 'linked', 'legendChoice', 'chosenKeys', 'knownCategory', 'chooseCategories',
  // The keys of the UI strings, one table per language.
  'quoteMarks', 'dateTimeSeparator', 'invalidData', 'fetchFailed', 'linkCopied', 'showOriginal', 'showTranslation', 'showAll', 'copyLink',
  'newEvents', 'newMark', 'monthNames', 'loadingText', 'retryLabel', 'shareLabel', 'previousLabel', 'nextLabel', 'categoriesLabel',
  'sourcesLabel', 'updatedLabel', 'tagsLabel',
];
const mangleInternal = { properties: { regex: new RegExp(`^(${INTERNAL_MEMBERS.join('|')})$`) } };
const minifyClassic = terser({ ...terserOptions, mangle: mangleInternal });
// The ES entries and their shared chunks: the members first, with one name cache so a member is
// called the same in every chunk; then each chunk as usual. One pass would share the cache of
// top-level names too, and a chunk's names would clash with those it imports.
// Lit's own members are already short (`C`, `_$AH`): a name the cache gave in a chunk without
// Lit must not be one of them in the chunk with it.
const litShortNames = ['lit-html/lit-html.js', 'lit-html/directive.js', 'lit-html/directives/guard.js', 'lit-element/lit-element.js', '@lit/reactive-element/reactive-element.js', '@lit/reactive-element/css-tag.js']
  .flatMap((file) => readFileSync(join('node_modules', file), 'utf8').match(/[\w$]+/g) ?? [])
  .filter((word) => word.length <= 4);
const shortenMembers = terser({
  module: true,
  compress: false,
  mangle: { toplevel: false, properties: { ...mangleInternal.properties, reserved: [...new Set(litShortNames)] } },
  nameCache: {},
  format: { comments: false },
});

/** The size of each file a build writes, minified and min+gzip (zlib level 9: the figure `BUDGETS` in test/build.test.mjs is set in). */
const reportSizes = () => (quiet ? [] : [summary({ showGzippedSize: true, showBrotliSize: true })]);

/**
 * docs/security.md: the one Trusted Types policy Lede needs is named `lede`. It is Lit's (Lit
 * parses its own constant template strings through it), which Lit calls `lit-html`.
 */
function namePolicy() {
  return {
    name: 'name-trusted-types-policy',
    transform(code, id) {
      if (!/lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const named = code.replace(/createPolicy\((["'])lit-html\1/, 'createPolicy("lede"');
      if (named === code) this.error("Lit's Trusted Types policy was not found: check the lit-html version");
      return { code: named, map: null };
    },
  };
}

/**
 * dist/lede.schema.json, from the schema entry just built, so the two cannot disagree. Its
 * `$id` is this release's copy of docs/data-format.md on the CDN, the page that explains it.
 */
function emitJsonSchema() {
  return {
    name: 'emit-json-schema',
    async writeBundle() {
      const { documentJsonSchema } = await import(`${pathToFileURL(join(outDir, 'schema.mjs'))}?${Date.now()}`);
      const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
      const { $schema, ...schema } = documentJsonSchema();
      const documented = { $schema, $id: `https://cdn.jsdelivr.net/npm/lede-widgets@${version}/docs/data-format.md`, ...schema };
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'lede.schema.json'), `${JSON.stringify(documented, null, 2)}\n`);
    },
  };
}

/** Subresource Integrity of each classic script, for the CDN tag a partner copies. */
const integrity = {};

/** dist/integrity.json: `sha384-…` of each classic script, rewritten as each one is built. */
function recordIntegrity() {
  return {
    name: 'record-integrity',
    generateBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') integrity[file.fileName] = `sha384-${createHash('sha384').update(file.code).digest('base64')}`;
      }
      mkdirSync(outDir, { recursive: true });
      const sorted = Object.fromEntries(Object.entries(integrity).sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(join(outDir, 'integrity.json'), `${JSON.stringify(sorted, null, 2)}\n`);
    },
  };
}

/**
 * src/ssr/release.ts as built: the package's version and the classic scripts'
 * hashes, so `lede-widgets/ssr` writes the CDN tag of the very release it ships in.
 */
function fillRelease() {
  return {
    name: 'fill-release',
    transform(code, id) {
      if (!/src[\\/]ssr[\\/]release\.ts$/.test(id)) return null;
      const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
      const hashes = JSON.parse(readFileSync(join(outDir, 'integrity.json'), 'utf8'));
      const filled = code.replace(/(export const RELEASE\b[^=]*= )\{[^;]*\};/, `$1${JSON.stringify({ version, integrity: hashes })};`);
      if (filled === code) this.error('src/ssr/release.ts: RELEASE was not found');
      return { code: filled, map: null };
    },
  };
}

/** The define files the react entry imports, and the ES entries that hold them. */
const elementEntries = { quote: './quote.mjs', timeline: './timeline.mjs', article: './article.mjs' };
function elementEntryOf(id) {
  return /src[\\/]components[\\/](quote|timeline|article)[\\/]\1\.(?:js|ts)$/.exec(id)?.[1];
}

/** A classic script (IIFE) defining the elements `input` imports. */
function classicScript(input, file) {
  return {
    input,
    // No `name`: the classic script exposes no namespace object, only its custom elements.
    output: { file: join(outDir, file), format: 'iife', plugins: [minifyClassic, recordIntegrity()] },
    plugins: [nodeResolve(), typescript(typescriptOptions), minifyTemplates(), namePolicy(), ...reportSizes()],
  };
}

export default [
  classicScript('src/lede.ts', 'lede.js'),
  // For partners that embed only quote cards, or only timelines. No article.js: an article
  // holds quotes and timelines, so it would be lede.js under another name.
  classicScript('src/components/quote/quote.ts', 'quote.js'),
  classicScript('src/components/timeline/timeline.ts', 'timeline.js'),
  {
    // Each element's define module is in package.json's `sideEffects`: node-resolve applies that list
    // to src/ as well, and a define module taken for side-effect free was placed where one entry or
    // another (article.mjs) did not import it, differently from one build to the next.
    input: {
      lede: 'src/lede.ts',
      quote: 'src/components/quote/quote.ts',
      timeline: 'src/components/timeline/timeline.ts',
      article: 'src/components/article/article.ts',
    },
    output: {
      dir: outDir,
      format: 'es',
      entryFileNames: '[name].mjs',
      chunkFileNames: 'chunks/lede-[hash].mjs',
      plugins: [shortenMembers, minify],
    },
    plugins: [nodeResolve(), typescript(typescriptOptions), minifyTemplates(), namePolicy(), ...reportSizes()],
  },
  {
    // `lede-widgets/react`: wrappers over the ES entries above, which it imports as they are,
    // so a page with both holds one copy of each element.
    input: { react: 'src/react.ts' },
    output: { dir: outDir, format: 'es', entryFileNames: '[name].mjs', paths: (id) => elementEntries[elementEntryOf(id)] ?? id, plugins: [minify] },
    external: (id, importer) => /^(react|@lit\/react)$/.test(id) || (importer !== undefined && elementEntryOf(resolve(dirname(importer), id)) !== undefined),
    plugins: [typescript(typescriptOptions)],
  },
  {
    // Readable, for Node and bundlers: validation errors should point at real lines.
    input: { schema: 'src/schema.ts' },
    output: { dir: outDir, format: 'es', entryFileNames: '[name].mjs' },
    plugins: [typescript(typescriptOptions), emitJsonSchema()],
  },
  {
    // `lede/import`, for the CLI and the playground: readable like the schema entry, and
    // apart from the widgets' bundles, which never carry the importers.
    input: { import: 'src/import.ts' },
    output: { dir: outDir, format: 'es', entryFileNames: '[name].mjs' },
    plugins: [typescript(typescriptOptions)],
  },
  {
    // The embed code `lede snippet` writes, for the playground (demo/playground.html) in the
    // browser: no Lit, no Node; the release's CDN tag and integrity filled in as for `lede/ssr`.
    input: { snippet: 'src/ssr/snippet.ts' },
    output: { dir: outDir, format: 'es', entryFileNames: '[name].mjs' },
    plugins: [typescript(typescriptOptions), fillRelease()],
  },
  {
    // `lede/ssr`, for Node: readable like the schema entry. Lit stays an import, so Node
    // resolves its server build (with the DOM shim) and shares it with @lit-labs/ssr.
    // read-document-file.mjs: the CLI's `validate` reads files as `render` does without loading Lit.
    input: { ssr: 'src/ssr.ts', 'read-document-file': 'src/ssr/read-document-file.ts' },
    output: { dir: outDir, format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/ssr-[hash].mjs' },
    external: (id) => /^(lit|@lit|@lit-labs)(\/|$)|^node:/.test(id),
    plugins: [typescript(typescriptOptions), minifyTemplates(), fillRelease()],
  },
];
