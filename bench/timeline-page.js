// Runs inside the benchmark page: renders one generated timeline and reports
// what a reader's browser spent on it. Driven by scripts/bench.mjs.
import { generateTimeline } from '/demo/generate-timeline.js';

const longTasks = [];
let watching = false;
// Only what happens after the data is set counts: page and script loading are the same for any widget.
new PerformanceObserver((list) => watching && longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });

function countNodes(root) {
  let count = 0;
  const walk = (node) => {
    count++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return count;
}

const idle = () => new Promise((resolve) => setTimeout(resolve, 0));

window.runTimeline = async (count, reachLast) => {
  const data = generateTimeline(count);
  const element = document.createElement('lede-timeline');
  document.body.append(element);
  const loaded = new Promise((resolve) => element.addEventListener('lede-load', resolve, { once: true }));
  watching = true;
  const start = performance.now();
  element.data = data;
  await loaded;
  const ready = performance.now() - start;
  const result = { ready };
  if (reachLast) {
    const first = element.shadowRoot.querySelector('li');
    first.focus();
    const pressed = performance.now();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    while (!element.shadowRoot.activeElement?.textContent.includes(`${count}.`)) await idle();
    result.reachLast = performance.now() - pressed;
  } else {
    while (element.shadowRoot.querySelectorAll('li').length < count) await idle();
    result.complete = performance.now() - start;
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  result.longTasks = { count: longTasks.length, total: longTasks.reduce((sum, duration) => sum + duration, 0), max: Math.max(0, ...longTasks) };
  result.domNodes = countNodes(document);
  return result;
};
