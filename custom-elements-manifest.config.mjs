// custom-elements.json from the components' JSDoc (`npm run build`), and from it the
// framework types in dist/types/frameworks/, so neither can drift from the elements.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

// LEDE_OUT_DIR writes elsewhere, so a test can compare a fresh manifest with the committed one.
const outdir = process.env.LEDE_OUT_DIR ?? '.';
const typesDir = `${outdir}/dist/types/frameworks`;
// From dist/types/frameworks/ to each element's declarations (which also export its event details).
const componentTypePath = (name, tag) => `../components/${tag.slice('lede-'.length)}/${tag.slice('lede-'.length)}.component.js`;
const shared = { outdir: typesDir, componentTypePath, hideLogs: true, descriptionSrc: 'summary' };

/**
 * What the Lit analysis gets wrong for Lede: `static properties` entries with `state: true`
 * are internal, not attributes; `emit(name, …)` is not an event called "name"; the
 * abstract LedeElement is no element of its own.
 */
function publicSurfaceOnly() {
  return {
    name: 'lede-public-surface-only',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order their reads finish: sorted, two builds write the same file.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules) {
        module.declarations = (module.declarations ?? []).filter((declaration) => declaration.name !== 'LedeElement');
        module.exports = (module.exports ?? []).filter((entry) => entry.declaration?.name !== 'LedeElement');
        for (const declaration of module.declarations) {
          const isPublic = new Set((declaration.members ?? []).filter((member) => (member.privacy ?? 'public') === 'public').map((member) => member.name));
          declaration.attributes = declaration.attributes?.filter((attribute) => isPublic.has(attribute.fieldName));
          for (const member of declaration.members ?? []) if (!isPublic.has(member.name)) delete member.attribute;
          declaration.members = declaration.members?.filter((member) => member.name !== 'model' && !member.description?.startsWith('@internal'));
          declaration.events = declaration.events?.filter((event) => event.name !== 'name');
        }
      }
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => module.declarations.length > 0);
    },
  };
}

/**
 * Where the generators fall short: each component's import names the event details again
 * (a duplicate identifier for TypeScript), and the Svelte file is written for Svelte 4
 * (`bind:data`, `on:lede-load`, a module-local `svelteHTML`, a global JSX that Svelte 5
 * has not); Svelte 5's elements go in `svelte/elements`' SvelteHTMLElements instead.
 */
function repairGenerated(file) {
  const seen = new Set();
  let code = readFileSync(file, 'utf8').replace(/import type \{([^}]*)\} from ("[^"]+");/g, (statement, names, from) => {
    const fresh = names.split(',').map((name) => name.trim()).filter((name) => name && !seen.has(name));
    fresh.forEach((name) => seen.add(name));
    return `import type { ${fresh.join(', ')} } from ${from};`;
  });
  if (file.endsWith('svelte.d.ts')) {
    code = code
      .replace('children?: JSX.Element;', 'children?: unknown;')
      .replace('style?: JSX.CSSProperties;', 'style?: string;')
      // Svelte 5 sets properties and listens to events with plain attributes (data=, onlede-load=).
      .replaceAll('"bind:', '"')
      .replaceAll('"on:', '"on')
      .replace(/declare namespace svelteHTML \{[^}]*\}/, `declare module "svelte/elements" {\n  interface SvelteHTMLElements extends CustomElements {}\n}`);
  }
  writeFileSync(file, code);
}

/** The files partners import: JSX for React 19 (and its `CustomElements` for Preact and Solid). */
function frameworkEntries() {
  return {
    name: 'lede-framework-entries',
    packageLinkPhase() {
      mkdirSync(typesDir, { recursive: true });
      for (const name of ['jsx', 'vue', 'svelte']) repairGenerated(`${typesDir}/${name}.d.ts`);
      writeFileSync(
        `${typesDir}/react.d.ts`,
        `// \`import type {} from 'lede-widgets/jsx'\`: the elements in React 19's JSX, typed from custom-elements.json.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export type { CustomElements, ScopedElements } from './jsx.js';
`,
      );
    },
  };
}

export default {
  globs: ['src/components/*/*.component.ts', 'src/internal/lede-element.ts'],
  outdir,
  litelement: true,
  // package.json names custom-elements.json itself: a test's analysis elsewhere must not rewrite it.
  packagejson: false,
  plugins: [
    publicSurfaceOnly(),
    customElementJsxPlugin({ ...shared, fileName: 'jsx.d.ts' }),
    customElementVuejsPlugin({ ...shared, fileName: 'vue.d.ts' }),
    customElementSveltePlugin({ ...shared, fileName: 'svelte.d.ts' }),
    frameworkEntries(),
  ],
};
