import { readFileSync } from 'node:fs';
import {
  dcgmDeviceKey,
  dcgmSentinel,
  format,
  parsePromSample
} from '../../../src/core/traces/formats/dcgm-prometheus.js';
import { measureTraces, type TraceFile } from '../../../src/core/traces/index.js';
import { chunksOf, fixtureChunks, fixturePath, recordingSink, type RecordingSink, zoneOf } from './helpers.js';

const path = (name: string): string => fixturePath(`dcgm/${name}`);
const fixture = (name: string): AsyncIterable<Uint8Array> => fixtureChunks(`dcgm/${name}`, 101);

/** One device's power samples and counter readings, as [ms, W] and [ms, J]. */
function seriesOf(sink: RecordingSink, device: string): { power: [number, number][]; counter: [number, number][] } {
  return {
    power: sink.rec.power.filter((p) => p.device === device).map((p) => [p.timeMs, p.powerW]),
    counter: sink.rec.counter.filter((c) => c.device === device).map((c) => [c.timeMs, c.energyJ])
  };
}

/** Trapezoid energy of [ms, W] samples, J: written here independently of the integrator. */
function trapezoidJ(samples: [number, number][]): number {
  let j = 0;
  for (let i = 1; i < samples.length; i++)
    j += ((samples[i][1] + samples[i - 1][1]) / 2) * ((samples[i][0] - samples[i - 1][0]) / 1000);
  return j;
}

/** Sum of increases of [ms, J] counter samples; a decrease is a reset (the new value is new energy). */
function counterJ(samples: [number, number][]): number {
  let j = 0;
  for (let i = 1; i < samples.length; i++)
    j += samples[i][1] >= samples[i - 1][1] ? samples[i][1] - samples[i - 1][1] : samples[i][1];
  return j;
}

async function parseFixture(name: string, timezone?: string): Promise<RecordingSink> {
  const sink = recordingSink();
  await format.parse(fixture(name), sink, { file: name, devicePrefix: 'n/', zone: zoneOf(timezone) });
  return sink;
}

const T0 = Date.parse('2026-05-12T10:00:00Z');
const at = (seconds: number): number => T0 + seconds * 1000;

