/**
 * The built CLI reads a large nvidia-smi log on its worker threads when CARBON_GATE_TRACE_THREADS
 * asks for them, on the main thread when it says 0, and by default on threads only on a machine of
 * three cores or more (src/io/trace-pool.ts). Which path ran is seen in the files Node loaded (a
 * module hook logs every file, the threads' `trace-worker.js` included); every path must give the
 * same report numbers to the bit, and the energy a trapezoid written out here.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { useLoadLog } from '../support/load-log.js';

const root = process.cwd();
const cliDir = path.join(root, 'dist/cli');
const loads = useLoadLog();

const GPUS = 2;
/** Seconds logged at 1 Hz: about 12 MiB, over the 8 MiB from which files go to the threads. */
const SECONDS = 64_000;
const J_PER_KWH = 3.6e6;

/** GPU g's power at second t, W: a saw-tooth, so that a sample read twice or lost changes the energy. */
const powerW = (g: number, t: number): number => 100 + 50 * g + (t % 7) * 3.25;

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-threads-'));
  mkdirSync(path.join(dir, 'logs'));
  const lines = ['timestamp, index, uuid, name, power.draw [W], power.draw.average [W]'];
  const start = Date.UTC(2026, 10, 27);
  for (let t = 0; t < SECONDS; t++) {
    const iso = new Date(start + t * 1000).toISOString();
    const ts = `${iso.slice(0, 10).replace(/-/g, '/')} ${iso.slice(11, 23)}`;
    for (let g = 0; g < GPUS; g++) {
      const p = powerW(g, t).toFixed(2);
      lines.push(`${ts}, ${g}, GPU-${g}a7e3-51c2-4d0b-9e7f-abcdef01234${g}, NVIDIA H100 80GB HBM3, ${p} W, ${p} W`);
    }
  }
  writeFileSync(path.join(dir, 'logs/gpu.csv'), lines.join('\n') + '\n');
  writeFileSync(
    path.join(dir, 'carbon-manifest.yml'),
    [
      'version: 1',
      'name: threads',
      'runs:',
      '  - name: train',
      `    gpu: { model: NVIDIA H100 80GB HBM3, count: ${GPUS} }`,
      `    duration: ${SECONDS - 1} s`,
      '    location: FR',
      '    pue: 1.0',
      '    traces: [logs/gpu.csv]',
      ''
    ].join('\n')
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `check DIR --format json` with the environment given; the report, and whether a thread ran. */
function check(env: Record<string, string>): { report: { runs: { measurement: unknown }[] }; threads: boolean } {
  const { log, env: hookEnv } = loads.start();
  const r = spawnSync(
    process.execPath,
    [...loads.nodeArgs(), path.join(cliDir, 'index.js'), 'check', dir, '--format', 'json'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...hookEnv, ...env }
    }
  );
  if (r.status !== 0) throw new Error(`carbon-gate check exited ${r.status}: ${r.stderr}`);
  return { report: JSON.parse(r.stdout), threads: loads.loadedIn(log, cliDir).includes('trace-worker.js') };
}

describe('worker threads of the CLI bundle', () => {
  it('the log is large enough to be read on the threads', () => {
    expect(statSync(path.join(dir, 'logs/gpu.csv')).size).toBeGreaterThan(8 * 1024 * 1024);
  });

  it('threads when asked, the main thread when told 0, the same numbers to the bit, the exact trapezoid', () => {
    const threaded = check({ CARBON_GATE_TRACE_THREADS: '2' });
    const single = check({ CARBON_GATE_TRACE_THREADS: '0' });
    expect(threaded.threads).toBe(true);
    expect(single.threads).toBe(false);
    expect(threaded.report.runs[0].measurement).toEqual(single.report.runs[0].measurement);

    // The trapezoid of each GPU's saw-tooth over the 1 s intervals, in joules.
    let joules = 0;
    for (let g = 0; g < GPUS; g++)
      for (let t = 0; t + 1 < SECONDS; t++) joules += 0.5 * (powerW(g, t) + powerW(g, t + 1));
    const m = single.report.runs[0].measurement as { itEnergyKWh: number; samples: number; droppedSamples: number };
    expect(m.samples).toBe(GPUS * SECONDS);
    expect(m.droppedSamples).toBe(0);
    expect(Math.abs(m.itEnergyKWh * J_PER_KWH - joules) / joules).toBeLessThan(1e-12);
  });

  it('by default, threads only on a machine of three cores or more', () => {
    const byDefault = check({});
    expect(byDefault.threads).toBe(availableParallelism() >= 3);
    expect(byDefault.report.runs[0].measurement).toEqual(
      check({ CARBON_GATE_TRACE_THREADS: '0' }).report.runs[0].measurement
    );
  });
});
