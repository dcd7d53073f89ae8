// Lede's side of the timeline benchmark (bench/timeline.html?events=N): the
// generated timeline, fetched as JSON and set as the element's data. Rendered =
// lede-load and the next painted frame. Driven by scripts/bench.mjs.
const { bench } = window;
const count = Number(new URLSearchParams(location.search).get('events'));
const element = document.querySelector('lede-timeline');
element.addEventListener('lede-load', () => bench.markRendered(), { once: true });
element.addEventListener('lede-error', (event) => bench.fail(`lede-error ${event.detail.code}: ${event.detail.message}`), { once: true });

const items = () => element.shadowRoot.querySelectorAll('li[data-index]');
/**
 * Rendering settled: every event (up to 300, the rest render in the background), or
 * what is near the screen (a longer timeline renders the rest as the reader nears it):
 * the count of events unchanged for 300 ms.
 */
bench.complete = () =>
  new Promise((resolve) => {
    let last = -1;
    let since = performance.now();
    const timer = setInterval(() => {
      const now = items().length;
      if (now !== last) [last, since] = [now, performance.now()];
      if (now >= count || performance.now() - since >= 300) clearInterval(timer), resolve(now >= count ? performance.now() : since);
    }, 50);
  });
/** Every event rendered, as for printing; resolves once they all are. */
bench.renderAll = async () => {
  dispatchEvent(new Event('beforeprint'));
  await bench.until(() => items().length >= count);
};
/** Press End in the focused list; resolves with the ms until the last event has focus and is in view. */
bench.reach = async () => {
  const first = items()[0];
  first.focus();
  const start = performance.now();
  first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
  const end = await bench.until(() => {
    const focused = element.shadowRoot.activeElement;
    return focused?.querySelector('[part="event-title"]')?.textContent.startsWith(`${count}.`) && bench.inView(focused);
  });
  return end - start;
};

const response = await fetch(`/bench/_data/timeline-${count}.lede.json`);
element.data = await response.json();
