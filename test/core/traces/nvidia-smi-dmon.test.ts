/**
 * nvidia-smi dmon: with and without `-o DT`, repeated headers, `-` values, several GPUs, and the
 * real captures (H100 from nvidia_gpu_exporter, MIT; H200 recorded by us).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { measureTraces } from '../../../src/core/traces/index.js';
import { format as dmon } from '../../../src/core/traces/formats/nvidia-smi-dmon.js';
import { chunksOf, codes, FIXTURES, fixtureFile, memoryFile, recordingSink, relDiff, utc, zoneOf } from './helpers.js';

const J_PER_KWH = 3.6e6;
const DT_HEADER = ['#Date        Time         gpu    pwr  gtemp', '#YYYYMMDD    HH:MM:SS     Idx      W      C'];

describe('dmon -o DT', () => {
  test('integrates pwr per gpu with wall-clock times', async () => {
    const log = [
      ...DT_HEADER,
      ' 20261127    05:02:35       0     79     38',
      ' 20261127    05:02:35       1    100     38',
      ' 20261127    05:02:36       0     89     39',
      ' 20261127    05:02:36       1    100     38',
      ' 20261127    05:02:38       0    409     41',
      ' 20261127    05:02:38       1    100     38'
    ].join('\n');
    const m = await measureTraces([memoryFile('dmon.txt', log)], {});
    expect(m.summary.formats).toEqual(['nvidia-smi-dmon']);
    // gpu 0: 0.5*(79+89)*1 + 0.5*(89+409)*2 = 84 + 498; gpu 1: 100 W * 3 s
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(84 + 498 + 300, 9);
    expect(m.detail.components.gpuKWh).toBe(m.summary.itEnergyKWh);
    expect(m.summary.devices).toBe(2);
    expect(m.hourly.untimedEnergyKWh).toBe(0);
    expect(m.diagnostics).toEqual([]);
    expect([...m.hourly.energyByHourKWh.keys()]).toEqual([utc(2026, 11, 27, 5)]);
  });

  test('reads local times in the given zone', async () => {
    const sink = recordingSink();
    await dmon.parse(chunksOf([...DT_HEADER, ' 20261127    05:02:35       0     79     38'].join('\n')), sink, {
      file: 'x',
      devicePrefix: '',
      zone: zoneOf('+02:00')
    });
    expect(sink.rec.power[0].timeMs).toBe(utc(2026, 11, 27, 3, 2, 35));
  });

  test.each([
    ['no 30 February', '20260230', '05:02:35'],
    ['no month 13', '20261327', '05:02:35'],
    ['no hour 24', '20261127', '24:00:00'],
    ['a date needs 8 digits', '2026117', '05:02:35'],
    ['a time needs seconds', '20261127', '05:02']
  ])('an impossible date or time is a bad timestamp (%s)', async (_name, date, time) => {
    const sink = recordingSink();
    await dmon.parse(chunksOf([...DT_HEADER, ` ${date}    ${time}       0     79     38`].join('\n')), sink, {
      file: 'x',
      devicePrefix: ''
    });
    expect(sink.rec.power).toHaveLength(1);
    expect(sink.rec.power[0].timeMs).toBeNaN();
  });

  test('skips repeated headers, drops "-" and malformed rows', async () => {
    const log = [
      ...DT_HEADER,
      ' 20261127    05:02:35       0     100     38',
      ' 20261127    05:02:36       0     -     38',
      ...DT_HEADER,
      ' 20261127    05:02:37       0     100',
      ' 20261127    05:02:38       0     abc     38',
      ' 20261127    05:02:39       0     100     38'
    ].join('\n');
    const m = await measureTraces([memoryFile('dmon.txt', log)], {});
    // 100 W from 05:02:35 to 05:02:39
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(400, 9);
    expect(codes(m.diagnostics).sort()).toEqual([
      'traces/dropped-malformed-row',
      'traces/dropped-non-numeric',
      'traces/dropped-unavailable'
    ]);
    expect(m.diagnostics.find((d) => d.code === 'traces/dropped-unavailable')?.line).toBe(4);
    expect(m.diagnostics.find((d) => d.code === 'traces/dropped-malformed-row')?.line).toBe(7);
  });

  test('a dmon log without pwr (-s u) is an error', async () => {
    const log = ['# gpu     sm    mem', '# Idx      %      %', '    0    100     10'].join('\n');
    const m = await measureTraces([memoryFile('dmon.txt', log)], {});
    expect(m.diagnostics.find((d) => d.code === 'traces/dmon-no-power')?.message).toContain('-s p');
    expect(m.summary.itEnergyKWh).toBe(0);
  });
});

describe('dmon without dates', () => {
  test('without -o: rows assumed 1 s apart, energy counted but untimed, with a warning', async () => {
    // H100 capture under load (nvidia-smi dmon -c 5): 631, 634, 633, 634, 636 W
    const m = await measureTraces([fixtureFile('nvidia-smi/h100-dmon-load.txt')], {});
    const expectedJ = 0.5 * (631 + 634) + 0.5 * (634 + 633) + 0.5 * (633 + 634) + 0.5 * (634 + 636);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(expectedJ, 9);
    expect(m.hourly.untimedEnergyKWh).toBe(m.summary.itEnergyKWh);
    expect(m.hourly.energyByHourKWh.size).toBe(0);
    expect(m.summary.wallTimeS).toBe(4);
    expect(m.summary.coverage).toBe(1);
    const w = m.diagnostics.find((d) => d.code === 'traces/untimed');
    expect(w?.severity).toBe('warning');
    expect(w?.message).toContain("assumed 1 s apart (dmon's default -d 1)");
    expect(m.summary.notes.join('\n')).toContain('not placed in hours');
  });

  test('the H100 idle capture: 69 W for 4 s', async () => {
    const m = await measureTraces([fixtureFile('nvidia-smi/h100-dmon-idle.txt')], {});
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(69 * 4, 9);
  });

  test('-o T: times of day, rolled over at midnight', async () => {
    const log = [
      '#Time        gpu    pwr',
      '#HH:MM:SS    Idx      W',
      ' 23:59:58      0    100',
      ' 23:59:59      0    100',
      ' 00:00:00      0    200',
      ' 00:00:02      0    200'
    ].join('\n');
    const m = await measureTraces([memoryFile('dmon.txt', log)], {});
    // 100 W for 1 s, 0.5*(100+200) for 1 s, 200 W for 2 s
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(100 + 150 + 400, 9);
    expect(m.hourly.untimedEnergyKWh).toBe(m.summary.itEnergyKWh);
  });
});

describe('dmon detection', () => {
  test.each<[string, string, boolean]>([
    ['# gpu header', '# gpu    pwr  gtemp', true],
    ['#Date header', '#Date        Time         gpu    pwr', true],
    ['pmon (per-process)', '# gpu         pid   type     sm    mem', false],
    ['nvidia-smi CSV', 'timestamp, index, power.draw [W]', false]
  ])('%s → %s', (_name, head, expected) => {
    expect(dmon.detect(head, 'x.txt')).toBe(expected);
  });
});

describe('H200 capture (dmon -s pu -o DT -d 1)', () => {
  const dir = path.join(FIXTURES, 'nvidia-smi/h200-2026-11-27');
  test('the trapezoid of its integer watts, and agreement with the NVML counter', async () => {
    const m = await measureTraces([fixtureFile('nvidia-smi/h200-2026-11-27/dmon.txt')], {});
    // Independent reading: whitespace split, Date.UTC on YYYYMMDD HH:MM:SS, pwr in column 4.
    const rows = readFileSync(path.join(dir, 'dmon.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => {
        const f = l.trim().split(/\s+/);
        const [y, mo, d] = [f[0].slice(0, 4), f[0].slice(4, 6), f[0].slice(6, 8)].map(Number);
        const [h, mi, s] = f[1].split(':').map(Number);
        return { tMs: Date.UTC(y, mo - 1, d, h, mi, s), w: Number(f[3]) };
      });
    const expectedJ = rows
      .slice(1)
      .reduce((sum, r, i) => sum + (0.5 * (rows[i].w + r.w) * (r.tMs - rows[i].tMs)) / 1000, 0);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(expectedJ, 9);
    expect(m.summary.samples).toBe(rows.length);

    // Against the NVML energy counter over dmon's rows inside the NVML log's span, the counter
    // interpolated at the first and last of them. dmon prints whole watts once a second (about
    // 1 W of rounding against 79-690 W) from the same 1 s average; 3% as for query-gpu.
    const nvml = readFileSync(path.join(dir, 'nvml-energy.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => ({ tMs: Date.parse(l.split(',')[0]), j: Number(l.split(',')[2]) / 1000 }));
    const inside = rows.filter((r) => r.tMs >= nvml[0].tMs && r.tMs <= nvml[nvml.length - 1].tMs);
    const at = (tMs: number) => {
      const i = nvml.findIndex((r, k) => k + 1 < nvml.length && nvml[k + 1].tMs >= tMs);
      return nvml[i].j + ((nvml[i + 1].j - nvml[i].j) * (tMs - nvml[i].tMs)) / (nvml[i + 1].tMs - nvml[i].tMs);
    };
    const dmonJ = inside
      .slice(1)
      .reduce((sum, r, i) => sum + (0.5 * (inside[i].w + r.w) * (r.tMs - inside[i].tMs)) / 1000, 0);
    expect(relDiff(dmonJ, at(inside[inside.length - 1].tMs) - at(inside[0].tMs))).toBeLessThan(0.03);
  });
});
