import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The core stays pure: no GitHub toolkit, no environment, no console, no file system. */
const coreRestrictions = {
  files: ['src/core/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['@actions/*'], message: 'src/core must not depend on the GitHub toolkit; do it in src/action.' },
          { group: ['fs', 'node:fs', 'fs/*', 'node:fs/*', 'child_process', 'node:child_process', 'http', 'node:http', 'https', 'node:https'], message: 'src/core does no I/O; take text or byte streams from the adapter.' },
          { group: ['../action/*', '../cli/*', '../../action/*', '../../cli/*'], message: 'src/core must not import the adapters.' }
        ]
      }
    ],
    'no-restricted-globals': [
      'error',
      { name: 'process', message: 'src/core must not read process.env or exit; the adapter passes settings in.' },
      { name: 'console', message: 'src/core never prints; return diagnostics.' }
    ],
    'no-restricted-properties': [
      'error',
      { object: 'globalThis', property: 'process', message: 'src/core must not read the process.' },
      { object: 'globalThis', property: 'console', message: 'src/core never prints.' }
    ],
    'no-console': 'error'
  }
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.js', '**/*.mjs', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  coreRestrictions
);
