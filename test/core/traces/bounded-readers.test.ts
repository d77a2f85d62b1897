/**
 * The trace readers on hostile input: CSV records with a stray quote, prototype-key names in every
 * reader, lines built to make a regular expression backtrack, values nested thousands deep, a
 * million invalid documents, absurd powers and timestamps centuries apart. Each ends in a bounded
 * result with diagnostics; the energies expected are computed in the test.
 */
import { describe, expect, it, test } from '@jest/globals';
import { MAX_DIAGNOSTICS_PER_CODE } from '../../../src/core/diagnostic-cap.js';
import { parseIntensityCsv } from '../../../src/core/intensity-series.js';
import { parseManifest } from '../../../src/core/manifest/index.js';
import { measureTraces } from '../../../src/core/traces/index.js';
import {
  Integrator,
  MAX_HOUR_BUCKETS,
  MAX_HOUR_PIECES,
  type IntegrationResult
} from '../../../src/core/traces/integrator.js';
import { forEachCsvRecord, MAX_RECORD_CHARS, MAX_RECORD_LINES } from '../../../src/core/traces/lines.js';
import { MAX_LINE_BYTES } from '../../../src/core/traces/stream.js';
import type { TraceFormat } from '../../../src/core/traces/types.js';
import { chunksOf, memoryFile } from './helpers.js';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;
const J_PER_KWH = 3.6e6;

describe('forEachCsvRecord: a quote left open', () => {
  async function read(text: string) {
    const records: [string[], number][] = [];
    const unclosed: [number, number][] = [];
    const overlong: number[] = [];
    await forEachCsvRecord(
      chunksOf(text, 4096),
      (fields, line) => records.push([fields, line]),
      (line) => overlong.push(line),
      (start, end) => unclosed.push([start, end])
    );
    return { records, unclosed, overlong };
  }

  it(`is dropped after ${MAX_RECORD_LINES} lines, and reading resumes on the next line`, async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `${i + 2},x`);
    rows[0] = '2,"x';
    const { records, unclosed } = await read(lines('n,v', ...rows));
    // The record opened on line 2 takes in lines 2 to 2 + 100; then lines 103 to 301 are rows.
    expect(unclosed).toEqual([[2, 2 + MAX_RECORD_LINES]]);
    expect(records.map(([, line]) => line)).toEqual([1, ...Array.from({ length: 301 - 102 }, (_, i) => 103 + i)]);
    expect(records[1][0]).toEqual(['103', 'x']);
  });

  it(`is dropped past ${MAX_RECORD_CHARS} characters, even in fewer lines`, async () => {
    const half = 'y'.repeat(MAX_RECORD_CHARS / 2);
    const { records, unclosed } = await read(lines('"a', half, half, 'b,c'));
    expect(unclosed).toEqual([[1, 3]]);
    expect(records).toEqual([[['b', 'c'], 4]]);
  });

  it('is dropped when an overlong line falls inside it', async () => {
    const { records, unclosed, overlong } = await read(lines('"a', 'z'.repeat(2 * MAX_LINE_BYTES), 'b,c'));
    expect(overlong).toEqual([2]);
    expect(unclosed).toEqual([[1, 2]]);
    expect(records).toEqual([[['b', 'c'], 3]]);
  });

  it('a quoted field over a few lines is one record, as before', async () => {
    const { records, unclosed } = await read(lines('a,"one', 'two', 'three",b', 'c,d'));
    expect(unclosed).toEqual([]);
    expect(records).toEqual([
      [['a', 'one\ntwo\nthree', 'b'], 1],
      [['c', 'd'], 4]
    ]);
  });

  it('a 4 MB log with a stray quote on its first row is read once, in linear time', async () => {
    const n = 200_000;
    const { records, unclosed } = await read(`"\n${'a,b,c,d,e,f,g,h\n'.repeat(n)}`);
    expect(unclosed).toEqual([[1, 1 + MAX_RECORD_LINES]]);
    expect(records).toHaveLength(n - MAX_RECORD_LINES);
  });
});

