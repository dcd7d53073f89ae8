// bench/quotes.html and bench/article.html: rendered = every widget on the
// page, and every widget inside an article, is ready (or failed: then the
// run reports the error), and the next frame is painted.
const { bench } = window;

const settled = (element) =>
  new Promise((resolve) => {
    if (element.state === 'ready') return resolve();
    if (element.state === 'error') return resolve(bench.fail(`${element.localName} state=error`));
    element.addEventListener('lede-load', () => resolve(), { once: true });
    element.addEventListener('lede-error', (event) => resolve(bench.fail(`${element.localName} lede-error ${event.detail.code}`)), { once: true });
  });

const widgets = [...document.querySelectorAll('lede-quote, lede-timeline, lede-article')];
await Promise.all(widgets.map(settled));
const inner = widgets.flatMap((widget) => [...(widget.shadowRoot?.querySelectorAll('lede-quote, lede-timeline') ?? [])]);
await Promise.all(inner.map(settled));
bench.widgets = widgets.length + inner.length;
await bench.markRendered();
bench.complete = async () => bench.renderedAt;
