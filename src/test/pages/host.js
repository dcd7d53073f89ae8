// A host page that has wrapped fetch, then loads lede.js twice and a
// different build of it: reports what the bundles changed on the page.
(() => {
  const errors = [];
  addEventListener('error', (event) => errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const fetched = [];
  const realFetch = window.fetch;
  window.fetch = function wrappedFetch(input, init) {
    fetched.push(String(input instanceof Request ? input.url : input));
    return realFetch.call(this, input, init);
  };
  const PROTOTYPES = { Array, Object, String, Number, Function, Promise, Element, HTMLElement, Node, EventTarget, Document, Map, Set, Symbol, JSON, Math };
  const snapshot = () => ({
    keys: new Set(Reflect.ownKeys(window).map(String)),
    members: Object.fromEntries(
      Object.entries(PROTOTYPES).map(([name, value]) => {
        const target = value.prototype ?? value;
        return [name, Object.fromEntries(Reflect.ownKeys(target).map((key) => [String(key), Object.getOwnPropertyDescriptor(target, key)]))];
      }),
    ),
    statics: Object.fromEntries(Object.entries(PROTOTYPES).map(([name, value]) => [name, Reflect.ownKeys(value).map(String)])),
  });
  const before = snapshot();
  const load = (src) =>
    new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  const settled = (element) =>
    element.getAttribute('state') === 'ready' || element.getAttribute('state') === 'error'
      ? Promise.resolve()
      : new Promise((resolve) => {
          element.addEventListener('lede-load', resolve, { once: true });
          element.addEventListener('lede-error', resolve, { once: true });
        });
  addEventListener('DOMContentLoaded', async () => {
    await load('/dist/lede.js');
    const elements = [...document.querySelectorAll('lede-quote, lede-timeline, lede-article')];
    await Promise.all(elements.map(settled));
    const after = snapshot();
    await load('/dist/lede.js');
    await load('/fault/other-build.js');
    const changed = [];
    for (const [name, members] of Object.entries(after.members)) {
      for (const [key, descriptor] of Object.entries(members)) {
        const old = before.members[name][key];
        if (!old || old.value !== descriptor.value || old.get !== descriptor.get || old.set !== descriptor.set) changed.push(`${name}.${key}`);
      }
      for (const key of Object.keys(before.members[name])) if (!(key in members)) changed.push(`-${name}.${key}`);
      for (const key of after.statics[name]) if (!before.statics[name].includes(key)) changed.push(`${name}.${key}`);
      for (const key of before.statics[name]) if (!after.statics[name].includes(key)) changed.push(`-${name}.${key}`);
    }
    parent.postMessage(
      {
        page: 'host',
        errors,
        states: elements.map((element) => element.getAttribute('state')),
        addedGlobals: [...after.keys].filter((key) => !before.keys.has(key)),
        changedBuiltIns: changed,
        fetched,
        stillWrapped: window.fetch.name === 'wrappedFetch',
      },
      location.origin,
    );
  });
})();