describe('CodeCarbon and RAPL readers report a quote left open and read on', () => {
  it('CodeCarbon: the rows after the skipped record count', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `2026-05-12T10:00:00,p${i === 0 ? '"' : ''},run-${i},10,0.001`);
    const m = await measureTraces(
      [memoryFile('e.csv', lines('timestamp,project_name,run_id,duration,energy_consumed', ...rows))],
      { format: 'codecarbon' }
    );
    // Lines 2 to 102 are skipped: 150 - 101 rows of 0.001 kWh remain.
    expect(m.summary.itEnergyKWh).toBeCloseTo((150 - 101) * 0.001, 12);
    expect(m.diagnostics.filter((d) => d.code === 'traces/unclosed-quote')).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'e.csv', line: 2 })
    ]);
  });

  it('RAPL: the same', async () => {
    // One package counter in µJ, 1 J a second: 1,000,000 µJ per row.
    const rows = Array.from(
      { length: 300 },
      (_, i) => `${1_778_580_000 + i},package-0${i === 0 ? '"' : ''},${i * 1_000_000}`
    );
    const m = await measureTraces([memoryFile('r.csv', lines('timestamp,domain,energy_uj', ...rows))], {
      format: 'rapl'
    });
    // Rows on lines 103 to 301 (readings 101 to 299) are read: 198 increases of 1 J.
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(198, 6);
    expect(m.diagnostics.map((d) => [d.code, d.line])).toContainEqual(['traces/unclosed-quote', 2]);
  });
});

describe.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
  'a column, key or label named %s is an ordinary unknown name',
  (name) => {
    // Two samples 10 s apart at 100 W (or a counter rising 1,000 J): 1,000 J in each reader.
    const cases: [string, string, string][] = [
      [
        'csv',
        'g.csv',
        lines(`timestamp,${name},power [W]`, '2026-05-12T10:00:00Z,1,100', '2026-05-12T10:00:10Z,1,100')
      ],
      [
        'jsonl',
        'g.jsonl',
        lines(
          `{"timestamp": "2026-05-12T10:00:00Z", "${name}": 1, "power_w": 100}`,
          '{"timestamp": "2026-05-12T10:00:10Z", "power_w": 100}'
        )
      ],
      [
        'codecarbon',
        'e.csv',
        lines(
          `timestamp,project_name,run_id,duration,energy_consumed,${name}`,
          `2026-05-12T10:00:10,p,r,10,${1000 / J_PER_KWH},1`
        )
      ],
      [
        'rapl',
        'r.csv',
        lines(`timestamp,domain,energy_uj,${name}`, '1778580000,package-0,0,1', '1778580010,package-0,1000000000,1')
      ],
      [
        'nvidia-smi-csv',
        'q.csv',
        lines(
          `timestamp, index, ${name}, power.draw [W]`,
          '2026/05/12 10:00:00.000, 0, 1, 100.00 W',
          '2026/05/12 10:00:10.000, 0, 1, 100.00 W'
        )
      ],
      ['nvidia-smi-dmon', 'd.log', lines(`# gpu pwr ${name}`, '    0   100 1', '    0   100 1')],
      [
        'dcgm-prometheus',
        'm.prom',
        lines(
          `DCGM_FI_DEV_POWER_USAGE{gpu="0",${name}="x",UUID="GPU-a"} 100 1778580000000`,
          `DCGM_FI_DEV_POWER_USAGE{gpu="0",${name}="x",UUID="GPU-a"} 100 1778580010000`
        )
      ],
      [
        'prometheus-range',
        'q.json',
        JSON.stringify({
          status: 'success',
          data: {
            resultType: 'matrix',
            result: [
              {
                metric: { __name__: 'DCGM_FI_DEV_POWER_USAGE', UUID: 'GPU-a', [name]: 'x' },
                values: [
                  [1778580000, '100'],
                  [1778580010, '100']
                ]
              }
            ]
          }
        })
      ]
    ];
    // `__proto__` is no nvidia-smi field name (they start with a letter): that header is not one.
    const applicable = cases.filter(([format]) => format !== 'nvidia-smi-csv' || /^[a-z]/i.test(name));
    test.each(applicable)('%s', async (format, file, text) => {
      const m = await measureTraces([memoryFile(file, text)], { format });
      // dmon without times warns that they are relative; nothing else is said.
      expect(m.diagnostics.filter((d) => d.severity !== 'notice' && d.code !== 'traces/untimed')).toEqual([]);
      // dmon without times assumes 1 s between rows: 100 W for 1 s.
      const joules = format === 'nvidia-smi-dmon' ? 100 : 1000;
      expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(joules, 9);
      expect(JSON.stringify(m)).not.toMatch(/\[object Object\]|native code/);
    });

    it('in an intensity series header', () => {
      const r = parseIntensityCsv(lines(`timestamp,${name},carbon_intensity`, '2026-05-12T10:00:00Z,1,300'), 's.csv');
      expect(r.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
      expect([...r.series.hourlyGPerKWh.values()]).toEqual([300]);
    });

    it('as a key of a manifest columns map: kept, and then an unknown role', async () => {
      const parsed = parseManifest(
        'm.yml',
        lines(
          'version: 1',
          'runs:',
          '  - name: a',
          '    traces: [ g.csv ]',
          `    trace: { columns: { ${name}: p, timestamp: t, power: p } }`
        )
      );
      expect(parsed.diagnostics).toEqual([]);
      const columns = parsed.manifest?.runs[0].traceOptions?.columns;
      expect(Object.keys(columns ?? {})).toEqual([name, 'timestamp', 'power']);
      const m = await measureTraces(
        [memoryFile('g.csv', lines('t,p', '2026-05-12T10:00:00Z,100', '2026-05-12T10:00:10Z,100'))],
        { format: 'csv', columns }
      );
      expect(m.diagnostics[0].message).toBe(
        `Unknown key "${name}" in the trace columns map: expected timestamp, power, energy, device.`
      );
    });
  }
);

