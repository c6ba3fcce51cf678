import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { LAYERS, layeringRule } from './eslint/layering.js'

const root = import.meta.dirname

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-artifacts/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { axisref: { rules: { layering: layeringRule } } },
    rules: {
      'axisref/layering': ['error', { root, layers: LAYERS }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // the library and formatting bench pages run in Chromium beside the app, built from bench/ (bench/library/site.ts, bench/csl/site.ts)
    files: ['renderer/**/*.{ts,tsx}', 'bench/library/page/**/*.{ts,tsx}', 'bench/csl/page/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'eslint/**/*.js', '*.{js,ts}'],
    ignores: ['bench/library/page/**', 'bench/csl/page/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // a test that reaches for something missing should fail right there
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
)
