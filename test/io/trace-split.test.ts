/**
 * A trace file read in parts and joined must give the single-threaded result to the bit: energy,
 * hours, coverage, samples, notes and every diagnostic with its line. The parts run here on the
 * main thread (a pool without a worker script: the same code as on a worker thread, see
 * test/io/trace-workers.test.ts for the threads of the built bundle), and the cuts are forced at
 * every awkward place: inside a header, on a repeated or a changed header, inside a gap, in the
 * middle of a multi-byte character, right before and after a newline, between CR and LF.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { measureTraces, type Measurement, type MeasureOptions } from '../../src/core/traces/index.js';
import { TracePool } from '../../src/io/trace-pool.js';
import type { OffloadOptions } from '../../src/io/trace-offload.js';
import { createTraceReader } from '../../src/io/trace-reader.js';
import { put, useTempFolders } from '../support/temp-folders.js';

const tmp = useTempFolders();
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
/** Parts run on this thread, one at a time. */
const pool = new TracePool({ workerScript: null });

/** Measures files of `dir` with the reader's offload settings (`false`: all on the main thread). */
async function measure(
  dir: string,
  names: string[],
  offload: OffloadOptions | false,
  options: MeasureOptions = {}
): Promise<Measurement> {
  const reader = createTraceReader(dir, { offload });
  return measureTraces(
    names.map((p) => ({ path: p, open: () => reader.open(p), offload: (r) => reader.offload!(p, r) })),
    options
  );
}

/** Cut at these offsets (each moved to the next line start), all files read on the pool. */
function cutAt(cuts: number[]): OffloadOptions {
  return { pool, minBytes: 0, cuts };
}

/** Everything a measurement reports. */
function essence(m: Measurement): unknown {
  return {
    summary: m.summary,
    detail: m.detail,
    hours: [...m.hourly.energyByHourKWh],
    untimed: m.hourly.untimedEnergyKWh,
    diagnostics: m.diagnostics
  };
}

function expectSame(split: Measurement, whole: Measurement): void {
  // Object.is: the same double, bit for bit.
  expect(Object.is(split.summary.itEnergyKWh, whole.summary.itEnergyKWh)).toBe(true);
  expect(essence(split)).toEqual(essence(whole));
}

/**
 * A log with every state a part may start in: a BOM and a comment, a header, rows of two GPUs
 * across an hour boundary, a row whose preferred column is [N/A] (the reader turns to the fallback
 * column for the rest of the layout), then a row too short for it, a repeated header, a gap, a
 * comment with multi-byte characters, a different header (a new layout), a duplicate and an
 * out-of-order time, a junk line, and a last line without a newline.
 */
function awkwardLog(eol: string): string {
  const lines: string[] = ['\uFEFF# nvidia-smi --query-gpu=timestamp,index,power.draw,power.draw.average -l 1'];
  const headerA = 'timestamp, index, power.draw [W], power.draw.average [W]';
  lines.push(headerA);
  const t = (s: number): string => {
    const d = new Date(Date.UTC(2026, 10, 27, 10, 59, 50) + s * 1000 + (s % 3) * 7);
    const p = (n: number, w = 2): string => String(n).padStart(w, '0');
    return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
  };
  const row = (s: number, gpu: number, draw: string, avg: string): string => `${t(s)}, ${gpu}, ${draw} W, ${avg} W`;
  let s = 0;
  for (; s < 14; s++)
    for (const g of [0, 1]) lines.push(row(s, g, (100.25 + s * 0.37 + g).toFixed(2), (99.5 + s).toFixed(2)));
  lines.push(`${t(s)}, 0, 131.07 W, [N/A]`);
  lines.push(`${t(s)}, 1, 132.00 W`);
  s++;
  lines.push(headerA);
  for (; s < 20; s++) for (const g of [0, 1]) lines.push(row(s, g, (120.5 + s).toFixed(2), (119.25 + s).toFixed(2)));
  lines.push(`${t(s)}, 0, [N/A], [N/A]`);
  // A 30 s outage, then rows again.
  s += 30;
  for (const g of [0, 1]) lines.push(row(s, g, '250.00', '249.50'));
  lines.push('# température ✓ über');
  lines.push('timestamp, index, power.draw.instant [W], power.draw [W]');
  for (s++; s < 44; s++)
    for (const g of [0, 1]) lines.push(`${t(s)}, ${g}, ${(300.125 + s).toFixed(3)} W, ${(301 + s).toFixed(2)} W`);
  lines.push(`${t(s - 1)}, 0, 1.00 W, 2.00 W`);
  lines.push(`${t(s - 5)}, 1, 1.00 W, 2.00 W`);
  lines.push('garbage ü,,');
  lines.push(`${t(s)}, 0, 350.50 W, 351.00 W`);
  return lines.join(eol);
}

