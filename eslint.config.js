// Lint rules for QKD Lab. The key rule keeps workers/ pure: no React, DOM, three, d3, zustand or
// Math.random in the simulation and distillation cores, so they run the same in Node and in a Worker.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const impureModules = ['react', 'react-dom', 'react-dom/*', 'three', 'three/*', 'd3', 'd3-*', 'zustand', 'zustand/*'];

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e-artifacts/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['workers/**/*.ts'],
    ignores: ['workers/**/*.test.ts'],
    languageOptions: { globals: { ...globals.worker } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: impureModules, message: 'workers/ is a pure core: no UI, DOM or store libraries.' },
            {
              group: ['**/src', '**/src/**', '**/cli', '**/cli/**'],
              message: 'workers/ must not import from src/ or cli/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'workers/ has no window.' },
        { name: 'document', message: 'workers/ has no document.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in workers/common/rng.ts.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use a seeded generator.' }],
      // The app runs in a browser: Node-only command code stays out of it (shared code lives in workers/).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/cli', '**/cli/**'], message: 'src/ must not import from cli/: share code through workers/.' },
          ],
        },
      ],
      // URL, file and preset data reach the page as text only: no HTML parsing of strings (CSP and XSS).
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: render text, or build elements.',
        },
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No innerHTML/outerHTML: use textContent or elements.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
          message: 'No HTML parsing of strings.',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'No document.write.',
        },
      ],
    },
  },
  {
    files: ['cli/**/*.ts', 'scripts/**/*.{ts,js,mjs}', '*.config.{ts,js}', 'workers/**/*.test.ts', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
