// Builds dist/: lede.js (classic script, all elements), lede.mjs and one ES
// entry per element sharing chunks, the `lede/schema` entry, the JSON Schema,
// and the `lede/ssr` entry for Node.
// LEDE_OUT_DIR builds elsewhere, so a test can compare a fresh build with dist/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyLitLiterals } from './scripts/minify-lit-literals.mjs';

const outDir = resolve(process.env.LEDE_OUT_DIR ?? 'dist');
const quiet = !!process.env.LEDE_OUT_DIR;

// Start from an empty folder, so no file of an older build lingers in dist/.
rmSync(outDir, { recursive: true, force: true });

const typescriptOptions = {
  tsconfig: './tsconfig.build.json',
  compilerOptions: { declaration: false, emitDeclarationOnly: false, declarationDir: undefined, outDir, rootDir: 'src' },
  noEmitOnError: true,
};

const minify = terser({
  ecma: 2022,
  module: true,
  compress: { passes: 3, pure_getters: true },
  format: { comments: false },
});

/** Prints each file's size minified and min+gzip, the figure budgets are set in. */
function reportSizes() {
  return {
    name: 'report-sizes',
    generateBundle(options, bundle) {
      if (quiet) return;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const gzip = gzipSync(file.code, { level: 9 }).length;
        console.log(`${join('dist', file.fileName).padEnd(34)} ${String(file.code.length).padStart(7)} B min  ${String(gzip).padStart(6)} B min+gzip`);
      }
    },
  };
}

/**
 * SPEC §8: the one Trusted Types policy Lede needs is named `lede`. It is Lit's (Lit
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

/** dist/lede.schema.json, from the schema entry just built, so the two cannot disagree. */
function emitJsonSchema() {
  return {
    name: 'emit-json-schema',
    async writeBundle() {
      const { documentJsonSchema } = await import(`${pathToFileURL(join(outDir, 'schema.mjs'))}?${Date.now()}`);
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, 'lede.schema.json'), `${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
    },
  };
}

export default [
  {
    input: 'src/lede.ts',
    // No `name`: the classic script exposes no namespace object, only its custom elements.
    output: { file: join(outDir, 'lede.js'), format: 'iife', plugins: [minify, reportSizes()] },
    plugins: [nodeResolve(), typescript(typescriptOptions), minifyLitLiterals(), namePolicy()],
  },
  {
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
      plugins: [minify, reportSizes()],
    },
    plugins: [nodeResolve(), typescript(typescriptOptions), minifyLitLiterals(), namePolicy()],
  },
  {
    // Readable, for Node and bundlers: validation errors should point at real lines.
    input: { schema: 'src/schema.ts' },
    output: { dir: outDir, format: 'es', entryFileNames: '[name].mjs' },
    plugins: [typescript(typescriptOptions), emitJsonSchema()],
  },
  {
    // `lede/ssr`, for Node: readable like the schema entry. Lit stays an import, so Node
    // resolves its server build (with the DOM shim) and shares it with @lit-labs/ssr.
    // read-document-file.mjs: the CLI's `validate` reads files as `render` does without loading Lit.
    input: { ssr: 'src/ssr.ts', 'read-document-file': 'src/ssr/read-document-file.ts' },
    output: { dir: outDir, format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/ssr-[hash].mjs' },
    external: (id) => /^(lit|@lit|@lit-labs)(\/|$)|^node:/.test(id),
    plugins: [typescript(typescriptOptions), minifyLitLiterals()],
  },
];
