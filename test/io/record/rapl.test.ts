/**
 * The RAPL recorder against a fake powercap folder whose counters a timer raises at known powers
 * (one of them wrapping at its max_energy_range_uj): which zones are found, and a sampled file the
 * trace pipeline integrates to the energy the fake counted.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measureTraces } from '../../../src/core/traces/index.js';
import { discoverRaplZones, RAPL_HEADER, sampleRapl, type RaplProblem } from '../../../src/io/record/rapl.js';
import { createTraceReader } from '../../../src/io/trace-reader.js';
import { startFakePowercap, type FakeZone } from '../../support/record/fakes.js';
import { countLines, waitFor } from '../../support/record/wait.js';
import { useTempFolders } from '../../support/temp-folders.js';

const folders = useTempFolders();

const PACKAGE: FakeZone = { id: 'intel-rapl:0', name: 'package-0', watts: 40, maxUj: 262143328850, startUj: 1e9 };
/** Starts 1.5 J below its range: at 5 W it wraps 0.3 s after the fake starts. */
const DRAM: FakeZone = {
  id: 'intel-rapl:0:2',
  name: 'dram',
  watts: 5,
  maxUj: 65712999613,
  startUj: 65712999613 - 1.5e6
};

/** True once the file's dram readings went down: the counter wrapped while being sampled. */
function dramWrapped(file: string): boolean {
  const values = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.endsWith(`,${DRAM.id}`))
    .map((l) => Number(l.split(',')[2]));
  return values.some((v, i) => i > 0 && v < values[i - 1]);
}
const CORE: FakeZone = { id: 'intel-rapl:0:0', name: 'core', watts: 25, maxUj: 262143328850, startUj: 0 };
const PACKAGE1: FakeZone = { id: 'intel-rapl:1', name: 'package-1', watts: 35, maxUj: 262143328850, startUj: 7 };

describe('discoverRaplZones', () => {
  test('finds intel-rapl:N and intel-rapl:N:M zones in numeric order, not the control folder or mmio', async () => {
    const fake = startFakePowercap(folders.dir, [PACKAGE1, DRAM, PACKAGE, CORE]);
    fake.stop();
    const found = await discoverRaplZones(fake.root);
    expect(found.unreadable).toEqual([]);
    expect(found.zones.map((z) => [z.id, z.domain, z.maxEnergyRangeUj])).toEqual([
      ['intel-rapl:0', 'package-0', PACKAGE.maxUj],
      ['intel-rapl:0:0', 'core', CORE.maxUj],
      ['intel-rapl:0:2', 'dram', DRAM.maxUj],
      ['intel-rapl:1', 'package-1', PACKAGE1.maxUj]
    ]);
    expect(found.zones[0].energyFile).toBe(path.join(fake.root, 'intel-rapl:0', 'energy_uj'));
  });

  test('a missing root is no zone; an unreadable counter is said with its reason', async () => {
    expect(await discoverRaplZones(path.join(folders.dir, 'nothing'))).toEqual({ zones: [], unreadable: [] });
    const root = path.join(folders.dir, 'powercap');
    // Tests may run as root, where file modes do not stop a read: a folder stands in for the file.
    mkdirSync(path.join(root, 'intel-rapl:0', 'energy_uj'), { recursive: true });
    writeFileSync(path.join(root, 'intel-rapl:0', 'name'), 'package-0\n');
    mkdirSync(path.join(root, 'intel-rapl:1'));
    writeFileSync(path.join(root, 'intel-rapl:1', 'name'), 'package-1\n');
    writeFileSync(path.join(root, 'intel-rapl:1', 'energy_uj'), 'garbage\n');
    mkdirSync(path.join(root, 'intel-rapl:2'));
    expect(await discoverRaplZones(root)).toEqual({
      zones: [],
      unreadable: [
        { id: 'intel-rapl:0', reason: 'EISDIR' },
        { id: 'intel-rapl:1', reason: 'not a counter: "garbage"' },
        { id: 'intel-rapl:2', reason: 'no readable name file' }
      ]
    });
  });
});

