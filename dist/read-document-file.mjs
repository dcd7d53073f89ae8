import 'node:fs';
import 'node:fs/promises';
import 'node:path';
export { b as DocumentFileError, d as decodeUtf8, i as invalidUtf8Offset, r as readDocumentFile, c as readDocumentInput, a as resolveInsideRoot } from './chunks/ssr-DlW7QDpN.mjs';
