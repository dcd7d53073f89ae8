// TimelineJS3's side of the timeline benchmark (bench/timelinejs.html?events=N):
// the same generated events in its own format (bench/timelinejs-data.js),
// fetched as JSON and given to new TL.Timeline() with its defaults, in Russian
// like the data, loaded from node_modules. Rendered = its 'loaded' event (story
// slider and time navigator built, first slide chosen) and the next painted
// frame. Driven by scripts/bench.mjs.
const { bench, TL } = window;
const count = Number(new URLSearchParams(location.search).get('events'));
const response = await fetch(`/bench/_data/timeline-${count}.timelinejs.json`);
const data = await response.json();
const timeline = new TL.Timeline('timeline-embed', data, {
  language: 'ru',
  script_path: new URL('/node_modules/@knight-lab/timelinejs/dist/js/', location.href).href,
});
timeline.on('loaded', () => {
  if (!document.querySelector('.tl-slide')) bench.fail('loaded without a slide in the DOM');
  bench.markRendered();
});

/** TimelineJS3 builds every slide and marker before 'loaded'. */
bench.complete = async () => bench.renderedAt;
bench.renderAll = async () => {};
/** goToEnd(); resolves with the ms until the last event's slide is in view (after its slide animation). */
bench.reach = async () => {
  const last = document.getElementById(data.events.at(-1).unique_id);
  const start = performance.now();
  timeline.goToEnd();
  const end = await bench.until(() => bench.inView(last));
  return end - start;
};
