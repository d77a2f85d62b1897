import { readFileSync } from 'node:fs';
import { format, raplDomainKind } from '../../../src/core/traces/formats/rapl.js';
import { measureTraces, type TraceFile } from '../../../src/core/traces/index.js';
import {
  chunksOf,
  fixtureChunks,
  fixturePath,
  recordingSink,
  type Recorded,
  type RecordingSink,
  zoneOf
} from './helpers.js';

const path = (name: string): string => fixturePath(`rapl/${name}`);
const fixture = (name: string): AsyncIterable<Uint8Array> => fixtureChunks(`rapl/${name}`, 53);

type Reading = Recorded['counter'][number];

/** One device's counter readings, in order. */
function readingsOf(sink: RecordingSink, device: string): Reading[] {
  return sink.rec.counter.filter((c) => c.device === device);
}

/**
 * Energy of counter readings, J, written here independently of the integrator: with a range,
 * delta = (new - old) mod (max + 1); without one, a decrease is a reset to zero.
 */
function counterJ(readings: Reading[]): number {
  let j = 0;
  for (let i = 1; i < readings.length; i++) {
    const d = readings[i].energyJ - readings[i - 1].energyJ;
    const wrapJ = readings[i].wrapJ;
    j += d >= 0 ? d : wrapJ !== undefined ? d + wrapJ : readings[i].energyJ;
  }
  return j;
}

async function parseFixture(name: string, timezone?: string): Promise<RecordingSink> {
  const sink = recordingSink();
  await format.parse(fixture(name), sink, { file: name, devicePrefix: 'n/', zone: zoneOf(timezone) });
  return sink;
}

const PKG_MAX_UJ = 262143328850;
const DRAM_MAX_UJ = 65712999613;