describe('one nvidia-smi log cut in two, at every byte', () => {
  it.each([
    ['LF', '\n', 1],
    ['CRLF', '\r\n', 3]
  ])('%s: the same measurement whatever the cut', async (_, eol, stride) => {
    const text = awkwardLog(eol);
    put(tmp.dir, 'gpu.csv', text);
    const size = Buffer.byteLength(text);
    const whole = await measure(tmp.dir, ['gpu.csv'], false);
    // The log is what it claims: gaps, drops, fallbacks, repeated headers, all there to cut into.
    expect(whole.summary.droppedSamples).toBeGreaterThanOrEqual(4);
    expect(whole.summary.notes.join('\n')).toMatch(/repeated header line\(s\) skipped/);
    expect(whole.summary.notes.join('\n')).toMatch(/was unavailable in 1 row\(s\) \(first at line 31\)/);
    for (let cut = 1; cut < size; cut += stride) {
      expectSame(await measure(tmp.dir, ['gpu.csv'], cutAt([cut])), whole);
    }
  });

  it('the same measurement cut into many parts at once, in a timezone', async () => {
    const text = awkwardLog('\n');
    put(tmp.dir, 'gpu.csv', text);
    const size = Buffer.byteLength(text);
    const options = { timezone: 'Europe/Berlin', maxGapS: 8 };
    const whole = await measure(tmp.dir, ['gpu.csv'], false, options);
    for (const every of [1, 2, 17, 61, 250]) {
      const cuts = Array.from({ length: Math.floor(size / every) }, (_, k) => (k + 1) * every);
      expectSame(await measure(tmp.dir, ['gpu.csv'], cutAt(cuts), options), whole);
    }
  });
});

describe('the nvidia-smi fixtures cut at every line', () => {
  it.each([
    'nvidia-smi/h200-2026-11-27/query-gpu.csv',
    'nvidia-smi/h200-2026-11-27-variants/query-gpu-nounits.csv',
    'nvidia-smi/h100-query-gpu-idle-then-load.csv'
  ])('%s', async (fixture) => {
    const bytes = readFileSync(path.join(FIXTURES, fixture));
    put(tmp.dir, 'log.csv', bytes);
    const whole = await measure(tmp.dir, ['log.csv'], false);
    const starts: number[] = [];
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) starts.push(i + 1);
    for (const start of starts.filter((_, k) => k % 5 === 0)) {
      for (const cut of [start - 1, start, start + 1]) {
        expectSame(await measure(tmp.dir, ['log.csv'], cutAt([cut])), whole);
      }
    }
    expectSame(await measure(tmp.dir, ['log.csv'], cutAt(starts)), whole);
  });

  it('a header-less log read with a columns list', async () => {
    const fixture = 'nvidia-smi/h200-2026-11-27/noheader-nounits.csv';
    const bytes = readFileSync(path.join(FIXTURES, fixture));
    put(tmp.dir, 'log.csv', bytes);
    const options = { columns: ['timestamp', 'index', 'power.draw'] };
    const whole = await measure(tmp.dir, ['log.csv'], false, options);
    expect(whole.summary.itEnergyKWh).toBeGreaterThan(0);
    for (let cut = 1; cut < bytes.length; cut += 13) {
      expectSame(await measure(tmp.dir, ['log.csv'], cutAt([cut, cut + 200]), options), whole);
    }
  });
});

describe('several files of several formats', () => {
  it('joined in the order listed, gzip and small files read on the main thread between them', async () => {
    const names = [
      'nvidia-smi/h200-2026-11-27/query-gpu.csv',
      'traces/node-b-power.csv',
      'traces/node-a-query-gpu.csv.gz',
      'traces/node-c-energy.jsonl',
      'nvidia-smi/h200-2026-11-27/nvml-energy.csv',
      'codecarbon/v2.7-emissions.csv',
      'rapl/rapl-long.csv',
      'nvidia-smi/h100-query-gpu-idle-then-load.csv'
    ];
    for (const n of names) put(tmp.dir, n, readFileSync(path.join(FIXTURES, n)));
    const whole = await measure(tmp.dir, names, false);
    expect(whole.summary.formats.length).toBeGreaterThanOrEqual(4);
    expectSame(await measure(tmp.dir, names, cutAt([3000, 9000])), whole);
    // Files below the smallest size for the pool stay on the main thread, in the same order.
    expectSame(await measure(tmp.dir, names, { pool, minBytes: 16000, cuts: [5000] }), whole);
  });
});

describe('a pool that holds few parts, on many files', () => {
  // A part read again (its seed was not the state the part before ended in) is one the main thread
  // waits for: it must start even when the parts held ahead of it (later parts, later files) are
  // at the limit, since they are replayed only after it. Many cut logs with a changed layout (every
  // later part is read again), between gzip and small files read on the main thread.
  it.each([1, 2, 3])(
    'maxHeldParts %i: every file joined, none waits forever',
    async (maxHeldParts) => {
      const names: string[] = [];
      for (let i = 0; i < 6; i++) {
        names.push(`logs/gpu-${i}.csv`);
        put(tmp.dir, names[names.length - 1], awkwardLog(i % 2 === 0 ? '\n' : '\r\n'));
        names.push(`logs/node-a-${i}.csv.gz`);
        put(tmp.dir, names[names.length - 1], readFileSync(path.join(FIXTURES, 'traces/node-a-query-gpu.csv.gz')));
        names.push(`logs/node-c-${i}.jsonl`);
        put(tmp.dir, names[names.length - 1], readFileSync(path.join(FIXTURES, 'traces/node-c-energy.jsonl')));
      }
      const whole = await measure(tmp.dir, names, false);
      const size = Buffer.byteLength(awkwardLog('\r\n'));
      const cuts = Array.from({ length: Math.floor(size / 97) }, (_, k) => (k + 1) * 97);
      const few = new TracePool({ workerScript: null, maxHeldParts });
      expectSame(await measure(tmp.dir, names, { pool: few, minBytes: 0, cuts }), whole);
    },
    20000
  );
});