describe('dcgm-exporter Prometheus text', () => {
  test('trailing timestamps: counters preferred, power where the counter is NOT_SUPPORTED, other metrics ignored', async () => {
    const sink = await parseFixture('exporter-trailing-timestamps.prom');
    const gpu0 = seriesOf(sink, 'n/dgx-07/GPU-0a1b2c3d-0000-4000-8000-000000000000');
    expect(gpu0.power).toEqual([]);
    expect(gpu0.counter).toEqual([
      [at(0), 15152422938 / 1000],
      [at(15), 15156922938 / 1000],
      [at(30), 15161434938 / 1000],
      [at(45), 15165922938 / 1000],
      [at(60), 15170452938 / 1000]
    ]);
    expect(counterJ(gpu0.counter)).toBeCloseTo((15170452938 - 15152422938) / 1000, 6);

    // GPU 1's driver was reloaded between the 2nd and 3rd scrape: the counter restarts near zero.
    const gpu1 = seriesOf(sink, 'n/dgx-07/GPU-1b2c3d4e-1111-4111-8111-111111111111');
    expect(gpu1.counter.map(([, j]) => j)).toEqual(
      [2000000000, 2004200000, 1500, 4201500, 8401500].map((mj) => mj / 1000)
    );
    expect(counterJ(gpu1.counter)).toBeCloseTo((4200000 + 1500 + 4200000 + 4200000) / 1000, 6);

    const gpu2 = seriesOf(sink, 'n/dgx-07/GPU-2c3d4e5f-2222-4222-8222-222222222222');
    expect(gpu2.counter).toEqual([]);
    expect(gpu2.power).toEqual([
      [at(0), 70.5],
      [at(15), 250.25],
      [at(30), 251.0],
      [at(45), 249.75],
      [at(60), 71.0]
    ]);
    expect(trapezoidJ(gpu2.power)).toBeCloseTo(
      15 * ((70.5 + 250.25) / 2 + (250.25 + 251) / 2 + (251 + 249.75) / 2 + (249.75 + 71) / 2),
      9
    );

    for (const s of [...sink.rec.power, ...sink.rec.counter]) expect(s.component).toBe('gpu');
    expect(sink.rec.counter.every((c) => c.wrapJ === undefined)).toBe(true);
    expect(sink.rec.drops).toEqual([]);
    expect(sink.rec.reports).toEqual([]);
    expect(sink.rec.notes).toHaveLength(1);
    expect(sink.rec.notes[0]).toContain('2 GPU(s) from the energy counter DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION');
    expect(sink.rec.notes[0]).toContain('1 GPU(s) from the power gauge DCGM_FI_DEV_POWER_USAGE');
  });

  test('scrape markers (comments, a date -Is line, epoch seconds), old Hostname and pod labels, an FP64 blank', async () => {
    const sink = await parseFixture('scrapes-with-markers-k8s.prom');
    const g0 = seriesOf(sink, 'n/cp-bm14r7/GPU-3d4e5f60-3333-4333-8333-333333333333');
    const g1 = seriesOf(sink, 'n/cp-bm14r7/GPU-4e5f6071-4444-4444-8444-444444444444');
    expect(g0.power).toEqual([
      [at(0), 120.0],
      [at(30), 310.5],
      [at(60), 312.25],
      [at(90), 305.0],
      [at(120), 118.0]
    ]);
    expect(g1.power).toEqual([
      [at(0), 119.0],
      [at(30), 308.0],
      [at(90), 300.0],
      [at(120), 117.5]
    ]);
    expect(sink.rec.counter).toEqual([]);
    expect(sink.rec.drops.map((d) => d.reason)).toEqual(['unavailable']);
    expect(sink.rec.drops[0].detail).toContain('FP64 BLANK');
    // The FP64 blank is on the 3rd scrape's second POWER_USAGE row.
    const lines = readFileSync(path('scrapes-with-markers-k8s.prom'), 'utf8').split('\n');
    expect(lines[sink.rec.drops[0].line - 1]).toContain('140737488355328.000000');
    expect(trapezoidJ(g0.power)).toBeCloseTo(
      30 * ((120 + 310.5) / 2 + (310.5 + 312.25) / 2 + (312.25 + 305) / 2 + (305 + 118) / 2),
      9
    );
  });

  test('MIG: a GPU repeated per instance counts once, by UUID', async () => {
    const sink = await parseFixture('mig.prom');
    const gpu = seriesOf(sink, 'n/mig-node/GPU-5f607182-5555-4555-8555-555555555555');
    expect(gpu.counter).toEqual([
      [at(0), 100000000 / 1000],
      [at(10), 102000000 / 1000],
      [at(20), 104100000 / 1000]
    ]);
    expect(counterJ(gpu.counter)).toBeCloseTo((104100000 - 100000000) / 1000, 9);
    expect(sink.rec.power).toEqual([]);
    expect(sink.rec.drops).toEqual([]);
    // Per scrape, one power and one counter row repeat the first instance's: 2 x 3 scrapes.
    expect(sink.rec.notes[0]).toContain('6 repeated row(s)');
  });

  test('sentinels, unreadable values and lines; samples without any time', async () => {
    const text = [
      'DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-a"} 100.0',
      '# scrape 2026-05-12T10:00:00Z',
      'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",UUID="GPU-a"} 5000000',
      '# scrape 2026-05-12T10:00:10Z',
      'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",UUID="GPU-a"} 9223372036854775792',
      '# scrape 2026-05-12T10:00:20Z',
      'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",UUID="GPU-a"} 9223372036854775795',
      'DCGM_FI_DEV_POWER_USAGE{gpu="1",UUID="GPU-b"} NaN',
      'DCGM_FI_DEV_POWER_USAGE{gpu="1",UUID="GPU-b" 12',
      '# scrape 2026-05-12T10:00:30Z',
      'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION{gpu="0",UUID="GPU-a"} 5600000',
      'DCGM_FI_DEV_POWER_USAGE{gpu="1",UUID="GPU-b"} -3',
      '# scrape 2026-05-12T10:00:40Z',
      'DCGM_FI_DEV_POWER_USAGE{gpu="1",UUID="GPU-b"} 2147483634',
      '# scrape 2026-05-12T10:00:50Z',
      'DCGM_FI_DEV_POWER_USAGE{gpu="1",UUID="GPU-b"} 12,5',
      '# scrape yesterday',
      'DCGM_FI_DEV_POWER_USAGE{gpu="1",UUID="GPU-b"} 50',
      '12 angry men'
    ].join('\n');
    const sink = recordingSink();
    await format.parse(chunksOf(text), sink, { file: 'x.prom', devicePrefix: '' });
    expect(sink.rec.counter.map((c) => [c.timeMs, c.energyJ])).toEqual([
      [at(0), 5000],
      [at(30), 5600]
    ]);
    expect(sink.rec.power).toEqual([]);
    expect(sink.rec.drops.map((d) => [d.reason, d.line])).toEqual([
      ['bad-timestamp', 1],
      ['unavailable', 5],
      ['unavailable', 7],
      ['malformed-row', 9],
      // GPU-b has no counter: its first four power rows are held, then resolved as power.
      ['unavailable', 8],
      ['negative', 12],
      ['unavailable', 14],
      ['non-numeric', 16],
      ['bad-timestamp', 18],
      ['malformed-row', 19]
    ]);
    expect(sink.rec.reports.map((d) => [d.severity, d.code, d.line])).toEqual([
      ['error', 'traces/no-scrape-time', 1],
      ['warning', 'traces/bad-scrape-time', 17]
    ]);
    expect(sink.rec.reports[0].message).toContain('# scrape <ISO time>');
  });

  test.each([
    // dcgm_fields.h / go-dcgm const.go: BLANK, NOT_FOUND, NOT_SUPPORTED, NOT_PERMISSIONED of each type.
    ...[9223372036854775792n, 9223372036854775793n, 9223372036854775794n, 9223372036854775795n].map((v) => ({
      text: v.toString(),
      sentinel: true
    })),
    ...[2147483632, 2147483633, 2147483634, 2147483635].map((v) => ({ text: String(v), sentinel: true })),
    ...['140737488355328.000000', '140737488355329', '140737488355330', '140737488355331'].map((text) => ({
      text,
      sentinel: true
    })),
    { text: '2147483631', sentinel: false },
    { text: '2147483636', sentinel: false },
    { text: '140737488355327.5', sentinel: false },
    { text: '15152422938', sentinel: false },
    { text: '68.244000', sentinel: false }
  ])('sentinel $text: $sentinel', ({ text, sentinel }) => {
    expect(dcgmSentinel(Number(text)) !== undefined).toBe(sentinel);
  });

  test.each<{ labels: Record<string, string>; key: string }>([
    { labels: { gpu: '0', UUID: 'GPU-x', Hostname: 'h1' }, key: 'p/h1/GPU-x' },
    { labels: { gpu: '0', UUID: 'GPU-x', hostname: 'h1', GPU_I_ID: '3' }, key: 'p/h1/GPU-x' },
    { labels: { gpu: '2', hostname: 'h1' }, key: 'p/h1/gpu2' },
    { labels: { uuid: 'GPU-y' }, key: 'p/GPU-y' }
  ])('device key $key', ({ labels, key }) => {
    expect(dcgmDeviceKey(labels, 'p/')).toBe(key);
  });

  test.each([
    { line: 'm 1', expected: { name: 'm', labels: {}, valueText: '1' } },
    {
      line: 'm{a="x\\"y",b="1,2}"} 2.5e3 1700000000000',
      expected: { name: 'm', labels: { a: 'x"y', b: '1,2}' }, valueText: '2.5e3', timestampMs: 1700000000000 }
    },
    { line: 'm{a="x"} 1 12.5', expected: { error: 'timestamp "12.5" is not an integer of milliseconds' } },
    { line: 'm{a=x} 1', expected: { error: 'a label without ="value"' } }
  ])('parsePromSample $line', ({ line, expected }) => {
    expect(parsePromSample(line)).toEqual(expected);
  });

  test.each([
    { name: 'exporter-trailing-timestamps.prom', expected: true },
    { name: 'scrapes-with-markers-k8s.prom', expected: true },
    { name: 'mig.prom', expected: true },
    // dcgm-exporter's counters list names the metrics but is not a scrape.
    { name: 'dcgm-exporter__default-counters.csv', expected: false },
    { name: 'query-range.json', expected: false }
  ])('detect $name: $expected', ({ name, expected }) => {
    expect(format.detect(readFileSync(path(name), 'utf8').slice(0, 16384), name)).toBe(expected);
  });

  test("dcgm-exporter's own counters list declares the units this reader assumes", () => {
    const csv = readFileSync(path('dcgm-exporter__default-counters.csv'), 'utf8');
    expect(csv).toMatch(/^DCGM_FI_DEV_POWER_USAGE,\s*gauge,.*\(in W\)/m);
    expect(csv).toMatch(/^DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION,\s*counter,.*\(in mJ\)/m);
  });

  test('through measureTraces: detected and integrated', async () => {
    const name = 'exporter-trailing-timestamps.prom';
    const m = await measureTraces([{ path: name, open: () => fixture(name) } as TraceFile], {});
    expect(m.summary.formats).toEqual(['dcgm-prometheus']);
    const gpu0J = (15170452938 - 15152422938) / 1000;
    const gpu1J = (2004200000 - 2000000000 + 1500 + (4201500 - 1500) + (8401500 - 4201500)) / 1000; // reset after the 2nd scrape
    const gpu2J = 15 * ((70.5 + 250.25) / 2 + (250.25 + 251) / 2 + (251 + 249.75) / 2 + (249.75 + 71) / 2);
    expect(m.summary.itEnergyKWh).toBeCloseTo((gpu0J + gpu1J + gpu2J) / 3.6e6, 12);
    expect(m.detail.components.gpuKWh).toBeCloseTo(m.summary.itEnergyKWh, 15);
    expect(m.summary.pueIncluded).toBe(false);
  });
});
