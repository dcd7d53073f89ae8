// demo/widget.html shows one widget, chosen by the address, alone on the page: the pictures in the
// README are taken of it (scripts/readme-images.mjs). The element's attributes come from the
// parameters of the same names: widget.html?tag=lede-timeline&src=data/…json&theme=dark.
const parameters = new URLSearchParams(location.search);
const tag = parameters.get('tag');
if (tag === 'lede-quote' || tag === 'lede-timeline' || tag === 'lede-article') {
  // The element's own attribute list, so the page takes every attribute and nothing else (csp, report …).
  const { observedAttributes } = await customElements.whenDefined(tag);
  const element = document.createElement(tag);
  for (const [name, value] of parameters) if (observedAttributes.includes(name)) element.setAttribute(name, value);
  const background = parameters.get('background');
  if (background && /^#[0-9a-f]{3,6}$/i.test(background)) document.documentElement.style.background = background;
  document.querySelector('#widget').replaceChildren(element);
}
