// Lint: ESLint with typescript-eslint and jsx-a11y. (Biome was our first choice, but its
// platform binaries are not on the registry mirror these machines use, so `npm ci` failed.)
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'lib/glossary-build/generated/**',
      'docs/**',
      '.bench/**',
      'e2e/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Preact uses `class`, and JSX a11y rules read `onChange` etc. the React way: fine here.
      'jsx-a11y/no-onchange': 'off',
    },
  },
);
