/**
 * The byte limits of the trace readers: a gzip bomb, a file over the per-file limit and traces
 * over the check's total are each stopped with their own error, before the bytes past the limit
 * reach a parser, and honest logs are read as before.
 */
import { gzipSync } from 'node:zlib';
import { measureTraces, type TraceFile } from '../../../src/core/traces/index.js';
import { createTraceBudget, RATIO_FLOOR_BYTES } from '../../../src/core/traces/limits.js';

const HEADER = 'timestamp, index, power.draw [W]\n';
const row = (s: number, w: number): string =>
  `2026/01/01 00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000, 0, ${w}.00 W\n`;

function file(path: string, bytes: Buffer): TraceFile {
  return {
    path,
    async *open() {
      // In slices, as a file reader streams them.
      for (let i = 0; i < bytes.length; i += 64 * 1024) yield bytes.subarray(i, i + 64 * 1024);
    }
  };
}

/** Two samples 10 s apart at 100 W, then `padding` newlines: 1,000 J, however many blank lines follow. */
function padded(padding: number): Buffer {
  return Buffer.concat([Buffer.from(HEADER + row(0, 100) + row(10, 100)), Buffer.alloc(padding, 10)]);
}

describe('trace byte limits', () => {
  it('a gzip bomb of newlines is stopped by its ratio once past the floor, with an error naming the file', async () => {
    const bomb = gzipSync(padded(4 * RATIO_FLOOR_BYTES), { level: 9 });
    const budget = createTraceBudget();
    const m = await measureTraces([file('bomb.csv.gz', bomb)], { budget });
    const errors = m.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.file])).toEqual([['traces/limit-compression-ratio', 'bomb.csv.gz']]);
    expect(errors[0].message).toMatch(/a ratio above 250/);
    expect(errors[0].message).toContain('`ratio: 1000` in --trace-limits / the `trace-limits` input');
    // Stopped at the first chunk past the floor: far less than the 64 MiB inside.
    expect(budget.usedBytes).toBeGreaterThan(RATIO_FLOOR_BYTES);
    expect(budget.usedBytes).toBeLessThan(2 * RATIO_FLOOR_BYTES);
  });

  it('the same log under the floor is read: a small, very regular log is harmless', async () => {
    const m = await measureTraces([file('small.csv.gz', gzipSync(padded(RATIO_FLOOR_BYTES / 2)))], {});
    expect(m.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // 100 W for 10 s.
    expect(m.summary.itEnergyKWh).toBeCloseTo(1000 / 3.6e6, 15);
  });

  it('a plain file over the per-file limit: an error, and the rest of the file is not read', async () => {
    const budget = createTraceBudget({ maxFileBytes: 1024 * 1024 });
    const m = await measureTraces([file('big.csv', padded(2 * 1024 * 1024))], { budget });
    expect(m.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.file])).toEqual([
      ['traces/limit-file-bytes', 'big.csv']
    ]);
    expect(m.diagnostics[0].message).toContain('more than 1 MiB, the limit for one file');
    expect(m.diagnostics[0].message).toContain('`file: 2 MiB`');
    expect(budget.usedBytes).toBeLessThanOrEqual(1024 * 1024 + 64 * 1024);
  });

  it('the total over all files: the file that crosses it errs, and the files after it are not opened', async () => {
    const budget = createTraceBudget({ maxTotalBytes: 1024 * 1024 });
    const opened: string[] = [];
    const files = ['a.csv', 'b.csv', 'c.csv', 'd.csv'].map((name) => {
      const f = file(name, padded(600 * 1024));
      return {
        path: name,
        open: () => {
          opened.push(name);
          return f.open();
        }
      };
    });
    const m = await measureTraces(files, { budget });
    const errors = m.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.file ?? '(the run)']).sort()).toEqual([
      ['traces/limit-total-bytes', '(the run)'],
      ['traces/limit-total-bytes', 'b.csv']
    ]);
    expect(errors.find((d) => d.file === undefined)?.message).toMatch(
      /^2 trace files were not read \("c\.csv", "d\.csv"\)/
    );
    expect(opened).toEqual(['a.csv', 'b.csv']);
  });

  it('the budget is shared: a second call with a spent budget reads nothing', async () => {
    const budget = createTraceBudget({ maxTotalBytes: 100 });
    budget.usedBytes = 100;
    const m = await measureTraces([file('a.csv', padded(0))], { budget });
    expect(m.diagnostics.map((d) => d.code)).toContain('traces/limit-total-bytes');
    expect(m.summary.samples).toBe(0);
  });
});
