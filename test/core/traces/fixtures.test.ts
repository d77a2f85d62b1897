/** The hand-written three-node run in test/fixtures/traces (see its README for the arithmetic). */
import { measureTraces } from '../../../src/core/traces/index.js';
import { fixtureFile, utc } from './helpers.js';

const J_PER_KWH = 3.6e6;

test('three nodes, three formats, one of them gzip-compressed', async () => {
  const m = await measureTraces(
    [
      fixtureFile('traces/node-a-query-gpu.csv.gz'),
      fixtureFile('traces/node-b-power.csv'),
      fixtureFile('traces/node-c-energy.jsonl')
    ],
    {}
  );
  const gpu0J = 0.5 * (300 + 500) + 0.5 * (500 + 500) + 0.5 * (500 + 300) + 300;
  const gpu1J = 100 * 4;
  const nodeBJ = 0.5 * (1200 + 1800) + 1800 + 0.5 * (1800 + 1200) + 1200;
  const nodeCJ = 150 + 150 + 120 + 150;
  expect(m.summary.formats).toEqual(['nvidia-smi-csv', 'csv', 'jsonl']);
  expect(m.summary.devices).toBe(4);
  expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(gpu0J + gpu1J + nodeBJ + nodeCJ, 9);
  expect(m.detail.components.gpuKWh * J_PER_KWH).toBeCloseTo(gpu0J + gpu1J, 9);
  expect(m.detail.components.otherKWh * J_PER_KWH).toBeCloseTo(nodeBJ + nodeCJ, 9);
  expect(m.summary.droppedSamples).toBe(1);
  expect(m.summary.coverage).toBe(1);
  // 09:59:58.000 to 10:00:02.004
  expect(m.summary.wallTimeS).toBeCloseTo(4.004, 9);
  const hour9J = 0.5 * (300 + 500) + 0.5 * (500 + 500) + 100 * 1.996 + 0.5 * (1200 + 1800) + 1800 + 150 + 150;
  const hour10J = 0.5 * (500 + 300) + 300 + 100 * 2.004 + 0.5 * (1800 + 1200) + 1200 + 120 + 150;
  expect(m.hourly.energyByHourKWh.get(utc(2026, 11, 27, 9))! * J_PER_KWH).toBeCloseTo(hour9J, 9);
  expect(m.hourly.energyByHourKWh.get(utc(2026, 11, 27, 10))! * J_PER_KWH).toBeCloseTo(hour10J, 9);
  expect(m.diagnostics.map((d) => [d.severity, d.code, d.file, d.line])).toEqual([
    ['notice', 'traces/dropped-unavailable', 'traces/node-a-query-gpu.csv.gz', 5],
    ['notice', 'traces/counter-reset', 'traces/node-c-energy.jsonl', 4]
  ]);
});
