/**
 * The nvidia-smi recorder against a fake `nvidia-smi` on a PATH of the test's own (the real
 * driver-590 help text; constant watts per GPU): finding it, asking `--help-query-gpu` about
 * `power.draw.average`, the query's arguments, and a logger whose file the trace pipeline reads to
 * the energy the fake emitted.
 */
import { describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measureTraces } from '../../../src/core/traces/index.js';
import {
  findOnPath,
  nvidiaSmiArgs,
  probePowerFields,
  queryFields,
  startNvidiaSmi
} from '../../../src/io/record/nvidia-smi.js';
import { createTraceReader } from '../../../src/io/trace-reader.js';
import { fakeEvents, helpQueryGpu, installFakeNvidiaSmi } from '../../support/record/fakes.js';
import { countLines, waitFor } from '../../support/record/wait.js';
import { useTempFolders } from '../../support/temp-folders.js';

const folders = useTempFolders();

/** The rows of a recorded log, read by the test itself: UTC epoch ms, GPU index, watts. */
function rowsOf(file: string): { ms: number; gpu: string; watts: number }[] {
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const header = lines[0].split(', ');
  const at = (name: string): number => header.findIndex((h) => h === name || h.startsWith(`${name} [`));
  return lines.slice(1).map((line) => {
    const f = line.split(', ');
    const [date, time] = f[at('timestamp')].split(' ');
    return {
      ms: Date.parse(`${date.replaceAll('/', '-')}T${time}Z`),
      gpu: f[at('index')],
      watts: parseFloat(f[at('power.draw')])
    };
  });
}

describe('findOnPath', () => {
  test("finds an executable on the given env's PATH, skipping empty, relative and non-executable entries", async () => {
    const a = path.join(folders.dir, 'a');
    const b = path.join(folders.dir, 'b');
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(path.join(a, 'nvidia-smi'), '#!/bin/sh\n');
    chmodSync(path.join(a, 'nvidia-smi'), 0o644);
    writeFileSync(path.join(b, 'nvidia-smi'), '#!/bin/sh\n');
    chmodSync(path.join(b, 'nvidia-smi'), 0o755);
    const env = { PATH: ['', 'relative/bin', a, b].join(path.delimiter) };
    expect(await findOnPath('nvidia-smi', env)).toBe(path.join(b, 'nvidia-smi'));
    expect(await findOnPath('nvidia-smi', { PATH: a })).toBeUndefined();
    expect(await findOnPath('nvidia-smi', {})).toBeUndefined();
  });
});

describe('probePowerFields', () => {
  test('the real help text has both fields; the variant without power.draw.average falls back', async () => {
    expect(helpQueryGpu(true)).toContain('"power.draw.average" or "gpu.power.draw.average"');
    expect(helpQueryGpu(false)).not.toContain('"power.draw.average"');
    expect(helpQueryGpu(false)).toContain('"power.draw"');
    for (const average of [true, false]) {
      const dir = path.join(folders.dir, String(average));
      const fake = installFakeNvidiaSmi(dir, { watts: [100], average });
      const exe = await findOnPath('nvidia-smi', fake.env);
      expect(exe).toBe(path.join(fake.bin, 'nvidia-smi'));
      expect(await probePowerFields(exe!, fake.env)).toEqual({ ok: true, hasAverage: average });
    }
  });

  test('a failing nvidia-smi is a problem in words, not a throw', async () => {
    const bin = path.join(folders.dir, 'bin');
    mkdirSync(bin);
    writeFileSync(
      path.join(bin, 'nvidia-smi'),
      '#!/bin/sh\necho "NVIDIA-SMI has failed because it couldn\'t communicate with the NVIDIA driver." >&2\nexit 9\n'
    );
    chmodSync(path.join(bin, 'nvidia-smi'), 0o755);
    const probe = await probePowerFields(path.join(bin, 'nvidia-smi'), { PATH: '/usr/bin:/bin' });
    expect(probe).toEqual({
      ok: false,
      problem:
        "'nvidia-smi --help-query-gpu' exited with code 9: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver."
    });
  });
});

describe('nvidiaSmiArgs', () => {
  test('asks for the fields the reader needs, in whole milliseconds', () => {
    expect(nvidiaSmiArgs(1000, true)).toEqual([
      '--query-gpu=timestamp,index,uuid,name,power.draw.average,power.draw',
      '--format=csv',
      '-lms',
      '1000'
    ]);
    expect(nvidiaSmiArgs(499.6, false)).toEqual([
      '--query-gpu=timestamp,index,uuid,name,power.draw',
      '--format=csv',
      '-lms',
      '500'
    ]);
    expect(queryFields(false)).not.toContain('power.draw.average');
  });
});

