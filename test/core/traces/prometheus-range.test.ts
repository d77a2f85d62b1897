import { readFileSync } from 'node:fs';
import { format } from '../../../src/core/traces/formats/prometheus-range.js';
import { measureTraces, type TraceFile } from '../../../src/core/traces/index.js';
import { chunksOf, fixtureChunks, fixturePath, recordingSink, type RecordingSink } from './helpers.js';

const path = (name: string): string => fixturePath(`dcgm/${name}`);
const fixture = (name: string): AsyncIterable<Uint8Array> => fixtureChunks(`dcgm/${name}`, 64);

const S0 = Date.parse('2026-05-12T10:00:00Z');
const GPU0 = 'n/dgx-07/GPU-0a1b2c3d-0000-4000-8000-000000000000';
const GPU1 = 'n/dgx-07/GPU-1b2c3d4e-1111-4111-8111-111111111111';

async function parseWith(chunks: AsyncIterable<Uint8Array>, file = 'q.json'): Promise<RecordingSink> {
  const sink = recordingSink();
  await format.parse(chunks, sink, { file, devicePrefix: 'n/' });
  // Prometheus answers carry samples, never pre-integrated intervals.
  expect(sink.rec.intervals).toEqual([]);
  return sink;
}

describe('Prometheus query_range answers', () => {
  test('counter for the GPU that has one, power for the other; MIG series counted once; NaN dropped', async () => {
    const sink = await parseWith(fixture('query-range.json'), 'query-range.json');
    expect(sink.rec.counter.map((c) => [c.device, c.timeMs, c.energyJ, c.component])).toEqual([
      [GPU0, S0, 15152422938 / 1000, 'gpu'],
      [GPU0, S0 + 15000, 15157072938 / 1000, 'gpu'],
      [GPU0, S0 + 30000, 15161647938 / 1000, 'gpu']
    ]);
    expect(sink.rec.power.map((p) => [p.device, p.timeMs, p.powerW, p.component])).toEqual([
      [GPU1, S0, 200, 'gpu'],
      [GPU1, S0 + 30000, 220.5, 'gpu'],
      [GPU1, S0 + 45000, 219.5, 'gpu']
    ]);
    const counterJ = sink.rec.counter[2].energyJ - sink.rec.counter[0].energyJ;
    expect(counterJ).toBeCloseTo((15161647938 - 15152422938) / 1000, 6);
    expect(sink.rec.drops.map((d) => [d.reason, d.line])).toEqual([['unavailable', 0]]);
    expect(sink.rec.drops[0].detail).toContain('series 2 (DCGM_FI_DEV_POWER_USAGE) point 2');
    expect(sink.rec.reports).toEqual([]);
    expect(sink.rec.notes.join('\n')).toContain('1 GPU(s) from the energy counter');
    expect(sink.rec.notes.join('\n')).toContain('1 GPU(s) from the power gauge');
    expect(sink.rec.notes.join('\n')).toContain('1 series repeating');
  });

  test('two appended answers; a counter that is all NOT_SUPPORTED leaves the GPU to its power gauge', async () => {
    const sink = await parseWith(fixture('query-range-two-answers.json'));
    expect(sink.rec.counter).toEqual([]);
    expect(sink.rec.power.map((p) => [p.timeMs - S0, p.powerW])).toEqual([
      [0, 100],
      [1500, 150],
      [3000, 150],
      [4500, 50]
    ]);
    let j = 0;
    for (let i = 1; i < sink.rec.power.length; i++)
      j +=
        ((sink.rec.power[i].powerW + sink.rec.power[i - 1].powerW) / 2) *
        ((sink.rec.power[i].timeMs - sink.rec.power[i - 1].timeMs) / 1000);
    expect(j).toBeCloseTo(1.5 * ((100 + 150) / 2 + (150 + 150) / 2 + (150 + 50) / 2), 9);
    expect(sink.rec.drops).toEqual([]);
  });

  test.each([
    {
      name: 'error status',
      text: '{"status":"error","errorType":"bad_data","error":"parse error"}',
      code: 'traces/prometheus-error',
      says: 'parse error'
    },
    {
      name: 'instant vector',
      text: '{"status":"success","data":{"resultType":"vector","result":[]}}',
      code: 'traces/prometheus-not-matrix',
      says: 'query_range'
    },
    { name: 'not JSON', text: '{"status":"success",', code: 'traces/bad-json', says: 'query_range' },
    {
      name: 'aggregated series without a name',
      text: '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"2"]]}]}}',
      code: 'traces/prometheus-no-name',
      says: 'W or mJ'
    }
  ])('error: $name', async ({ text, code, says }) => {
    const sink = await parseWith(chunksOf(text));
    expect(sink.rec.reports.map((d) => d.code)).toEqual([code]);
    expect(sink.rec.reports[0].severity).toBe('error');
    expect(sink.rec.reports[0].message).toContain(says);
    expect(sink.rec.reports[0].file).toBe('q.json');
    expect(sink.rec.power.length + sink.rec.counter.length).toBe(0);
  });

  test('other metrics are ignored with a note; malformed points are dropped', async () => {
    const text = JSON.stringify({
      status: 'success',
      data: {
        resultType: 'matrix',
        result: [
          { metric: { __name__: 'DCGM_FI_DEV_GPU_TEMP', UUID: 'GPU-z' }, values: [[1778580000, '40']] },
          {
            metric: { __name__: 'DCGM_FI_DEV_POWER_USAGE', UUID: 'GPU-z' },
            values: [[1778580000, '100'], ['soon', '100'], [1778580010], [1778580020, '-1'], [1778580030, '120']]
          }
        ]
      }
    });
    const sink = await parseWith(chunksOf(text));
    expect(sink.rec.power.map((p) => [p.device, p.timeMs - S0, p.powerW])).toEqual([
      ['n/GPU-z', 0, 100],
      ['n/GPU-z', 30000, 120]
    ]);
    expect(sink.rec.drops.map((d) => d.reason)).toEqual(['bad-timestamp', 'malformed-row', 'negative']);
    expect(sink.rec.notes.join('\n')).toContain('DCGM_FI_DEV_GPU_TEMP ignored');
  });

  test.each([
    { name: 'query-range.json', expected: true },
    { name: 'query-range-two-answers.json', expected: true },
    { name: 'mig.prom', expected: false },
    { name: 'dcgm-exporter__default-counters.csv', expected: false }
  ])('detect $name: $expected', ({ name, expected }) => {
    expect(format.detect(readFileSync(path(name), 'utf8').slice(0, 16384), name)).toBe(expected);
  });

  test('through measureTraces: detected and integrated', async () => {
    const m = await measureTraces(
      [{ path: 'query-range.json', open: () => fixture('query-range.json') } as TraceFile],
      {}
    );
    expect(m.summary.formats).toEqual(['prometheus-range']);
    const gpu0J = (15161647938 - 15152422938) / 1000;
    const gpu1J = 30 * ((200 + 220.5) / 2) + 15 * ((220.5 + 219.5) / 2); // the NaN point is dropped
    expect(m.summary.itEnergyKWh).toBeCloseTo((gpu0J + gpu1J) / 3.6e6, 12);
    expect(m.summary.droppedSamples).toBe(1);
  });
});
