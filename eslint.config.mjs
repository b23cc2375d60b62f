// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const sharedForbidden = [
  { group: ['electron', 'electron/*'], message: 'src-shared is runtime-neutral: no Electron.' },
  { group: ['node:*'], message: 'src-shared is runtime-neutral: no Node APIs.' },
  { group: ['dexie', 'dexie-*'], message: 'src-shared is runtime-neutral: no Dexie.' },
  { group: ['react', 'react-*', 'react/*'], message: 'src-shared is runtime-neutral: no React.' },
  { group: ['@mantine/*'], message: 'src-shared is runtime-neutral: no Mantine.' },
  {
    group: ['**/src-main/**', '**/src-renderer/**', '**/src-server/**'],
    message: 'Dependencies point into src-shared, never out of it.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'data/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // React handlers are naturally written as `(e) => setValue(e)`.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}', 'src-console/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // A React Compiler hint; the app does not use the compiler.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: sharedForbidden }] },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/src/db/**', 'src-renderer/src/sync/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie/*'],
              message:
                'Only src/db and src/sync touch Dexie; read with hooks, write with commands.',
            },
            {
              group: ['electron', 'node:*'],
              message: 'The renderer reaches the platform only through src/platform.',
            },
            {
              group: ['**/src-server/**', '**/src-main/**'],
              message: 'The renderer never imports main or server code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src-renderer/**', '**/src-server/**'],
              message: 'Main imports only src-shared.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'bench/**', '*.config.*'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
