/**
 * record/action.yml against the record step's code: it runs node24 with one bundle as main and
 * post (post always), the inputs the code reads are exactly the declared ones, the outputs it sets
 * are exactly the declared outputs, and the defaults are values the code accepts.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readRecordSettings, RECORD_INPUTS } from '../../../src/action/record/inputs.js';
import { inputVar, ROOT } from '../harness.js';
import { recordActionYml } from './runner.js';

const RECORD_DIR = path.join(ROOT, 'src/action/record');
const sources = readdirSync(RECORD_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: readFileSync(path.join(RECORD_DIR, f), 'utf8') }));

describe('record/action.yml', () => {
  const action = recordActionYml();

  test('runs record/dist/index.js on node24 as the main and the post step, the post step always', () => {
    // One bundle for both: the post step knows itself by the state the main step saved.
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/index.js',
      'post-if': 'always()'
    });
  });

  test("declares the issue's inputs with their defaults, each described", () => {
    expect(Object.keys(action.inputs)).toEqual([...RECORD_INPUTS]);
    expect(Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default]))).toEqual({
      out: 'carbon/',
      interval: '1s',
      name: '',
      location: '',
      gpu: 'true',
      cpu: 'true',
      stop: 'false'
    });
    for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)])
      expect([name, (spec.description ?? '').trim().length > 20]).toEqual([name, true]);
  });

  test('the inputs the code reads are exactly the declared ones, and the defaults are accepted', () => {
    const readers = sources.filter((s) => /\bget(Multiline|Boolean)?Input\(/.test(s.text)).map((s) => s.file);
    expect(readers).toEqual(['inputs.ts']);
    const read = new Set<string>();
    const realEnv = process.env;
    const defaults = Object.fromEntries(
      Object.entries(action.inputs).map(([name, spec]) => [inputVar(name), String(spec.default ?? '')])
    );
    process.env = new Proxy(
      { ...realEnv, ...defaults },
      {
        get(target, key) {
          if (typeof key === 'string' && key.startsWith('INPUT_')) read.add(key);
          return Reflect.get(target, key);
        }
      }
    );
    let result: ReturnType<typeof readRecordSettings>;
    try {
      result = readRecordSettings();
    } finally {
      process.env = realEnv;
    }
    expect([...read].sort()).toEqual(Object.keys(action.inputs).map(inputVar).sort());
    expect(result).toEqual({
      ok: true,
      settings: { out: 'carbon/', intervalMs: 1000, name: 'train', gpu: true, cpu: true, stop: false }
    });
  });

  test('the outputs the code sets are exactly the declared ones', () => {
    const set = new Set(sources.flatMap((s) => [...s.text.matchAll(/log\.output\('([^']+)'/g)].map((m) => m[1])));
    expect([...set].sort()).toEqual(Object.keys(action.outputs).sort());
  });
});

describe('scripts/validate-workflows.mjs and the record step', () => {
  test('a workflow giving the record step an input record/action.yml lacks is reported', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-wf-'));
    try {
      const wfDir = path.join(dir, '.github', 'workflows');
      mkdirSync(wfDir, { recursive: true });
      const file = path.join(wfDir, 'train.yml');
      writeFileSync(
        file,
        [
          'on: push',
          'jobs:',
          '  train:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - uses: carbon-gate/carbon-gate/record@v1',
          '        with: { name: n, intervall: 1s }',
          '      - run: python train.py',
          '      - uses: carbon-gate/carbon-gate/record@v1',
          '        with: { stop: true }',
          ''
        ].join('\n')
      );
      const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/validate-workflows.mjs'), file], {
        encoding: 'utf8'
      });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual([
        `${file}: job \`train\` gives the record step the input \`intervall\`, which record/action.yml does not declare`
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
