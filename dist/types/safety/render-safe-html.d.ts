import type { SafeHtml } from './sanitize-html.js';
/**
 * Renders a sanitised tree with Lit templates: one literal template per
 * allowed tag, every value a binding. No HTML string is ever parsed here, so
 * no Trusted Types policy is needed and nothing outside the allow-list can
 * appear, whatever the tree holds.
 */
export declare function renderSafeHtml(nodes: SafeHtml): unknown[];