describe('RAPL energy_uj logs', () => {
  test('long layout: packages and dram summed, core/uncore/psys left out, a wrap at max_energy_range_uj', async () => {
    const sink = await parseFixture('rapl-long.csv');
    expect([...new Set(sink.rec.counter.map((c) => `${c.device} ${c.component}`))].sort()).toEqual([
      'n/intel-rapl:0 cpu',
      'n/intel-rapl:0:2 memory',
      'n/intel-rapl:1 cpu',
      'n/intel-rapl:1:2 memory'
    ]);
    const pkg0 = readingsOf(sink, 'n/intel-rapl:0');
    const t0 = 1778580000.5 * 1000;
    expect(pkg0.map((r) => r.timeMs)).toEqual([t0, t0 + 2000, t0 + 4000, t0 + 6000]);
    // The third reading wrapped: (max - 5e8 + 6e8) mod (max + 1).
    expect(pkg0.map((r) => r.energyJ)).toEqual(
      [PKG_MAX_UJ - 500000000, PKG_MAX_UJ - 200000000, 99999999, 399999999].map((uj) => uj / 1e6)
    );
    for (const r of pkg0) expect(r.wrapJ).toBe((PKG_MAX_UJ + 1) / 1e6);
    for (const r of readingsOf(sink, 'n/intel-rapl:0:2')) expect(r.wrapJ).toBe((DRAM_MAX_UJ + 1) / 1e6);

    expect(counterJ(pkg0)).toBeCloseTo((3 * 300000000) / 1e6, 6);
    expect(counterJ(readingsOf(sink, 'n/intel-rapl:0:2'))).toBeCloseTo((3 * 40000000) / 1e6, 6);
    expect(counterJ(readingsOf(sink, 'n/intel-rapl:1'))).toBeCloseTo((3 * 280000000) / 1e6, 6);
    expect(counterJ(readingsOf(sink, 'n/intel-rapl:1:2'))).toBeCloseTo((3 * 36000000) / 1e6, 6);

    expect(sink.rec.drops).toEqual([]);
    expect(sink.rec.reports).toEqual([]);
    const notes = sink.rec.notes.join('\n');
    expect(notes).toContain('2 package domain(s) (cpu) and 2 dram domain(s) (memory)');
    expect(notes).toMatch(
      /not summed.*core \(inside its package\), uncore \(inside its package\), psys \(the whole platform/
    );
    expect(notes).toContain('1 RAPL counter wrap(s)');
    expect(sink.rec.power.length + sink.rec.intervals.length).toBe(0);
  });

  test('wide layout with zone-less local times, an empty and an unreadable cell', async () => {
    // 12 May is summer time in Berlin (UTC+2): 12:00 local is 10:00 UTC.
    const sink = await parseFixture('rapl-wide.csv', 'Europe/Berlin');
    const t0 = Date.parse('2026-05-12T10:00:00Z');
    const pkg = readingsOf(sink, 'n/package-0');
    const dram = readingsOf(sink, 'n/dram');
    expect(pkg.map((r) => [r.timeMs - t0, r.energyJ, r.component])).toEqual([
      [0, 100000000000 / 1e6, 'cpu'],
      [5000, 100250000000 / 1e6, 'cpu'],
      [10000, 100500000000 / 1e6, 'cpu'],
      [20000, 101000000000 / 1e6, 'cpu']
    ]);
    expect(dram.map((r) => [r.timeMs - t0, r.energyJ, r.component])).toEqual([
      [0, 40000000000 / 1e6, 'memory'],
      [5000, 40030000000 / 1e6, 'memory'],
      [15000, 40090000000 / 1e6, 'memory'],
      [20000, 40120000000 / 1e6, 'memory']
    ]);
    expect(pkg[0].wrapJ).toBe((PKG_MAX_UJ + 1) / 1e6);
    expect(counterJ(pkg)).toBeCloseTo((101000000000 - 100000000000) / 1e6, 6);
    expect(counterJ(dram)).toBeCloseTo((40120000000 - 40000000000) / 1e6, 6);
    expect(sink.rec.drops.map((d) => [d.reason, d.line])).toEqual([
      ['non-numeric', 4],
      ['unavailable', 5]
    ]);
    expect(sink.rec.counter.some((c) => c.device.includes('core'))).toBe(false);
  });

  test('without a range a decrease is a reset, and the note says so; host keeps nodes apart', async () => {
    const sink = await parseFixture('rapl-no-range.csv');
    const a = readingsOf(sink, 'n/node-a/package-0');
    const b = readingsOf(sink, 'n/node-b/package-0');
    expect(a.map((r) => r.energyJ)).toEqual([900, 1900, 400, 1400]);
    expect(b.map((r) => r.energyJ)).toEqual([900000007, 1900000007, 400000007, 1400000007].map((uj) => uj / 1e6));
    for (const r of [...a, ...b]) expect(r.wrapJ).toBeUndefined();
    expect(counterJ(a)).toBeCloseTo((1900000000 - 900000000 + 400000000 + (1400000000 - 400000000)) / 1e6, 6);
    expect(sink.rec.notes.join('\n')).toContain(
      '2 RAPL counter decrease(s) without max_energy_range_uj were read as resets'
    );
  });

  test.each([
    { name: 'package-0', use: true, component: 'cpu' },
    { name: 'package-12', use: true, component: 'cpu' },
    { name: 'dram', use: true, component: 'memory' },
    { name: 'package-1/dram', use: true, component: 'memory' },
    { name: 'core', use: false },
    { name: 'uncore', use: false },
    { name: 'psys', use: false },
    { name: 'gpu', use: false }
  ])('domain $name', ({ name, use, component }) => {
    const kind = raplDomainKind(name);
    expect(kind.use).toBe(use);
    if (kind.use) expect(kind.component).toBe(component);
  });

  test.each([
    { name: 'no timestamp', text: 'when,domain,energy_uj\n1,package-0,5\n', says: 'timestamp' },
    { name: 'no domain', text: 'timestamp,zone_name,energy_uj\n1,package-0,5\n', says: '"domain"' },
    { name: 'no energy', text: 'timestamp,domain,energy_j\n1,package-0,5\n', says: 'energy_uj' }
  ])('error: $name', async ({ text, says }) => {
    const sink = recordingSink();
    await format.parse(chunksOf(text), sink, { file: 'r.csv', devicePrefix: '' });
    expect(sink.rec.reports.map((d) => [d.severity, d.code, d.line])).toEqual([['error', 'traces/missing-column', 1]]);
    expect(sink.rec.reports[0].message).toContain(says);
    expect(sink.rec.counter).toEqual([]);
    expect(sink.rec.drops.map((d) => d.reason)).toEqual(['malformed-row']);
  });

  test('bad rows are dropped with their reason and line; a repeated header is skipped', async () => {
    const text =
      'timestamp,domain,energy_uj\nnever,package-0,1\n1778580000,package-0,-4\n1778580001,package-0\ntimestamp,domain,energy_uj\n1778580002,package-0,7\n';
    const sink = recordingSink();
    await format.parse(chunksOf(text), sink, { file: 'r.csv', devicePrefix: '' });
    expect(sink.rec.drops.map((d) => [d.reason, d.line])).toEqual([
      ['bad-timestamp', 2],
      ['negative', 3],
      ['malformed-row', 4]
    ]);
    expect(sink.rec.counter.map((c) => [c.timeMs, c.energyJ])).toEqual([[1778580002000, 7 / 1e6]]);
  });

  test.each([
    { name: 'rapl-long.csv', expected: true },
    { name: 'rapl-wide.csv', expected: true },
    { name: 'rapl-no-range.csv', expected: true }
  ])('detect $name', ({ name, expected }) => {
    expect(format.detect(readFileSync(path(name), 'utf8'), name)).toBe(expected);
  });

  test.each([
    { head: 'timestamp,index,power.draw [W]\n', expected: false },
    { head: 'timestamp,project_name,duration,energy_consumed\n', expected: false },
    { head: 'ts,package-0,dram\n1,2,3\n', expected: true }
  ])('detect $head', ({ head, expected }) => {
    expect(format.detect(head, 'x.csv')).toBe(expected);
  });

  test('through measureTraces: detected and integrated, the wrap counted once', async () => {
    const m = await measureTraces([{ path: 'rapl-long.csv', open: () => fixture('rapl-long.csv') } as TraceFile], {});
    expect(m.summary.formats).toEqual(['rapl']);
    const cpuJ = (3 * 300000000) / 1e6 + (3 * 280000000) / 1e6;
    const memoryJ = (3 * 40000000) / 1e6 + (3 * 36000000) / 1e6;
    expect(m.detail.components.cpuKWh).toBeCloseTo(cpuJ / 3.6e6, 12);
    expect(m.detail.components.memoryKWh).toBeCloseTo(memoryJ / 3.6e6, 12);
    expect(m.summary.itEnergyKWh).toBeCloseTo((cpuJ + memoryJ) / 3.6e6, 12);
  });
});
