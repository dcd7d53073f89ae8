import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    rules: {
      // As tsc's noUnusedParameters/noUnusedLocals: `_name` marks a required but unused parameter, `{ x: _x, ...rest }` drops a field.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `content: ' · '` in the styles holds deliberate no-break spaces; an escape would cost bundle bytes.
      'no-irregular-whitespace': ['error', { skipTemplates: true }],
      // `interface HTMLElementEventMap extends LedeEventMap {}` is how a global map is augmented (declaration merging).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['src/**/*.test.ts'],
    rules: {
      // Chai's property assertions (`expect(x).to.exist`, `.to.be.empty`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests read fixtures as loose JSON to break them on purpose; the schema types would forbid that.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