describe('lines that make a regular expression backtrack are read at once', () => {
  const BLANKS = ' '.repeat(500_000);

  it('a scrape comment with half a million blanks and no time', async () => {
    const text = lines(`# scrape${BLANKS}`, 'DCGM_FI_DEV_POWER_USAGE{UUID="GPU-a"} 100 1778580000000');
    const m = await measureTraces([memoryFile('m.prom', text)], { format: 'dcgm-prometheus' });
    expect(m.summary.samples).toBe(1);
  });

  it('a power value of half a million digits and a letter', async () => {
    const text = lines(
      'timestamp, index, power.draw [W]',
      `2026/05/12 10:00:00.000, 0, ${'1'.repeat(500_000)}x`,
      '2026/05/12 10:00:01.000, 0, 100 W'
    );
    const m = await measureTraces([memoryFile('q.csv', text)], { format: 'nvidia-smi-csv' });
    expect(m.summary.droppedSamples).toBe(1);
    expect(m.diagnostics.map((d) => d.code)).toContain('traces/dropped-non-numeric');
  });

  it('a lower-case line of half a million brackets in an nvidia-smi log', async () => {
    const text = lines(
      'timestamp, index, power.draw [W]',
      `x${'['.repeat(500_000)}`,
      '2026/05/12 10:00:00.000, 0, 100 W'
    );
    const m = await measureTraces([memoryFile('q.csv', text)], { format: 'nvidia-smi-csv' });
    expect(m.summary.samples).toBe(1);
  });

  it('a generic CSV header of half a million brackets', async () => {
    const text = lines(`timestamp,power (${'('.repeat(500_000)})`, '2026-05-12T10:00:00Z,1');
    const m = await measureTraces([memoryFile('g.csv', text)], { format: 'csv' });
    expect(m.diagnostics.map((d) => d.code)).toContain('traces/csv-columns');
  });
});

