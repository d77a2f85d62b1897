/**
 * Generic CSV power logs: power or cumulative energy in any common unit, ISO or epoch times,
 * device and host columns, column maps, header-less files, and the NVML log recorded on the H200.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { measureTraces, type MeasureOptions } from '../../../src/core/traces/index.js';
import { format as csv, separatorOf } from '../../../src/core/traces/formats/generic-csv.js';
import { splitCsvRecord } from '../../../src/core/traces/lines.js';
import { codes, FIXTURES, fixtureFile, memoryFile, utc } from './helpers.js';

const J_PER_KWH = 3.6e6;
const measure = (text: string, options: MeasureOptions = {}, name = 'power.csv') =>
  measureTraces([memoryFile(name, text)], options);

describe('generic CSV: power', () => {
  test.each<[string, string, number]>([
    // 0.5*(100+300)*2 s
    ['W with ISO times', 'timestamp,power_w\n2026-11-27T10:00:00Z,100\n2026-11-27T10:00:02Z,300\n', 400],
    ['a bracketed unit', 'time,power [W]\n2026-11-27T10:00:00Z,100\n2026-11-27T10:00:02Z,300\n', 400],
    // mW: 0.5*(100000+300000)*2 / 1000
    ['mW', 'timestamp,power_mw\n2026-11-27T10:00:00Z,100000\n2026-11-27T10:00:02Z,300000\n', 400],
    // kW whole machine: 0.5*(1.5+2.5)*2 * 1000
    ['kW', 'timestamp,power (kW)\n2026-11-27T10:00:00Z,1.5\n2026-11-27T10:00:02Z,2.5\n', 4000],
    // epoch seconds, by magnitude
    ['epoch seconds', 'timestamp,watts\n1795755755,100\n1795755757.5,100\n', 250],
    // epoch ms, by magnitude
    ['epoch milliseconds', 'timestamp,watts\n1795755755000,100\n1795755756000,100\n', 100],
    // epoch ms named by the header: 1000 ms apart
    ['a timestamp_ms header', 'timestamp_ms,watts\n5000000,100\n5001000,100\n', 100],
    // semicolons, quoted cells, a +01:00 offset
    [
      'semicolons and quotes',
      'timestamp;"power [W]"\n"2026-11-27T11:00:00+01:00";"100"\n"2026-11-27T11:00:04+01:00";"100"\n',
      400
    ],
    ['tabs', 'timestamp\tpower_w\n2026-11-27 10:00:00\t50\n2026-11-27 10:00:10\t50\n', 500]
  ])('%s', async (_name, text, expectedJ) => {
    const m = await measure(text);
    expect(m.summary.formats).toEqual(['csv']);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(expectedJ, 9);
    expect(m.diagnostics.filter((d) => d.code !== 'traces/untimed')).toEqual([]);
  });

  test('device and host columns keep devices apart', async () => {
    const text = [
      'timestamp,host,gpu,power_w',
      '2026-11-27T10:00:00Z,node-1,0,100',
      '2026-11-27T10:00:00Z,node-2,0,200',
      '2026-11-27T10:00:01Z,node-1,0,100',
      '2026-11-27T10:00:01Z,node-2,0,200'
    ].join('\n');
    const m = await measure(text);
    expect(m.summary.devices).toBe(2);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(100 + 200, 9);
    expect(m.detail.components.otherKWh).toBe(m.summary.itEnergyKWh);
    expect(m.summary.notes.join('\n')).toContain('per "host + gpu"');
  });

  test('zone-less times are read in the given zone', async () => {
    const m = await measure('timestamp,power_w\n2026-11-27 05:30:00,100\n2026-11-27 05:30:10,100\n', {
      timezone: 'Asia/Kolkata'
    });
    // 05:30 in India (UTC+05:30) is 00:00 UTC
    expect([...m.hourly.energyByHourKWh.keys()]).toEqual([utc(2026, 11, 27, 0)]);
  });

  test('elapsed seconds are relative times: counted, not placed in hours', async () => {
    const m = await measure('t,power_w\n0,100\n1,100\n2,100\n');
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(200, 9);
    expect(m.hourly.untimedEnergyKWh).toBe(m.summary.itEnergyKWh);
    expect(codes(m.diagnostics)).toEqual(['traces/untimed']);
  });

  test('drops unavailable, non-numeric, negative values and bad times; skips a repeated header', async () => {
    const text = [
      'timestamp,power_w',
      '2026-11-27T10:00:00Z,100',
      '2026-11-27T10:00:01Z,NA',
      '2026-11-27T10:00:02Z,',
      'timestamp,power_w',
      '2026-11-27T10:00:03Z,lots',
      '2026-11-27T10:00:04Z,-3',
      'not a time,100',
      '2026-11-27T10:00:05Z',
      '2026-11-27T10:00:06Z,100'
    ].join('\n');
    const m = await measure(text);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(600, 9);
    expect(m.summary.droppedSamples).toBe(6);
    expect(m.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['traces/dropped-unavailable', 3],
      ['traces/dropped-non-numeric', 6],
      ['traces/dropped-negative', 7],
      ['traces/dropped-bad-timestamp', 8],
      ['traces/dropped-malformed-row', 9]
    ]);
  });
});

describe('generic CSV: cumulative energy', () => {
  test.each<[string, string, number]>([
    // J: increases 100 + 250
    ['J', 'timestamp,energy_j\n2026-11-27T10:00:00Z,1000\n2026-11-27T10:00:01Z,1100\n2026-11-27T10:00:03Z,1350\n', 350],
    // Wh: 0.1 Wh = 360 J
    ['Wh', 'timestamp,energy_wh\n2026-11-27T10:00:00Z,5.0\n2026-11-27T10:00:10Z,5.1\n', 0.1 * 3600],
    // kWh with a reset: 0.001 kWh, then the counter restarts at 0.0005
    [
      'kWh with a reset',
      'timestamp,energy (kWh)\n2026-11-27T10:00:00Z,2.000\n2026-11-27T10:00:10Z,2.001\n2026-11-27T10:00:20Z,0.0005\n',
      (0.001 + 0.0005) * 3.6e6
    ],
    // a column named only by its unit
    ['joules', 'timestamp,joules\n2026-11-27T10:00:00Z,0\n2026-11-27T10:00:10Z,700\n', 700]
  ])('%s', async (_name, text, expectedJ) => {
    const m = await measure(text);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(expectedJ, 6);
  });

  test('energy is preferred over power when both are logged; a columns map picks power', async () => {
    const text = 'timestamp,power_w,energy_j\n2026-11-27T10:00:00Z,100,0\n2026-11-27T10:00:10Z,100,1234\n';
    expect((await measure(text)).summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(1234, 9);
    expect((await measure(text, { columns: { power: 'power_w' } })).summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(
      1000,
      9
    );
  });

  test('an energy column without a unit is an error that says how to name it', async () => {
    const m = await measure('timestamp,energy\n2026-11-27T10:00:00Z,0\n', { format: 'csv' });
    expect(m.diagnostics[0].code).toBe('traces/csv-columns');
    expect(m.diagnostics[0].message).toContain('"energy_wh"');
  });
});

describe('generic CSV: column maps and header-less files', () => {
  test('a columns map names odd headers', async () => {
    const text = 'when,node_draw_total,rack\n2026-11-27T10:00:00Z,1000,a\n2026-11-27T10:00:05Z,1000,a\n';
    const m = await measure(text, {
      format: 'csv',
      columns: { timestamp: 'when', power: 'node_draw_total', device: 'rack' }
    });
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(5000, 9);
  });

  test('a columns map with an unknown header or role is an error with suggestions', async () => {
    const m = await measure('timestamp,power_w\n2026-11-27T10:00:00Z,1\n', {
      columns: { timestamp: 'timestamp', power: 'powr_w', devise: 'x' }
    });
    const messages = m.diagnostics.map((d) => d.message).join('\n');
    expect(messages).toContain(
      'Unknown key "devise" in the trace columns map: expected timestamp, power, energy, device. Did you mean "device"?'
    );
    expect(messages).toContain('names "powr_w" for power, but the header has no such column');
    expect(messages).toContain('Did you mean "power_w"?');
    expect(m.diagnostics.filter((d) => d.code === 'traces/csv-columns').every((d) => d.severity === 'error')).toBe(
      true
    );
    // the rows under an unusable header are counted as not used
    expect(m.summary.droppedSamples).toBe(1);
  });

  test('a header-less file with its columns listed', async () => {
    const m = await measure('2026-11-27T10:00:00Z,0,100\n2026-11-27T10:00:04Z,0,200\n', {
      format: 'csv',
      columns: ['timestamp', 'device', 'power_w']
    });
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(600, 9);
  });

  test.each<[string, string, boolean]>([
    ['timestamp + power_w', 'timestamp,power_w', true],
    ['time + energy (kWh)', 'time,energy (kWh)', true],
    ['no power or energy column', 'timestamp,temperature', false],
    ['JSON', '{"timestamp":1}', false],
    ['one column', 'timestamp', false]
  ])('detects %s → %s', (_name, head, expected) => {
    expect(csv.detect(head, 'x.csv')).toBe(expected);
  });

  test('separators and quoted cells', () => {
    expect(separatorOf('a;b;c,d')).toBe(';');
    expect(splitCsvRecord('"a, b",c,"say ""hi"""', ',')).toEqual(['a, b', 'c', 'say "hi"']);
  });
});

describe('the NVML log recorded on the H200 (timestamp, device, energy_mj, power_mw)', () => {
  const rows = readFileSync(path.join(FIXTURES, 'nvidia-smi/h200-2026-11-27/nvml-energy.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

  test('the energy counter: last minus first reading (no reset in this log)', async () => {
    const m = await measureTraces([fixtureFile('nvidia-smi/h200-2026-11-27/nvml-energy.csv')], {});
    const expectedJ = (Number(rows[rows.length - 1][2]) - Number(rows[0][2])) / 1000;
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(expectedJ, 6);
    expect(m.summary.devices).toBe(1);
    expect(m.diagnostics).toEqual([]);
  });

  test('its power column in mW, by the trapezoid', async () => {
    const m = await measureTraces([fixtureFile('nvidia-smi/h200-2026-11-27/nvml-energy.csv')], {
      columns: { power: 'power_mw' }
    });
    const pts = rows.map((f) => ({ tMs: Date.parse(f[0]), w: Number(f[3]) / 1000 }));
    const expectedJ = pts.slice(1).reduce((s, p, i) => s + (0.5 * (pts[i].w + p.w) * (p.tMs - pts[i].tMs)) / 1000, 0);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(expectedJ, 6);
    // the log has one 1.135 s interval among 0.5 s ones: under 5 x the median, so bridged
    expect(m.summary.coverage).toBe(1);
  });
});
