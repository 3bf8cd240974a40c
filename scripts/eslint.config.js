// ESLint for the whole project (`npm run lint`, part of `npm test`). It lives in scripts/ to keep the top
// level to what the project needs, so the npm script names it with --config. TypeScript's own checks
// (svelte-check, strict mode) find type errors; this finds what they do not.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'playwright-report/', 'test-results/', 'docs/reports/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // unused names are dead code; a leading underscore marks one kept on purpose
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // State replaces its maps and sets whole (\$state.raw), never changes them in place, so Svelte's
      // reactive collections would add cost and nothing else.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    // tests build malformed and hostile scenarios on purpose
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // the model never touches the page, storage or Svelte (STYLE.md)
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['svelte', 'svelte/*', 'idb-keyval', '../state/*', '../storage/*', '../components/*', '../chart/*', '../share/*'],
              message: 'src/model is pure: no Svelte, storage, page or sharing code.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location'],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
