/**
 * The pool's real threads, as the bundles run them: `trace-worker.js` next to dist/index.js (the
 * action) and dist/cli/index.js (the CLI, also in the npm package), built by `npm run bundle` (CI
 * runs it before the tests). The parts read on threads must join to the single-threaded result to
 * the bit, and the CLI must measure a log large enough for the pool with the energy worked out
 * here by hand.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureTraces, type Measurement } from '../../src/core/traces/index.js';
import { TracePool } from '../../src/io/trace-pool.js';
import type { OffloadOptions } from '../../src/io/trace-offload.js';
import { createTraceReader } from '../../src/io/trace-reader.js';
import { put, useTempFolders } from '../support/temp-folders.js';

const root = process.cwd();
const FIXTURES = path.join(root, 'test/fixtures');
const tmp = useTempFolders();

function workerScript(bundleDir: string): URL {
  const file = path.join(root, bundleDir, 'trace-worker.js');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run bundle\` before the tests (CI does).`);
  return pathToFileURL(file);
}

async function measure(dir: string, names: string[], offload: OffloadOptions | false): Promise<Measurement> {
  const reader = createTraceReader(dir, { offload });
  return measureTraces(
    names.map((p) => ({ path: p, open: () => reader.open(p), offload: (r) => reader.offload!(p, r) })),
    {}
  );
}

function essence(m: Measurement): unknown {
  return {
    summary: m.summary,
    detail: m.detail,
    hours: [...m.hourly.energyByHourKWh],
    diagnostics: m.diagnostics
  };
}

describe.each(['dist', 'dist/cli'])('the threads of %s/trace-worker.js', (bundleDir) => {
  let pool: TracePool;
  beforeAll(() => {
    pool = new TracePool({ workerScript: workerScript(bundleDir), threads: 2, maxHeldParts: 3 });
  });
  afterAll(() => pool.close());

  it('run on threads, and join fixtures of several formats cut in parts to the single-threaded result', async () => {
    expect(pool.parallel).toBe(true);
    const names = [
      'nvidia-smi/h200-2026-11-27/query-gpu.csv',
      'traces/node-b-power.csv',
      'traces/node-a-query-gpu.csv.gz',
      'traces/node-c-energy.jsonl',
      'nvidia-smi/h200-2026-11-27-variants/query-gpu-nounits.csv',
      'codecarbon/v2.7-emissions.csv',
      'nvidia-smi/h100-query-gpu-idle-then-load.csv'
    ];
    for (const n of names) put(tmp.dir, n, readFileSync(path.join(FIXTURES, n)));
    const whole = await measure(tmp.dir, names, false);
    const cuts = Array.from({ length: 40 }, (_, k) => 97 + k * 503);
    const split = await measure(tmp.dir, names, { pool, minBytes: 0, cuts });
    expect(Object.is(split.summary.itEnergyKWh, whole.summary.itEnergyKWh)).toBe(true);
    expect(essence(split)).toEqual(essence(whole));
  });
});

describe('the CLI bundle on logs large enough for its pool', () => {
  it('measures two 12 MB nvidia-smi logs with the energy worked out by hand', () => {
    // Two nodes, two GPUs each, one row per GPU per second: GPU 0 at 150.25 W and GPU 1 at
    // 300.5 W, for N seconds. The trapezoid of a constant power is power x time, so the energy of
    // one node is (150.25 + 300.5) W x (N - 1) s.
    const seconds = 130_000;
    const start = Date.UTC(2026, 10, 1);
    const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
    const log = (node: string): string => {
      const rows: string[] = ['timestamp, index, power.draw [W]'];
      for (let s = 0; s < seconds; s++) {
        const d = new Date(start + s * 1000);
        const t = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.000`;
        rows.push(`${t}, 0, 150.25 W`, `${t}, 1, 300.50 W`);
      }
      return `${rows.join('\n')}\n# ${node}\n`;
    };
    put(tmp.dir, 'logs/node-a.csv', log('a'));
    put(tmp.dir, 'logs/node-b.csv', log('b'));
    put(
      tmp.dir,
      'carbon-manifest.yml',
      [
        'version: 1',
        'name: pool',
        'runs:',
        '  - name: two-nodes',
        '    location: US',
        '    pue: 1.0',
        '    traces: [ "logs/node-*.csv" ]',
        '    trace: { timezone: UTC, max-gap: 10 s }'
      ].join('\n')
    );
    const r = spawnSync(process.execPath, [path.join(root, 'dist/cli/index.js'), 'check', '.', '--format', 'json'], {
      cwd: tmp.dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' }
    });
    const report = JSON.parse(r.stdout) as {
      runs: { measurement: { itEnergyKWh: number; samples: number; files: string[] } }[];
    };
    const m = report.runs[0].measurement;
    expect(m.files).toEqual(['logs/node-a.csv', 'logs/node-b.csv']);
    expect(m.samples).toBe(2 * 2 * seconds);
    const expectedJ = 2 * (150.25 + 300.5) * (seconds - 1);
    expect(m.itEnergyKWh * 3.6e6).toBeCloseTo(expectedJ, 3);
  });
});

describe('a pool of 1-3 threads holding 1-3 parts, on many files', () => {
  // A log whose layout changes half-way (two fixtures one after the other): every part cut after
  // the change is read again, and the main thread waits for that part while later parts are held.
  // Between the logs, gzip files read on the main thread and small files read whole on the pool.
  it.each([1, 2, 3].flatMap((threads) => [1, 2, 3].map((maxHeldParts) => [threads, maxHeldParts])))(
    '%i thread(s), %i held: joined to the single-threaded result',
    async (threads, maxHeldParts) => {
      const a = readFileSync(path.join(FIXTURES, 'nvidia-smi/h200-2026-11-27/query-gpu.csv'));
      const b = readFileSync(path.join(FIXTURES, 'nvidia-smi/h200-2026-11-27-variants/query-gpu-nounits.csv'));
      const names: string[] = [];
      for (let i = 0; i < 4; i++) {
        names.push(`logs/gpu-${i}.csv`, `logs/node-a-${i}.csv.gz`, `logs/node-c-${i}.jsonl`);
        put(tmp.dir, `logs/gpu-${i}.csv`, Buffer.concat([a, b]));
        put(tmp.dir, `logs/node-a-${i}.csv.gz`, readFileSync(path.join(FIXTURES, 'traces/node-a-query-gpu.csv.gz')));
        put(tmp.dir, `logs/node-c-${i}.jsonl`, readFileSync(path.join(FIXTURES, 'traces/node-c-energy.jsonl')));
      }
      const whole = await measure(tmp.dir, names, false);
      const cuts = Array.from({ length: 60 }, (_, k) => 211 + k * 557);
      const pool = new TracePool({ workerScript: workerScript('dist'), threads, maxHeldParts });
      try {
        const split = await measure(tmp.dir, names, { pool, minBytes: 0, cuts });
        expect(Object.is(split.summary.itEnergyKWh, whole.summary.itEnergyKWh)).toBe(true);
        expect(essence(split)).toEqual(essence(whole));
      } finally {
        await pool.close();
      }
    },
    20000
  );
});
