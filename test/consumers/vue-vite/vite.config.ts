import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue leaves <lede-*> to the browser as custom elements instead of resolving them as components.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('lede-') } } })],
});
