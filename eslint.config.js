import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What src/core may not import: the GitHub toolkit, I/O, or anything outside src/core. */
const corePatterns = [
  { group: ['@actions/*'], message: 'src/core must not depend on the GitHub toolkit; do it in src/action.' },
  {
    group: [
      'fs',
      'node:fs',
      'fs/*',
      'node:fs/*',
      'child_process',
      'node:child_process',
      'http',
      'node:http',
      'https',
      'node:https'
    ],
    message: 'src/core does no I/O; take text or byte streams from the adapter.'
  },
  {
    regex: layer('action', 'cli', 'io'),
    message: 'src/core imports nothing outside src/core: the adapters and src/io call the core, never the reverse.'
  }
];

/** The core stays pure: no GitHub toolkit, no environment, no console, no file system. */
const coreRestrictions = {
  files: ['src/core/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', { patterns: corePatterns }],
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

/**
 * Inside the core, the renderers sit on top: compute modules (analyze, resolve, traces, ...) format numbers with
 * src/core/format.ts and never import from src/core/render/. Repeats the core's patterns, because a later config's
 * options for a rule replace an earlier one's.
 */
const coreBelowRender = {
  files: ['src/core/**/*.ts'],
  ignores: ['src/core/render/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...corePatterns,
          {
            regex: '(^|/)render(/|$)',
            message:
              'Only src/core/render imports from src/core/render: compute modules format with src/core/format.js, below the renderers.'
          }
        ]
      }
    ]
  }
};

/**
 * A pattern for relative imports that climb out of a folder into one of the named top-level folders of src/
 * (`../../io/files.js`), for the boundary rules.
 */
function layer(...names) {
  return `^(\\.\\./)+(${names.join('|')})(/|$)`;
}

/** One folder's allowed imports: `forbidden` are the top-level folders (and packages) it must not reach. */
function boundary(folder, forbidden, packages, message) {
  const patterns = [{ regex: layer(...forbidden), message }];
  if (packages.length > 0) patterns.push({ group: packages, message });
  return { files: [`src/${folder}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

/**
 * The layers: core imports nothing outside core (above); io imports only core; cli and action import core and io,
 * never each other.
 */
const boundaries = [
  boundary(
    'io',
    ['action', 'cli'],
    ['@actions/*'],
    'src/io is shared by the CLI and the action: it imports only src/core, never an adapter.'
  ),
  boundary(
    'cli',
    ['action'],
    ['@actions/*'],
    'src/cli imports src/core and src/io, never the action (put what both need in src/io).'
  ),
  boundary(
    'action',
    ['cli'],
    [],
    'src/action imports src/core and src/io, never the CLI (put what both need in src/io).'
  )
];

/** What `@actions/core` offers for writing to the workflow: log, annotations, failure, outputs, summary, secrets. */
const coreOutputNames = [
  'info',
  'debug',
  'warning',
  'error',
  'notice',
  'setFailed',
  'setOutput',
  'setSecret',
  'exportVariable',
  'addPath',
  'saveState',
  'startGroup',
  'endGroup',
  'group',
  'summary',
  'markdownSummary'
];

/**
 * The action writes to the workflow only through src/action/log.ts, which masks secrets and makes
 * every message one inert line (a run name must not forge `::error::`). Repeats the action's layer
 * pattern, because this config's options for the rule replace the boundary's.
 */
const actionOutput = {
  files: ['src/action/**/*.ts'],
  ignores: ['src/action/log.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: boundaries[2].rules['no-restricted-imports'][1].patterns,
        paths: [
          {
            name: '@actions/core',
            importNames: coreOutputNames,
            message:
              'Write to the workflow through src/action/log.ts (log, addSecret, maskSecrets): it masks secrets and escapes what the input controls.'
          }
        ]
      }
    ]
  }
};

/**
 * Spreading an array into a call's arguments puts every element on the stack: a million
 * diagnostics of a hostile file in `push(...all)` end in "Maximum call stack size exceeded". Loop
 * instead (or reduce, for a maximum).
 */
const spreadMessage = 'Spreading an unbounded array into arguments overflows the stack on large input; use a loop.';
const noArgumentSpread = {
  files: ['src/**/*.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: 'CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement',
        message: spreadMessage
      },
      { selector: "CallExpression[callee.object.name='Math'] > SpreadElement", message: spreadMessage },
      {
        selector: 'CallExpression[callee.property.name=/^(fromCharCode|fromCodePoint)$/] > SpreadElement',
        message: spreadMessage
      }
    ]
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
  coreRestrictions,
  coreBelowRender,
  noArgumentSpread,
  ...boundaries,
  actionOutput
);
