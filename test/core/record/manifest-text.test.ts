/**
 * The manifest `carbon-gate record` writes: read back by the manifest parser without an error
 * (hostile names included), and updated in place, every byte of the old text kept.
 */
import { describe, expect, test } from '@jest/globals';
import { parseManifest } from '../../../src/core/manifest/index.js';
import {
  describeUpdate,
  durationText,
  newRecordManifest,
  updateRecordManifest,
  yamlQuote,
  type RecordedRun
} from '../../../src/core/record/manifest-text.js';

const RUN: RecordedRun = {
  name: 'python train.py',
  location: 'DE',
  durationS: 62.4567,
  traces: [
    { file: 'gpu-20261202T173151Z.csv', format: 'nvidia-smi-csv', source: 'nvidia-smi --query-gpu every 1 s' },
    { file: 'cpu-rapl-20261202T173151Z.csv', format: 'rapl', source: 'powercap energy counters every 1 s' }
  ],
  gpus: { models: ['NVIDIA H200', 'NVIDIA H200'], inCatalogue: true },
  recordedAt: '2026-12-02T17:31:51Z'
};

function parsed(text: string) {
  const result = parseManifest('carbon-manifest.yml', text);
  return { runs: result.manifest?.runs ?? [], errors: result.diagnostics.filter((d) => d.severity === 'error') };
}

/** True when `small`'s characters appear in `big` in order (every old byte kept, some added). */
function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (const ch of big) if (i < small.length && ch === small[i]) i++;
  return i === small.length;
}