describe('startNvidiaSmi', () => {
  for (const average of [true, false]) {
    test(`records a log the trace pipeline integrates to the fake's energy (power.draw.average ${average ? 'known' : 'unknown'})`, async () => {
      const watts = [300, 150.5];
      const fake = installFakeNvidiaSmi(folders.dir, { watts, average });
      const exe = (await findOnPath('nvidia-smi', fake.env))!;
      const probe = await probePowerFields(exe, fake.env);
      expect(probe).toEqual({ ok: true, hasAverage: average });
      const intervalMs = 50;
      const file = path.join(folders.dir, 'gpu.csv');
      // A zone far from UTC: the logger must run under TZ=UTC, or its times are 5:30 h off.
      const logger = await startNvidiaSmi({
        executable: exe,
        args: nvidiaSmiArgs(intervalMs, average),
        file,
        env: { ...fake.env, TZ: 'Asia/Kolkata' }
      });
      expect(logger.pid).toBeGreaterThan(0);
      await waitFor(() => countLines(file, (l) => /^\d/.test(l)) >= 20);
      const exit = await logger.stop();
      expect(exit.signal === 'SIGTERM' || exit.code === 0).toBe(true);
      expect(logger.hasExited()).toBe(true);

      const header = readFileSync(file, 'utf8').split('\n')[0];
      expect(header).toBe(`timestamp, index, uuid, name, ${average ? 'power.draw.average [W], ' : ''}power.draw [W]`);
      const rows = rowsOf(file);
      const events = fakeEvents(fake.events);
      // Times are UTC: the first row lies between the fake's start and stop.
      expect(rows[0].ms).toBeGreaterThanOrEqual(events.start - 1);
      expect(rows[rows.length - 1].ms).toBeLessThanOrEqual(events.stop + 1);

      // Expected by hand: constant watts, so each GPU's trapezoid is W x (last row - first row).
      let expectedJ = 0;
      let largestGapMs = intervalMs;
      for (const [gpu, w] of watts.entries()) {
        const times = rows.filter((r) => r.gpu === String(gpu)).map((r) => r.ms);
        expect(rows.filter((r) => r.gpu === String(gpu)).every((r) => r.watts === w)).toBe(true);
        expectedJ += (w * (times[times.length - 1] - times[0])) / 1000;
        for (let i = 1; i < times.length; i++) largestGapMs = Math.max(largestGapMs, times[i] - times[i - 1]);
      }
      const reader = createTraceReader(folders.dir);
      const m = await measureTraces([{ path: 'gpu.csv', open: () => reader.open('gpu.csv') }], {});
      expect(m.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(m.summary.formats).toEqual(['nvidia-smi-csv']);
      expect(m.summary.devices).toBe(2);
      expect(m.summary.itEnergyKWh * 3.6e6).toBeCloseTo(expectedJ, 6);

      // Against what the fake emitted, start to stop: the log misses at most the time before its
      // first row (none: it prints one at start) and after its last (under one sampling gap).
      const emittedJ = (watts.reduce((a, b) => a + b, 0) * (events.stop - events.start)) / 1000;
      const sumW = watts.reduce((a, b) => a + b, 0);
      expect(m.summary.itEnergyKWh * 3.6e6).toBeLessThanOrEqual(emittedJ + 1e-9);
      expect(emittedJ - m.summary.itEnergyKWh * 3.6e6).toBeLessThanOrEqual((sumW * largestGapMs) / 1000 + 1e-9);
    });
  }

  test('ownGroup: the logger leads a process group of its own, so a Ctrl-C to ours does not reach it', async () => {
    const fake = installFakeNvidiaSmi(folders.dir, { watts: [100], average: true });
    const file = path.join(folders.dir, 'gpu.csv');
    const logger = await startNvidiaSmi({
      executable: path.join(fake.bin, 'nvidia-smi'),
      args: nvidiaSmiArgs(50, true),
      file,
      env: fake.env,
      ownGroup: true
    });
    try {
      // /proc/<pid>/stat: field 5 is the process group (after the parenthesised command name).
      const stat = readFileSync(`/proc/${logger.pid}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      expect(pgrp).toBe(logger.pid);
    } finally {
      await logger.stop();
    }
  });

  test('a logger that cannot start rejects with the system error', async () => {
    await expect(
      startNvidiaSmi({
        executable: path.join(folders.dir, 'missing-nvidia-smi'),
        args: [],
        file: path.join(folders.dir, 'gpu.csv'),
        env: {}
      })
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });

  test('a logger that dies is seen: its exit code and the start of its standard error', async () => {
    const fake = installFakeNvidiaSmi(folders.dir, { watts: [100], average: true, dieAfterSamples: 3 });
    const logger = await startNvidiaSmi({
      executable: path.join(fake.bin, 'nvidia-smi'),
      args: nvidiaSmiArgs(20, true),
      file: path.join(folders.dir, 'gpu.csv'),
      env: fake.env
    });
    const exit = await logger.exited;
    expect(exit).toEqual({
      code: 1,
      signal: null,
      stderr: 'Unable to determine the device handle for GPU0000:00:09.0: Unknown Error\n'
    });
    expect(await logger.stop()).toEqual(exit);
  });
});
