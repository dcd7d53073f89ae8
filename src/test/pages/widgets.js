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
  const roots = () => {
    const found = [document];
    const visit = (element) => {
      if (!element.shadowRoot) return;
      found.push(element.shadowRoot);
      element.shadowRoot.querySelectorAll('*').forEach(visit);
    };
    document.querySelectorAll('*').forEach(visit);
    return found;
  };
  // A task turn, not an animation frame: WebKit runs no animation frames in a frame out of view.
  const turn = () => new Promise((resolve) => setTimeout(resolve));
  // Reports once the page has loaded, every widget at any depth has settled and every image in view has
  // loaded or failed: the moment a partner's page stops changing, whatever the machine's speed.
  const settled = () => {
    const widgets = roots().flatMap((root) => [...root.querySelectorAll('lede-article, lede-quote, lede-timeline')]);
    return document.readyState === 'complete' && widgets.length > 0 && widgets.every((element) => ['ready', 'error'].includes(element.getAttribute('state')));
  };
  const imageDone = (image) => image.complete || new Promise((resolve) => {
    image.addEventListener('load', resolve, { once: true });
    image.addEventListener('error', resolve, { once: true });
  });
  const inView = (image) => {
    const box = image.getBoundingClientRect();
    return box.bottom >= 0 && box.top <= innerHeight && box.right >= 0 && box.left <= innerWidth;
  };
  (async () => {
    while (!settled()) await turn();
    await turn();
    const images = () => roots().flatMap((root) => [...root.querySelectorAll('img')]);
    await Promise.all(images().filter(inView).map(imageDone));
    parent.postMessage(
      {
        page: 'widgets',
        violations,
        errors,
        states: [...document.querySelectorAll('lede-article, lede-quote, lede-timeline')].map((element) => element.getAttribute('state')),
        requests: performance.getEntriesByType('resource').map((entry) => entry.name),
        images: images().map((image) => [image.currentSrc || image.src, image.getAttribute('referrerpolicy')]),
        storageChanged: storage() !== storageBefore,
        databases: [await databasesBefore, (await indexedDB.databases()).map((database) => database.name)],
      },
      location.origin,
    );
  })();
})();
