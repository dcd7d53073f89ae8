// The 10,000-event demo page: the same generated timeline as the benchmark.
import { generateTimeline } from './generate-timeline.js';

const element = document.querySelector('#generated-timeline');
if (element) {
  const started = performance.now();
  element.addEventListener('lede-load', () => {
    document.querySelector('#timing').textContent = `First events on screen ${Math.round(performance.now() - started)} ms after the data was set.`;
  });
  await customElements.whenDefined('lede-timeline');
  element.data = generateTimeline(10_000);
}
