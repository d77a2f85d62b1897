/**
 * action.yml against the code, and the workflows against a schema: the inputs the code reads are
 * exactly the inputs action.yml declares, the outputs it sets are exactly the declared outputs,
 * and scripts/validate-workflows.mjs (action-validator plus our own action.yml checks) passes.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSettings } from '../../src/action/inputs.js';
import { INPUT_NAMES } from '../../src/io/options.js';
import { actionYml, inputVar, ROOT } from './harness.js';

const ACTION_DIR = path.join(ROOT, 'src/action');
// src/action/record/ is the record step, a second action with its own record/action.yml
// (test/action/record/action-yml.test.ts checks its inputs and outputs).
const sources = (readdirSync(ACTION_DIR, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.startsWith(`record${path.sep}`))
  .map((f) => ({ file: f.split(path.sep).join('/'), text: readFileSync(path.join(ACTION_DIR, f), 'utf8') }));

/** The issue's inputs and outputs, by name. */
const ISSUE_INPUTS = [
  'manifests',
  'config',
  'budget',
  'warn-at',
  'fail-on',
  'comment',
  'comment-tag',
  'override-label',
  'location',
  'github-token',
  // The artifacts issue: artifacts, the fork-safe workflow_run mode, the commit status.
  'artifacts',
  'run-id',
  'status-context',
  'if-artifacts-missing',
  'artifact-limits',
  // The traces issue: time-resolved intensity from a series file or Electricity Maps.
  'intensity-series',
  'electricity-maps-token',
  'electricity-maps-url',
  // One way in (issue 8): every option the CLI has that makes sense in CI is an input too.
  'timezone',
  // Hostile pull requests (issue 9): bounds on what the power logs may make the gate read.
  'trace-limits',
  // The ledger (issue 12): write on default-branch pushes and workflow_run, read for window budgets.
  'ledger'
];
const ISSUE_OUTPUTS = [
  'status',
  'emissions-kg',
  'energy-kwh',
  'budget-kg',
  'budget-used',
  'report-path',
  'comment-id',
  'comment-url'
];

describe('action.yml', () => {
  const action = actionYml();

  test('runs on node24 from dist/index.js, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
    expect(typeof action.name).toBe('string');
    expect(typeof action.description).toBe('string');
  });

  test("declares the issue's inputs and outputs, each described", () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...ISSUE_INPUTS].sort());
    expect(Object.keys(action.outputs).sort()).toEqual([...ISSUE_OUTPUTS].sort());
    for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)]) {
      expect([name, (spec.description ?? '').trim().length > 20]).toEqual([name, true]);
    }
  });

  test.each([
    ['manifests', '**/carbon-manifest.{yml,yaml,json}'],
    ['config', '.github/carbon-budget.yml'],
    ['fail-on', 'over-budget'],
    ['comment', 'update'],
    ['comment-tag', 'carbon-gate'],
    ['override-label', 'carbon-budget-approved'],
    ['github-token', '${{ github.token }}'],
    ['artifacts', ''],
    ['run-id', ''],
    ['status-context', ''],
    ['if-artifacts-missing', 'fail'],
    ['artifact-limits', ''],
    ['timezone', '']
  ])('input %s defaults to %s', (name, value) => {
    expect(action.inputs[name].default).toBe(value);
  });

  test('the inputs the code reads are exactly the declared ones', () => {
    expect([...INPUT_NAMES].sort()).toEqual(Object.keys(action.inputs).sort());
    // Every read goes through inputs.ts, whose reader is typed on INPUT_NAMES.
    const readers = sources.filter((s) => /\b(core\.)?get(Multiline|Boolean)?Input\(/.test(s.text)).map((s) => s.file);
    expect(readers).toEqual(['inputs.ts']);
    // And readSettings reads each of them: watch which INPUT_* variables it looks up.
    const read = new Set<string>();
    const realEnv = process.env;
    process.env = new Proxy(
      { ...realEnv, [inputVar('github-token')]: 'ghs_x' },
      {
        get(target, key) {
          if (typeof key === 'string' && key.startsWith('INPUT_')) read.add(key);
          return Reflect.get(target, key);
        }
      }
    );
    try {
      readSettings();
    } finally {
      process.env = realEnv;
    }
    expect([...read].sort()).toEqual(Object.keys(action.inputs).map(inputVar).sort());
  });

  test('the outputs the code sets are exactly the declared ones', () => {
    // Outputs are set through src/action/log.ts (`log.output`), which masks and escapes them.
    const set = new Set(
      sources.flatMap((s) => [...s.text.matchAll(/(?:setOutput|log\.output)\('([^']+)'/g)].map((m) => m[1]))
    );
    expect([...set].sort()).toEqual(Object.keys(action.outputs).sort());
  });
});

describe('workflow validation (scripts/validate-workflows.mjs)', () => {
  const script = path.join(ROOT, 'scripts/validate-workflows.mjs');

  test("the repository's workflows, the docs' workflows and action.yml are valid", () => {
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('.github/workflows/ci.yml');
    expect(r.stdout).toContain('.github/workflows/check-dist.yml');
    for (const doc of ['docs/action.md', 'docs/artifacts.md', 'README.md']) expect(r.stdout).toContain(`${doc}:`);
  });

  test('a broken workflow and an undeclared input are reported', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-wf-'));
    try {
      const wfDir = path.join(dir, '.github', 'workflows');
      mkdirSync(wfDir, { recursive: true });
      const bad = path.join(wfDir, 'bad.yml');
      writeFileSync(bad, 'on: push\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo\n');
      const typo = path.join(wfDir, 'typo.yml');
      writeFileSync(
        typo,
        'on: pull_request\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./\n        with:\n          budgett: 5 kg\n'
      );
      const r = spawnSync(process.execPath, [script, bad, typo], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("Additional property 'stepz' is not allowed");
      expect(r.stderr).toContain('`budgett`');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
