/**
 * The record manifest on disk: the GPUs read from a recorded nvidia-smi log (the real H200 one
 * among them), a new manifest written, an existing one updated in place, one that cannot be
 * edited left as it was.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RecordedRun } from '../../../src/core/record/manifest-text.js';
import { readGpuInventory, RECORD_MANIFEST, writeRecordManifest } from '../../../src/io/record/manifest.js';
import { put, useTempFolders } from '../../support/temp-folders.js';

const folders = useTempFolders();

const RUN: RecordedRun = {
  name: 'train',
  durationS: 30,
  traces: [{ file: 'gpu.csv', format: 'nvidia-smi-csv', source: 'nvidia-smi --query-gpu every 1 s' }],
  recordedAt: '2026-12-02T17:31:51Z'
};

describe('readGpuInventory', () => {
  test('the real H200 log: one GPU, a catalogue model', async () => {
    const file = path.join(process.cwd(), 'test/fixtures/nvidia-smi/h200-2026-11-27/query-gpu.csv');
    expect(await readGpuInventory(file)).toEqual({ models: ['NVIDIA H200'], inCatalogue: true });
  });

  test('one model per uuid, repeated headers skipped; unknown or mixed models are not catalogue ones', async () => {
    const header = 'timestamp, index, uuid, name, power.draw [W]';
    const row = (i: number, name: string) => `2026/12/02 17:00:0${i}.000, ${i}, GPU-${i}, ${name}, 100.00 W`;
    const a = put(
      folders.dir,
      'a.csv',
      [header, row(0, 'NVIDIA H200'), row(1, 'NVIDIA H200'), header, row(0, 'NVIDIA H200'), ''].join('\n')
    );
    expect(await readGpuInventory(a)).toEqual({ models: ['NVIDIA H200', 'NVIDIA H200'], inCatalogue: true });
    const b = put(folders.dir, 'b.csv', [header, row(0, 'Fake GPU'), ''].join('\n'));
    expect(await readGpuInventory(b)).toEqual({ models: ['Fake GPU'], inCatalogue: false });
    const c = put(folders.dir, 'c.csv', [header, row(0, 'NVIDIA H200'), row(1, 'NVIDIA A100-SXM4-80GB')].join('\n'));
    expect(await readGpuInventory(c)).toMatchObject({ inCatalogue: false });
  });

  test('no header with a name, no rows, or no file: undefined', async () => {
    expect(
      await readGpuInventory(put(folders.dir, 'x.csv', 'timestamp, power.draw [W]\n2026/12/02 17:00:00.000, 1 W\n'))
    ).toBeUndefined();
    expect(
      await readGpuInventory(put(folders.dir, 'y.csv', 'timestamp, index, name, power.draw [W]\n'))
    ).toBeUndefined();
    expect(await readGpuInventory(path.join(folders.dir, 'missing.csv'))).toBeUndefined();
  });
});

describe('writeRecordManifest', () => {
  test('writes a new carbon-manifest.yml, then updates it', async () => {
    const first = await writeRecordManifest(folders.dir, RUN);
    const file = path.join(folders.dir, RECORD_MANIFEST);
    expect(first).toEqual({ ok: true, file, created: true, run: 'train' });
    const text = readFileSync(file, 'utf8');
    const second = await writeRecordManifest(folders.dir, {
      ...RUN,
      traces: [{ ...RUN.traces[0], file: 'gpu-2.csv' }]
    });
    expect(second).toEqual({ ok: true, file, created: false, run: 'train' });
    const updated = readFileSync(file, 'utf8');
    expect(updated).toBe(
      text
        .replace('duration: 30 s', 'duration: 60 s')
        .replace(
          '      - "gpu.csv"   # nvidia-smi-csv: nvidia-smi --query-gpu every 1 s\n',
          '      - "gpu.csv"   # nvidia-smi-csv: nvidia-smi --query-gpu every 1 s\n      - "gpu-2.csv"   # nvidia-smi-csv: nvidia-smi --query-gpu every 1 s\n'
        )
    );
  });

  test('an existing carbon-manifest.yaml is updated rather than shadowed by a second manifest', async () => {
    put(folders.dir, 'carbon-manifest.yaml', 'version: 1\nruns:\n  - name: train\n    traces: [a.csv]\n');
    const result = await writeRecordManifest(folders.dir, RUN);
    expect(result).toMatchObject({ ok: true, created: false, file: path.join(folders.dir, 'carbon-manifest.yaml') });
    expect(readFileSync(path.join(folders.dir, 'carbon-manifest.yaml'), 'utf8')).toContain(
      'traces: [a.csv, "gpu.csv"]'
    );
  });

  test('a manifest that cannot be edited is left byte for byte, with the reason', async () => {
    const text = 'version: 1\nruns: [ { name: train, traces: a.csv } ]\n';
    const file = put(folders.dir, RECORD_MANIFEST, text);
    expect(await writeRecordManifest(folders.dir, RUN)).toEqual({
      ok: false,
      file,
      problem: 'it has no block-style `runs:` list to add to'
    });
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  test('an output folder that cannot take the file: a problem, not a throw', async () => {
    const notAFolder = put(folders.dir, 'file', 'x');
    writeFileSync(notAFolder, 'x');
    const result = await writeRecordManifest(notAFolder, RUN);
    expect(result).toMatchObject({ ok: false, problem: 'cannot write it (ENOTDIR)' });
  });
});
