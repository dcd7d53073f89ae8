// Runs before lede.js: records what the widgets do on a partner's page and
// reports it to the test page that opened this one in an iframe.
(() => {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
  const errors = [];
  addEventListener('error', (event) => errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const storage = () => JSON.stringify([document.cookie, Object.keys(localStorage), Object.keys(sessionStorage)]);
  const storageBefore = storage();
  const databasesBefore = indexedDB.databases().then((list) => list.map((database) => database.name));
  let settled = 0;
  const done = () => {
    if (++settled < 3) return;
    // Images load lazily and after render; give them a moment, then report.
    setTimeout(async () => {
      const roots = [];
      const visit = (element) => {
        if (!element.shadowRoot) return;
        roots.push(element.shadowRoot);
        element.shadowRoot.querySelectorAll('*').forEach(visit);
      };
      document.querySelectorAll('*').forEach(visit);
      const images = roots.flatMap((root) => [...root.querySelectorAll('img')]);
      parent.postMessage(
        {
          page: 'widgets',
          violations,
          errors,
          states: [...document.querySelectorAll('lede-article, lede-quote, lede-timeline')].map((element) => element.getAttribute('state')),
          requests: performance.getEntriesByType('resource').map((entry) => entry.name),
          images: images.map((image) => [image.currentSrc || image.src, image.getAttribute('referrerpolicy')]),
          storageChanged: storage() !== storageBefore,
          databases: [await databasesBefore, (await indexedDB.databases()).map((database) => database.name)],
        },
        location.origin,
      );
    }, 500);
  };
  document.addEventListener('lede-load', done);
  document.addEventListener('lede-error', done);
})();
