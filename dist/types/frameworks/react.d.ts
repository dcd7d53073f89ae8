// `import type {} from 'lede-widgets/jsx'`: the elements in React 19's JSX, typed from custom-elements.json.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export type { CustomElements, ScopedElements } from './jsx.js';
