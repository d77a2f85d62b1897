/**
 * Real H200 recordings of the nvidia-smi variants that the first capture lacks: `csv,nounits`
 * with its header, `dmon` without `-o`, and `dmon -o T`, each beside an NVML energy counter
 * (test/fixtures/nvidia-smi/README.md). Expected energies come from independent readings written
 * here; agreement with the counter is the physical check.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { measureTraces } from '../../../src/core/traces/index.js';
import { FIXTURES, fixtureFile, memoryFile, relDiff } from './helpers.js';

const J_PER_KWH = 3.6e6;
const DIR = path.join(FIXTURES, 'nvidia-smi/h200-2026-11-27-variants');
const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8');
const trapezoidJ = (pts: { tMs: number; w: number }[]) =>
  pts.slice(1).reduce((s, p, i) => s + (0.5 * (pts[i].w + p.w) * (p.tMs - pts[i].tMs)) / 1000, 0);

const nvml = read('nvml-energy.csv')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => ({ tMs: Date.parse(l.split(',')[0]), j: Number(l.split(',')[2]) / 1000 }));
const first = nvml[0].tMs;
const last = nvml[nvml.length - 1].tMs;
/** The NVML counter interpolated linearly at a time inside its span, J. */
const counterAt = (tMs: number) => {
  const i = nvml.findIndex((r, k) => k + 1 < nvml.length && nvml[k + 1].tMs >= tMs);
  return nvml[i].j + ((nvml[i + 1].j - nvml[i].j) * (tMs - nvml[i].tMs)) / (nvml[i + 1].tMs - nvml[i].tMs);
};

test('csv,nounits with a header at 200 ms: the trapezoid of power.draw.average, and the counter', async () => {
  const lines = read('query-gpu-nounits.csv').trim().split('\n');
  // Independent reading: ", " split, the timestamp by regex, power.draw.average in column 5.
  const pts = lines.slice(1).map((l) => {
    const f = l.split(', ');
    const [, y, mo, d, h, mi, s, ms] = /^(\d+)\/(\d+)\/(\d+) (\d+):(\d+):(\d+)\.(\d+)$/.exec(f[0])!.map(Number);
    return { tMs: Date.UTC(y, mo - 1, d, h, mi, s, ms), w: Number(f[4]), line: l };
  });
  const m = await measureTraces([fixtureFile('nvidia-smi/h200-2026-11-27-variants/query-gpu-nounits.csv')], {});
  expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(trapezoidJ(pts), 8);
  expect(m.summary.samples).toBe(223);

  // Over the counter's span: a 1 s average sampled every 0.2 s against the energy counter;
  // they agree to about 0.1%, 3% allows for the averaging lag and the +/- 5 W accuracy.
  const inside = pts.filter((p) => p.tMs >= first && p.tMs <= last);
  const w = await measureTraces([memoryFile('window.csv', [lines[0], ...inside.map((p) => p.line)].join('\n'))], {});
  const counterJ = counterAt(inside[inside.length - 1].tMs) - counterAt(inside[0].tMs);
  expect(relDiff(w.summary.itEnergyKWh * J_PER_KWH, counterJ)).toBeLessThan(0.03);
});

/** dmon rows (not `#`), whitespace split. */
const dmonRows = (file: string) =>
  read(file)
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/));

test('dmon without -o: rows taken 1 s apart, untimed, the repeated header skipped', async () => {
  const rows = dmonRows('dmon-plain.txt');
  // pwr is column 2; rows assumed 1 s apart: sum of 0.5 (p_i + p_i+1) x 1 s
  const expectedJ = rows.slice(1).reduce((s, r, i) => s + 0.5 * (Number(rows[i][1]) + Number(r[1])), 0);
  const m = await measureTraces([fixtureFile('nvidia-smi/h200-2026-11-27-variants/dmon-plain.txt')], {});
  expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(expectedJ, 9);
  expect(m.summary.samples).toBe(45);
  expect(m.hourly.untimedEnergyKWh).toBe(m.summary.itEnergyKWh);
  expect(m.summary.wallTimeS).toBe(44);
  expect(m.diagnostics.map((d) => d.code)).toEqual(['traces/untimed']);
});

test('dmon -o T: times of day, and the counter over the same seconds', async () => {
  const rows = dmonRows('dmon-o-T.txt');
  const day = Date.UTC(2026, 10, 27);
  const pts = rows.map((r) => {
    const [h, mi, s] = r[0].split(':').map(Number);
    return { tMs: day + ((h * 60 + mi) * 60 + s) * 1000, w: Number(r[2]), text: ` ${r.join('       ')}` };
  });
  const m = await measureTraces([fixtureFile('nvidia-smi/h200-2026-11-27-variants/dmon-o-T.txt')], {});
  expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(trapezoidJ(pts), 9);
  expect(m.hourly.untimedEnergyKWh).toBe(m.summary.itEnergyKWh);

  // dmon's whole watts once a second against the counter over the rows inside its span (the
  // log is read from a file holding just those rows): about 0.5% apart; 3% as above.
  const header = read('dmon-o-T.txt').split('\n').slice(0, 2);
  const inside = pts.filter((p) => p.tMs >= first && p.tMs <= last);
  const w = await measureTraces([memoryFile('dmon.txt', [...header, ...inside.map((p) => p.text)].join('\n'))], {});
  expect(w.summary.samples).toBe(inside.length);
  const counterJ = counterAt(inside[inside.length - 1].tMs) - counterAt(inside[0].tMs);
  expect(relDiff(w.summary.itEnergyKWh * J_PER_KWH, counterJ)).toBeLessThan(0.03);
});
