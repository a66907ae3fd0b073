import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'

const nodeOnly = ['electron', 'electron/*', 'better-sqlite3', 'node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/html-indent': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  {
    // user-facing text lives in renderer/i18n, never inline in a template
    files: ['renderer/**/*.vue'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'vue/no-bare-strings-in-template': ['error', { allowlist: ['→', '·', '(', ')', ':', '/', '-', '%'] }],
    },
  },
  {
    // shared/ (the contract, the content schemas, and shared/domain above all) is pure:
    // plain Node, the browser and tests can all load it
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'shared/ must not depend on Electron, Node built-ins or the database.' },
            { group: ['vue', 'vue-*', 'pinia', '@vue/*'], message: 'shared/ must not depend on the UI framework.' },
            { group: ['**/electron/**', '**/renderer/**', '@/*'], message: 'shared/ is imported by both sides, never the reverse.' },
          ],
        },
      ],
    },
  },
  {
    // views and components talk to stores; only stores (and composables) reach renderer/api.
    // The typescript-eslint rule, so that this adds to the renderer's no-restricted-imports below
    // instead of replacing it.
    files: ['renderer/views/**/*.{ts,vue}', 'renderer/components/**/*.{ts,vue}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/api', '@/api/*', '**/renderer/api', '**/renderer/api/*', '../api', '../api/*', '../../api', '../../api/*'], message: 'Views and components talk to stores, not to renderer/api.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeOnly, message: 'The renderer talks to the main process only through renderer/api.' },
            { group: ['**/electron/**'], message: 'The renderer talks to the main process only through renderer/api.' },
          ],
        },
      ],
    },
  },
  // the shape of every area (handler -> service -> repository), kept by import zones
  {
    files: ['electron/main/handlers/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+db(/|$)', message: 'Handlers map input to one service call; the database is the services\' business.' }] },
      ],
    },
  },
  {
    files: ['electron/main/services/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+(dispatch|http|ipc|handlers|areas)(/|$)', message: 'Services know nothing of transports, dispatch or handlers; throw AppError (shared/domain/errors).' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/db/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      // the typescript-eslint rule, so that a repository may take a row's fields as the type
      // its channel schema infers (`import type`), but nothing else of the contract
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+(services|handlers|areas|dispatch|http|ipc)(/|$)', message: 'db/ is the bottom layer: it imports nothing above it.' },
            { group: ['@shared/ipc', '@shared/ipc/envelope', '@shared/ipc/contract', '**/shared/ipc/envelope', '**/shared/ipc/contract'], message: 'db/ does not know the IPC contract or its envelope; errors are AppError from shared/domain/errors.' },
            { group: ['@shared/ipc/channels/*', '**/shared/ipc/channels/*'], allowTypeImports: true, message: 'db/ may take only types from a channel file.' },
          ],
        },
      ],
    },
  },
)
