// The benchmark's probe: the first script of every bench page (a classic
// script, so it runs before any widget code). It records long tasks and layout
// shifts from navigation on, and gives the driver (scripts/bench.mjs) a few
// helpers. Times are performance.now(): milliseconds since navigation start.
(() => {
  const bench = (window.bench = { longTasks: [], shifts: [], renderedAt: undefined, error: undefined });
  const observe = (type, into) => {
    try {
      new PerformanceObserver((list) => into.push(...list.getEntries())).observe({ type, buffered: true });
    } catch {
      bench.error = `PerformanceObserver has no ${type}`;
    }
  };
  observe('longtask', bench.longTasks);
  observe('layout-shift', bench.shifts);

  /** Resolves after the next frame has been painted. */
  bench.afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  /** Marks the page rendered once the frame with the first content is painted. */
  bench.markRendered = async () => {
    await bench.afterPaint();
    bench.renderedAt ??= performance.now();
  };
  bench.fail = (message) => (bench.error ??= String(message));
  addEventListener('error', (event) => bench.fail(event.message));
  addEventListener('unhandledrejection', (event) => bench.fail(event.reason));

  bench.countNodes = () => {
    let count = 0;
    const walk = (node) => {
      count++;
      if (node.shadowRoot) walk(node.shadowRoot);
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    };
    walk(document);
    return count;
  };
  /**
   * Long tasks, and layout shift: the sum of every shift without recent input,
   * and CLS as browsers report it (the largest session window: shifts under 1 s
   * apart, at most 5 s long).
   */
  bench.summary = () => {
    const durations = bench.longTasks.map((entry) => entry.duration);
    const shifts = bench.shifts.filter((entry) => !entry.hadRecentInput);
    let cls = 0;
    let session = 0;
    let first = -Infinity;
    let last = -Infinity;
    for (const { startTime, value } of shifts) {
      if (startTime - last < 1000 && startTime - first < 5000) session += value;
      else [session, first] = [value, startTime];
      last = startTime;
      cls = Math.max(cls, session);
    }
    return {
      longTasks: { count: durations.length, total: durations.reduce((sum, value) => sum + value, 0), max: Math.max(0, ...durations) },
      layoutShift: shifts.reduce((sum, entry) => sum + entry.value, 0),
      cls,
      domNodes: bench.countNodes(),
    };
  };
  /** Polls `test` once a frame; resolves with performance.now() when it first holds. */
  bench.until = (test) =>
    new Promise((resolve) => {
      const check = () => (test() ? resolve(performance.now()) : requestAnimationFrame(check));
      check();
    });
  /** At least half of the element's box is inside the viewport. */
  bench.inView = (element) => {
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const visibleWidth = Math.min(box.right, innerWidth) - Math.max(box.left, 0);
    const visibleHeight = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
    return box.width > 0 && box.height > 0 && visibleWidth >= box.width / 2 && visibleHeight >= Math.min(box.height, innerHeight) / 2;
  };
})();