describe('newRecordManifest', () => {
  test('a measured run the parser reads: duration to the millisecond, traces, GPU from the log, location', () => {
    const text = newRecordManifest(RUN);
    const { runs, errors } = parsed(text);
    expect(errors).toEqual([]);
    expect(runs).toHaveLength(1);
    const run = runs[0];
    expect(run.name).toBe('python train.py');
    expect(run.location).toBe('DE');
    expect(run.durationS).toBe(62.457);
    expect(run.traces).toEqual(['gpu-20261202T173151Z.csv', 'cpu-rapl-20261202T173151Z.csv']);
    expect(run.gpu).toMatchObject({ model: 'NVIDIA H200', count: 2 });
    expect(text).toContain('# nvidia-smi-csv: nvidia-smi --query-gpu every 1 s');
  });

  test('without a location: a comment asks for one, and the run has none (check then needs --location)', () => {
    const text = newRecordManifest({ ...RUN, location: undefined });
    const { runs, errors } = parsed(text);
    expect(errors).toEqual([]);
    expect(runs[0].location).toBeUndefined();
    expect(text).toMatch(/^ {4}# location: DE {3}# <- where the energy was drawn/m);
  });

  test('a GPU model outside the catalogue, or several models, is a comment, not a gpu: that fails the check', () => {
    for (const gpus of [
      { models: ['Fake GPU 9000'], inCatalogue: false },
      { models: ['NVIDIA H200', 'NVIDIA A100-SXM4-80GB'], inCatalogue: false }
    ]) {
      const text = newRecordManifest({ ...RUN, gpus });
      const { runs, errors } = parsed(text);
      expect(errors).toEqual([]);
      expect(runs[0].gpu).toBeUndefined();
      expect(text).toContain(`# GPUs in the log: ${gpus.models.map((m) => `1 x ${m}`).join(', ')}`);
    }
  });

  const HOSTILE = [
    'a: b',
    '# not a comment',
    '- item',
    '{ flow: map }',
    '[1, 2]',
    '*alias',
    '&anchor x',
    '!!binary aGVsbG8=',
    '"quoted"',
    "it's",
    'back\\slash \\n',
    'line\nbreak',
    'carriage\rreturn',
    'tab\there',
    'nul\u0000x',
    'sep\u2028arator\u2029',
    '\ufeffbom',
    'next\u0085line',
    'null',
    'true',
    '0x1F',
    '1e3',
    '~',
    '@at',
    '`tick`',
    '%TAG',
    '| block',
    '> folded',
    '? key',
    '---',
    '...',
    '   spaces   ',
    'café ☕ 𝄞',
    'lone \ud800 surrogate'
  ];
  test.each(HOSTILE)('the hostile name %j stays one string, as given', (name) => {
    const text = newRecordManifest({ ...RUN, name });
    const { runs, errors } = parsed(text);
    expect(errors).toEqual([]);
    expect(runs.map((r) => r.name)).toEqual([name]);
  });

  test('yamlQuote escapes what YAML would read otherwise', () => {
    expect(yamlQuote('a"b\\c\n\u2028\ufeff')).toBe('"a\\"b\\\\c\\u000a\\u2028\\ufeff"');
    expect(yamlQuote('plain')).toBe('"plain"');
  });

  test('durationText keeps milliseconds', () => {
    expect(durationText(62.4567)).toBe('62.457 s');
    expect(durationText(3600)).toBe('3600 s');
  });
});

describe('updateRecordManifest', () => {
  const SECOND: RecordedRun = {
    ...RUN,
    durationS: 10,
    traces: [{ file: 'gpu-2.csv', format: 'nvidia-smi-csv', source: 'nvidia-smi --query-gpu every 1 s' }]
  };

  test('the same name: its traces gain the new logs, its duration the new wall time, the rest byte for byte', () => {
    const old = newRecordManifest(RUN);
    const update = updateRecordManifest(old, SECOND);
    if (!update.ok) throw new Error(update.problem);
    expect(update).toMatchObject({ run: 'python train.py', added: 'traces' });
    expect(describeUpdate(update, 1)).toBe('1 log(s) added to run "python train.py"');
    const { runs, errors } = parsed(update.text);
    expect(errors).toEqual([]);
    expect(runs).toHaveLength(1);
    expect(runs[0].traces).toEqual([...RUN.traces.map((t) => t.file), 'gpu-2.csv']);
    // 62.457 s + 10 s, by hand.
    expect(runs[0].durationS).toBe(72.457);
    // Only the duration's value changed; everything else is the old text with lines added.
    expect(isSubsequence(old.replace('62.457 s', ''), update.text)).toBe(true);
    expect(update.text.split('\n').length).toBe(old.split('\n').length + 1);
  });

  test('another name: a new run at the end of runs:, with its own location comment and GPUs', () => {
    const old = newRecordManifest(RUN);
    const update = updateRecordManifest(old, { ...SECOND, name: 'eval: "phase 2"', location: undefined });
    if (!update.ok) throw new Error(update.problem);
    expect(update).toMatchObject({ run: 'eval: "phase 2"', added: 'run' });
    expect(update.text.startsWith(old)).toBe(true);
    const { runs, errors } = parsed(update.text);
    expect(errors).toEqual([]);
    expect(runs.map((r) => [r.name, r.durationS, r.traces, r.location])).toEqual([
      ['python train.py', 62.457, RUN.traces.map((t) => t.file), 'DE'],
      ['eval: "phase 2"', 10, ['gpu-2.csv'], undefined]
    ]);
  });

  test('a hand-written manifest: comments, quoting, flow lists, CRLF and other keys are kept', () => {
    const old = [
      '# my project',
      'version: 1',
      "name: 'sentiment'   # shown in the report",
      'defaults: { location: gcp:europe-west4, pue: 1.1 }',
      'runs:',
      '- name: estimate-only',
      '  gpu: { model: A100-SXM4-40GB, count: 8 }',
      '  duration: 84 h',
      '- name: python train.py',
      '  traces: [ "old/a.csv" ]   # first node',
      '  duration: "PT1H"',
      '  trace: { timezone: UTC }',
      '# trailing comment',
      ''
    ].join('\r\n');
    const update = updateRecordManifest(old, SECOND);
    if (!update.ok) throw new Error(update.problem);
    const { runs, errors } = parsed(update.text);
    expect(errors).toEqual([]);
    expect(runs[1].traces).toEqual(['old/a.csv', 'gpu-2.csv']);
    expect(runs[1].durationS).toBe(3610);
    expect(update.text).toBe(old.replace('"old/a.csv" ]', '"old/a.csv", "gpu-2.csv" ]').replace('"PT1H"', '3610 s'));

    const added = updateRecordManifest(old, { ...SECOND, name: 'new' });
    if (!added.ok) throw new Error(added.problem);
    expect(parsed(added.text).errors).toEqual([]);
    expect(parsed(added.text).runs.map((r) => r.name)).toEqual(['estimate-only', 'python train.py', 'new']);
    // Its lines use the file's CRLF, and sit at the runs' own indentation (dash at column 0).
    expect(added.text).toContain('\r\n- name: "new"\r\n  location: "DE"\r\n');
    expect(added.text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  test('a run of that name without traces is not turned into a measured one: a new run "name (2)"', () => {
    const old = 'version: 1\nruns:\n  - name: python train.py\n    power: 300 W\n    duration: 1 h\n';
    const update = updateRecordManifest(old, SECOND);
    if (!update.ok) throw new Error(update.problem);
    expect(update.run).toBe('python train.py (2)');
    expect(parsed(update.text).runs.map((r) => r.name)).toEqual(['python train.py', 'python train.py (2)']);
  });

  test('one scalar trace becomes a list; a block list gains items at its own indentation', () => {
    const scalar = 'version: 1\nruns:\n  - name: python train.py\n    traces: a.csv\n';
    const one = updateRecordManifest(scalar, SECOND);
    if (!one.ok) throw new Error(one.problem);
    expect(one.text).toBe('version: 1\nruns:\n  - name: python train.py\n    traces: [a.csv, "gpu-2.csv"]\n');
    const block = 'version: 1\nruns:\n  - name: python train.py\n    traces:\n    - a.csv  # mine\n    duration: 5 s';
    const two = updateRecordManifest(block, SECOND);
    if (!two.ok) throw new Error(two.problem);
    expect(two.text).toBe(
      'version: 1\nruns:\n  - name: python train.py\n    traces:\n    - a.csv  # mine\n    - "gpu-2.csv"   # nvidia-smi-csv: nvidia-smi --query-gpu every 1 s\n    duration: 15 s'
    );
  });

  test('what cannot be edited safely is refused, with the reason', () => {
    expect(updateRecordManifest('runs: [ { name: a, traces: x } ]\nversion: 1\n', SECOND)).toEqual({
      ok: false,
      problem: 'it has no block-style `runs:` list to add to'
    });
    expect(updateRecordManifest('version: 1\nruns:\n  - name: [unclosed\n', SECOND)).toMatchObject({ ok: false });
    expect(updateRecordManifest('{"version": 1, "runs": []}', SECOND)).toMatchObject({ ok: false });
    // An alias: the splice would change the anchor's other users too.
    const aliased = 'version: 1\nx-t: &t [a.csv]\nruns:\n  - name: python train.py\n    traces: *t\n';
    expect(updateRecordManifest(aliased, SECOND)).toMatchObject({ ok: false });
  });
});
