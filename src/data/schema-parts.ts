/** Pieces more than one document type uses. */
import { number, object, text, url } from './schema-nodes.js';

/** Where something was reported: an agency or outlet. */
export const sourceSchema = object({ name: text(), url: url() }, ['name']);

/** An image needs `alt`; `""` marks it as decoration. */
export const imageSchema = object(
  { src: url(), alt: text({ allowEmpty: true }), caption: text(), credit: text(), width: number(1), height: number(1) },
  ['src', 'alt'],
);