describe('sampleRapl', () => {
  test('appends the long layout; the trace pipeline integrates it to the counted energy, across a wrap', async () => {
    const zones = [PACKAGE, CORE, DRAM, PACKAGE1];
    const fake = startFakePowercap(folders.dir, zones);
    const found = await discoverRaplZones(fake.root);
    const file = path.join(folders.dir, 'cpu.csv');
    const controller = new AbortController();
    const sampling = sampleRapl({ zones: found.zones, file, intervalMs: 30, signal: controller.signal });
    await waitFor(() => countLines(file, (l) => l.includes(',package-0,')) >= 10 && dramWrapped(file));
    controller.abort();
    const done = await sampling;
    expect(done.failedZones).toEqual([]);

    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(RAPL_HEADER);
    expect(done.readings).toBe(lines.length - 1);
    const rows = lines.slice(1).map((l) => l.split(','));
    for (const r of rows) expect(r[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    // Expected by hand, per zone: the counter's increase from its first to its last reading,
    // unwrapped with the zone's range ((new - old) mod (max + 1)). Core is inside its package and
    // not counted; package and dram are.
    const increaseJ = (z: FakeZone): number => {
      const values = rows.filter((r) => r[4] === z.id).map((r) => Number(r[2]));
      let total = 0;
      for (let i = 1; i < values.length; i++) total += (values[i] - values[i - 1] + (z.maxUj + 1)) % (z.maxUj + 1);
      return total / 1e6;
    };
    const dramValues = rows.filter((r) => r[4] === DRAM.id).map((r) => Number(r[2]));
    expect(dramValues.some((v, i) => i > 0 && v < dramValues[i - 1])).toBe(true);
    const cpuJ = increaseJ(PACKAGE) + increaseJ(PACKAGE1);
    const memoryJ = increaseJ(DRAM);

    const reader = createTraceReader(folders.dir);
    const m = await measureTraces([{ path: 'cpu.csv', open: () => reader.open('cpu.csv') }], {});
    expect(m.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(m.summary.formats).toEqual(['rapl']);
    expect(m.detail.components.cpuKWh * 3.6e6).toBeCloseTo(cpuJ, 6);
    expect(m.detail.components.memoryKWh * 3.6e6).toBeCloseTo(memoryJ, 6);

    // And against the fake's own power: every reading is a value the fake wrote no later than the
    // reading's own timestamp (W x elapsed ms x 1000 µJ, wrapped), and no zone measures more than
    // the fake emitted from its start to its last update.
    const lastUpdateMs = fake.stop();
    for (const z of [PACKAGE, DRAM, PACKAGE1]) {
      for (const r of rows.filter((row) => row[4] === z.id)) {
        const elapsedMs =
          ((Number(r[2]) - (z.startUj % (z.maxUj + 1)) + (z.maxUj + 1)) % (z.maxUj + 1)) / (z.watts * 1000);
        expect(elapsedMs).toBeGreaterThanOrEqual(0);
        expect(elapsedMs).toBeLessThanOrEqual(Date.parse(r[0]) - fake.startMs + 1);
      }
      expect(increaseJ(z)).toBeLessThanOrEqual((z.watts * (lastUpdateMs - fake.startMs)) / 1000 + 1e-6);
      expect(increaseJ(z)).toBeGreaterThan(0);
    }
  });

  test('appends to a file that has rows without a second header; a counter that goes away is said once', async () => {
    const fake = startFakePowercap(folders.dir, [PACKAGE]);
    const found = await discoverRaplZones(fake.root);
    const file = path.join(folders.dir, 'cpu.csv');
    writeFileSync(file, `${RAPL_HEADER}\n`);
    const problems: RaplProblem[] = [];
    const controller = new AbortController();
    const sampling = sampleRapl({
      zones: found.zones,
      file,
      intervalMs: 20,
      signal: controller.signal,
      onProblem: (p) => problems.push(p)
    });
    await waitFor(() => countLines(file, (l) => l.includes(',package-0,')) >= 3);
    fake.stop();
    rmSync(path.join(fake.root, 'intel-rapl:0'), { recursive: true });
    await waitFor(() => problems.length > 0);
    // A few more samples: still one problem.
    await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    const done = await sampling;
    expect(problems).toEqual([{ zone: 'intel-rapl:0', domain: 'package-0', reason: 'ENOENT' }]);
    expect(done.failedZones).toEqual(['intel-rapl:0']);
    expect(countLines(file, (l) => l === RAPL_HEADER)).toBe(1);
  });
});