describe('a drop quotes a short excerpt of the cell', () => {
  it('a non-numeric power cell of a megabyte is cut to a 40-character excerpt in the message', async () => {
    const cell = 'x'.repeat(1_000_000);
    const text = lines('timestamp,power [W]', `2026-05-12T10:00:00Z,${cell}`, '2026-05-12T10:00:01Z,5');
    const m = await measureTraces([memoryFile('g.csv', text)], { format: 'csv' });
    const drop = m.diagnostics.find((d) => d.code === 'traces/dropped-non-numeric');
    // At most 40 characters of file content: 39 of the cell and an ellipsis (src/core/excerpt.ts).
    expect(drop?.message).toContain(`(first: ${'x'.repeat(39)}…).`);
    expect(drop?.message.length).toBeLessThan(200);
  });
});

describe('JSON values nested thousands deep', () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;

  it('in a JSON Lines cell: dropped by kind, never walked', async () => {
    const text = lines(
      '{"timestamp": "2026-05-12T10:00:00Z", "power_w": 100, "device": "a"}',
      `{"timestamp": ${deep}, "power_w": ${deep}, "device": ${deep}}`,
      '{"timestamp": "2026-05-12T10:00:10Z", "power_w": 100, "device": "a"}'
    );
    const m = await measureTraces([memoryFile('l.jsonl', text)], { format: 'jsonl' });
    expect(m.diagnostics.map((d) => d.code)).toEqual(['traces/dropped-non-numeric']);
    expect(m.diagnostics[0].message).toContain('(first: a list)');
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(1000, 9);
  });

  it('in a Prometheus answer: status, times, values and labels', async () => {
    const answer = (status: unknown, point: unknown[], label: unknown) =>
      JSON.stringify({
        status,
        data: {
          resultType: 'matrix',
          result: [{ metric: { __name__: 'DCGM_FI_DEV_POWER_USAGE', UUID: label }, values: [point] }]
        }
      });
    // JSON.stringify nests by recursion too: the deep values are spliced in as text.
    const text = [
      answer('X', [], 'a').replace('"X"', deep),
      answer('success', ['T', '100'], 'GPU-a').replace('"T"', deep),
      answer('success', [1778580000, 'V'], 'GPU-a').replace('"V"', deep),
      answer('success', [1778580000, '100'], 'L').replace('"L"', deep)
    ].join('\n');
    const m = await measureTraces([memoryFile('q.json', text)], { format: 'prometheus-range' });
    expect(m.diagnostics.map((d) => d.code)).not.toContain('traces/read-failed');
    expect(m.diagnostics.find((d) => d.code === 'traces/prometheus-error')?.message).toBe(
      'Prometheus answer has status "a list"; expected "success".'
    );
    expect(m.diagnostics.find((d) => d.code === 'traces/dropped-bad-timestamp')?.message).toContain('time a list');
  });
});

describe('a million invalid documents, a million bad rows', () => {
  it('Prometheus: ten diagnostics of the kind and one that counts the rest', async () => {
    const m = await measureTraces([memoryFile('q.json', '{}\n'.repeat(1_000_000))], { format: 'prometheus-range' });
    const errors = m.diagnostics.filter((d) => d.code === 'traces/prometheus-error');
    expect(errors).toHaveLength(MAX_DIAGNOSTICS_PER_CODE + 1);
    expect(errors[MAX_DIAGNOSTICS_PER_CODE]).toMatchObject({ file: 'q.json', line: 11 });
    expect(errors[MAX_DIAGNOSTICS_PER_CODE].message).toContain(
      `and ${(1_000_000 - MAX_DIAGNOSTICS_PER_CODE).toLocaleString('en-US')} more traces/prometheus-error diagnostics`
    );
  });

  it('an intensity series: the same', () => {
    const r = parseIntensityCsv(lines('timestamp,carbon_intensity', ...Array(100_000).fill('soon,300')), 's.csv');
    const bad = r.diagnostics.filter((d) => d.code === 'intensity/bad-timestamp');
    expect(bad).toHaveLength(MAX_DIAGNOSTICS_PER_CODE + 1);
    expect(bad[MAX_DIAGNOSTICS_PER_CODE].message).toContain('and 99,990 more intensity/bad-timestamp diagnostics');
  });
});

