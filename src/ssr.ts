/**
 * The `lede/ssr` entry (Node ≥ 20): server rendering for CMS plugins and
 * servers, and the embed snippet with its fallback. It renders the same
 * components, validator, dates and strings as the browser bundles.
 */
export { renderToString, renderToStream, LedeRenderError, type RenderOptions, type RenderAttributes } from './ssr/render.js';
export { embedSnippet, scriptTag, type SnippetOptions } from './ssr/snippet.js';
export { cdnScript, RELEASE, type ScriptSource } from './ssr/release.js';
export { inlineBlocks, type BlockLoader, type BlockFiles } from './ssr/inline-blocks.js';
export { DocumentFileError, type DocumentFileProblem } from './ssr/read-document-file.js';
export { fallbackHtml } from './ssr/fallback-html.js';
export { jsonLd } from './ssr/json-ld.js';
