import { html, nothing } from 'lit';
import type { SafeHtml, SafeNode } from './sanitize-html.js';

/**
 * Renders a sanitised tree with Lit templates: one literal template per
 * allowed tag, every value a binding. No HTML string is ever parsed here, so
 * no Trusted Types policy is needed and nothing outside the allow-list can
 * appear, whatever the tree holds.
 */
export function renderSafeHtml(nodes: SafeHtml): unknown[] {
  return nodes.map(renderNode);
}

function renderNode(node: SafeNode): unknown {
  if (typeof node === 'string') return node;
  const content = renderSafeHtml(node.children);
  const { href, title, target, cite, datetime, lang, dir } = node.attributes;
  switch (node.tag) {
    case 'a':
      return html`<a href=${href ?? nothing} title=${title ?? nothing} target=${target ?? nothing} rel="noopener noreferrer">${content}</a>`;
    case 'b':
      return html`<b>${content}</b>`;
    case 'strong':
      return html`<strong>${content}</strong>`;
    case 'i':
      return html`<i>${content}</i>`;
    case 'em':
      return html`<em>${content}</em>`;
    case 'u':
      return html`<u>${content}</u>`;
    case 's':
      return html`<s>${content}</s>`;
    case 'sub':
      return html`<sub>${content}</sub>`;
    case 'sup':
      return html`<sup>${content}</sup>`;
    case 'br':
      return html`<br />`;
    case 'code':
      return html`<code>${content}</code>`;
    case 'mark':
      return html`<mark>${content}</mark>`;
    case 'q':
      return html`<q cite=${cite ?? nothing}>${content}</q>`;
    case 'abbr':
      return html`<abbr title=${title ?? nothing}>${content}</abbr>`;
    case 'small':
      return html`<small>${content}</small>`;
    case 'span':
      return html`<span lang=${lang ?? nothing} dir=${dir ?? nothing}>${content}</span>`;
    case 'time':
      return html`<time datetime=${datetime ?? nothing}>${content}</time>`;
  }
}