describe('the integrator on absurd numbers', () => {
  const stub: TraceFormat = { id: 'stub', component: 'gpu', detect: () => false, parse: async () => undefined };
  function integrate(feed: (i: Integrator) => void): IntegrationResult {
    const integ = new Integrator();
    integ.beginFile('f', stub);
    feed(integ);
    integ.endFile();
    return integ.finish();
  }
  const t0 = Date.UTC(2026, 4, 12, 10);

  test.each([1e308, Number.MAX_VALUE, Infinity])('a power of %d W is implausible and dropped', (watts) => {
    const r = integrate((i) => {
      i.power('a', t0, 100, 1);
      i.power('a', t0 + 1000, watts, 2);
      i.power('a', t0 + 2000, 100, 3);
    });
    expect(r.files[0].drops.get('implausible')?.count).toBe(1);
    expect(r.energyJ).toBe(200); // 100 W for the 2 s between the samples kept
  });

  it('a counter that rises by 1e308 J is implausible, and the sum stays finite', () => {
    const r = integrate((i) => {
      i.counter('a', t0, 0, 1);
      i.counter('a', t0 + 1000, 1e308, 2);
      i.counter('a', t0 + 2000, 1.5e308, 3);
      i.counter('a', t0 + 3000, 1.5e308 + 1e293, 4);
    });
    // Each rise (1e308 J, 5e307 J, then 1e293 J, each in 1 s) is far above 2,000 W.
    expect(r.files[0].drops.get('implausible')?.count).toBe(3);
    expect(r.energyJ).toBe(0);
  });

  it(`splits at most ${MAX_HOUR_BUCKETS} hours; the rest is counted but not placed`, () => {
    // 2,000 W for a year, then again 50 years later, on 20 devices: 20 x 2 x 8,784 hours.
    const yearMs = 366 * 86_400_000;
    const r = integrate((i) => {
      for (let d = 0; d < 20; d++) {
        const start = t0 + d * 50 * yearMs;
        i.interval(`d${d}`, start, start + yearMs, (2000 * yearMs) / 1000 / J_PER_KWH, 1);
      }
    });
    const placedJ = [...r.hoursJ.values()].reduce((a, b) => a + b, 0);
    expect(r.hoursJ.size).toBe(MAX_HOUR_BUCKETS);
    expect(placedJ + r.unplacedJ).toBeCloseTo(r.energyJ, 0);
    expect(r.unplacedJ).toBeGreaterThan(0);
  });

  it(`cuts at most ${MAX_HOUR_PIECES} hour pieces in all, however many devices share the hours`, () => {
    // 1,000 devices over the same year: 8.8 million pieces without the bound.
    const yearMs = 366 * 86_400_000;
    const r = integrate((i) => {
      for (let d = 0; d < 1000; d++) i.interval(`d${d}`, t0, t0 + yearMs, (100 * yearMs) / 1000 / J_PER_KWH, 1);
    });
    const placedJ = [...r.hoursJ.values()].reduce((a, b) => a + b, 0);
    expect(r.hoursJ.size).toBe(366 * 24);
    expect(placedJ + r.unplacedJ).toBeCloseTo(r.energyJ, -3);
    // About 5,000,000 / 8,784 devices' years are placed; the rest of the energy is not.
    expect(r.unplacedJ / r.energyJ).toBeCloseTo(1 - MAX_HOUR_PIECES / (1000 * 366 * 24), 2);
  });
});
