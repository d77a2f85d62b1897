/** JSON Lines power logs: keys matched like CSV headers, energies written out by hand. */
import { measureTraces } from '../../../src/core/traces/index.js';
import { format as jsonl } from '../../../src/core/traces/formats/jsonl.js';
import { memoryFile } from './helpers.js';

const J_PER_KWH = 3.6e6;
const measure = (lines: string[], options = {}) =>
  measureTraces([memoryFile('power.jsonl', lines.join('\n'))], options);

describe('JSON Lines', () => {
  test('power in W per device, ISO times', async () => {
    const m = await measure([
      '{"timestamp": "2026-11-27T10:00:00Z", "device": "0", "power_w": 100}',
      '{"timestamp": "2026-11-27T10:00:00Z", "device": "1", "power_w": 10}',
      '{"timestamp": "2026-11-27T10:00:03Z", "device": "0", "power_w": 200}',
      '{"timestamp": "2026-11-27T10:00:03Z", "device": "1", "power_w": 30}'
    ]);
    expect(m.summary.formats).toEqual(['jsonl']);
    // device 0: 0.5*(100+200)*3; device 1: 0.5*(10+30)*3
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(450 + 60, 9);
    expect(m.summary.devices).toBe(2);
    expect(m.diagnostics).toEqual([]);
  });

  test('a cumulative energy counter in kWh with epoch-millisecond times and numeric devices', async () => {
    const m = await measure([
      '{"ts": 1795755755000, "gpu": 0, "energy_kwh": 1.25}',
      '{"ts": 1795755765000, "gpu": 0, "energy_kwh": 1.2505}',
      '{"ts": 1795755775000, "gpu": 0, "energy_kwh": "1.2515"}'
    ]);
    // increases 0.0005 + 0.001 kWh
    expect(m.summary.itEnergyKWh).toBeCloseTo(0.0015, 12);
  });

  test('null, missing and non-numeric values and non-JSON lines are dropped with their lines', async () => {
    const m = await measure([
      '{"timestamp": "2026-11-27T10:00:00Z", "power_w": 100}',
      '{"timestamp": "2026-11-27T10:00:01Z", "power_w": null}',
      '{"timestamp": "2026-11-27T10:00:02Z"}',
      '{"timestamp": "2026-11-27T10:00:03Z", "power_w": "high"}',
      'not json',
      '[1, 2]',
      '{"timestamp": "2026-11-27T10:00:04Z", "power_w": 100}'
    ]);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(400, 9);
    expect(m.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['traces/dropped-unavailable', 2],
      ['traces/dropped-non-numeric', 4],
      ['traces/dropped-malformed-row', 5]
    ]);
    expect(m.diagnostics[0].message).toContain('lines 2, 3');
  });

  test('a columns map picks keys', async () => {
    const m = await measure(
      ['{"at": "2026-11-27T10:00:00Z", "draw": 5}', '{"at": "2026-11-27T10:00:10Z", "draw": 5}'],
      {
        format: 'jsonl',
        columns: { timestamp: 'at', power: 'draw' }
      }
    );
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(50, 9);
  });

  test('keys that cannot be used are an error naming the keys', async () => {
    const m = await measure(['{"timestamp": "2026-11-27T10:00:00Z", "temp_c": 40}'], { format: 'jsonl' });
    const err = m.diagnostics.find((d) => d.code === 'traces/jsonl-keys');
    expect(err?.severity).toBe('error');
    expect(err?.message).toContain('No power or energy key in the first object ("timestamp", "temp_c")');
  });

  test.each<[string, string, string, boolean]>([
    ['keys with power', '{"timestamp": 1, "power_w": 2}', 'x.log', true],
    ['other keys, .jsonl name', '{"a": 1}', 'x.jsonl', true],
    ['other keys, other name', '{"a": 1}', 'x.log', false],
    ['Prometheus query_range JSON', '{"status":"success","data":{"resultType":"matrix","result":[]}}', 'x.json', false],
    ['CSV', 'timestamp,power_w', 'x.csv', false]
  ])('detects %s → %s', (_name, head, file, expected) => {
    expect(jsonl.detect(head, file)).toBe(expected);
  });
});
