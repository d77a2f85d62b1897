/**
 * measureTraces end to end: many files, gzip, detection, options, coverage, errors and notes.
 * Expected energies are written out; the logs are small enough to check by hand.
 */
import { gzipSync } from 'node:zlib';
import { TraceAccessError } from '../../../src/core/traces/access.js';
import { measureTraces, type TraceFile } from '../../../src/core/traces/index.js';
import { codes, memoryFile, utc } from './helpers.js';

const J_PER_KWH = 3.6e6;

/** An nvidia-smi log of one GPU at `powerW` from `fromS` to `toS` (inclusive) every `stepS`. */
function smiLog(fromS: number, toS: number, stepS: number, powerW: number, index = 0): string {
  const rows = ['timestamp, index, power.draw [W]'];
  for (let t = fromS; t <= toS; t += stepS) {
    const iso = new Date(utc(2026, 11, 27, 10) + t * 1000).toISOString();
    rows.push(`${iso.slice(0, 10).replace(/-/g, '/')} ${iso.slice(11, 23)}, ${index}, ${powerW.toFixed(2)} W`);
  }
  return rows.join('\n') + '\n';
}

describe('many files', () => {
  test('files from several nodes add up, their devices kept apart', async () => {
    // Two nodes, each GPU index 0 at the same times: 100 W and 300 W for 10 s.
    const m = await measureTraces(
      [memoryFile('node-1/gpu.csv', smiLog(0, 10, 1, 100)), memoryFile('node-2/gpu.csv', smiLog(0, 10, 1, 300))],
      {}
    );
    expect(m.summary.devices).toBe(2);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(100 * 10 + 300 * 10, 9);
    expect(m.summary.files).toEqual(['node-1/gpu.csv', 'node-2/gpu.csv']);
    expect(m.summary.coverage).toBe(1);
    expect(m.summary.notes[0]).toContain('2 devices in 2 files; devices of different files are kept apart');
  });

  test('different formats in one run', async () => {
    const m = await measureTraces(
      [
        memoryFile('gpu.csv', smiLog(0, 10, 1, 100)),
        memoryFile(
          'node.jsonl',
          '{"timestamp":"2026-11-27T10:00:00Z","power_w":500}\n{"timestamp":"2026-11-27T10:00:10Z","power_w":500}\n'
        )
      ],
      {}
    );
    expect(m.summary.formats).toEqual(['nvidia-smi-csv', 'jsonl']);
    expect(m.detail.components.gpuKWh * J_PER_KWH).toBeCloseTo(1000, 9);
    expect(m.detail.components.otherKWh * J_PER_KWH).toBeCloseTo(5000, 9);
  });

  test('the same file listed twice is not counted twice', async () => {
    const log = smiLog(0, 10, 1, 100);
    const m = await measureTraces([memoryFile('gpu.csv', log), memoryFile('gpu.csv', log)], {});
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(1000, 9);
    expect(codes(m.diagnostics)).toContain('traces/dropped-duplicate-time');
  });
});

describe('gzip', () => {
  const log = smiLog(0, 20, 1, 250);
  const expectedJ = 250 * 20;

  test.each<[string, TraceFile]>([
    ['.gz by name', memoryFile('gpu.csv.gz', gzipSync(log), 7)],
    ['by magic bytes whatever the name', memoryFile('gpu.log', gzipSync(log))],
    [
      'concatenated members (cat a.gz b.gz)',
      memoryFile('gpu.csv.gz', Buffer.concat([gzipSync(log.slice(0, 200)), gzipSync(log.slice(200))]))
    ]
  ])('%s', async (_name, file) => {
    const m = await measureTraces([file], {});
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(expectedJ, 9);
    expect(m.diagnostics).toEqual([]);
    expect(m.summary.notes).toContain(`${file.path}: gzip-compressed, decoded while streaming.`);
  });

  test('a truncated gzip keeps what was read before the cut, with an error', async () => {
    const big = smiLog(0, 4000, 1, 100);
    const z = gzipSync(big);
    const m = await measureTraces([memoryFile('gpu.csv.gz', z.subarray(0, Math.floor(z.length * 0.8)))], {});
    const err = m.diagnostics.find((d) => d.code === 'traces/read-failed');
    expect(err?.severity).toBe('error');
    expect(err?.message).toContain('unexpected end of file');
    expect(m.summary.samples).toBeGreaterThan(100);
    expect(m.summary.samples).toBeLessThan(4001);
    // what was read is 100 W over (samples - 1) seconds
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(100 * (m.summary.samples - 1), 6);
  });

  test('gzip of an empty file is an empty file', async () => {
    const m = await measureTraces([memoryFile('gpu.csv.gz', gzipSync(''))], {});
    expect(m.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'traces/empty-file']]);
    expect(m.diagnostics[0].message).toContain('once decompressed');
  });
});

describe('errors, never a silent zero', () => {
  test.each<[string, string, string]>([
    ['an empty file', '', 'traces/empty-file'],
    ['an unknown format', 'hello world\nthis is not a power log\n', 'traces/unknown-format'],
    ['a header and no rows', 'timestamp, index, power.draw [W]\n', 'traces/no-samples'],
    [
      'only [N/A] rows',
      'timestamp, index, power.draw [W]\n2026/11/27 10:00:00.000, 0, [N/A]\n2026/11/27 10:00:01.000, 0, [N/A]\n',
      'traces/no-samples'
    ],
    ['one sample', 'timestamp, index, power.draw [W]\n2026/11/27 10:00:00.000, 0, 100 W\n', 'traces/no-interval']
  ])('%s', async (_name, text, code) => {
    const m = await measureTraces([memoryFile('gpu.csv', text)], {});
    const err = m.diagnostics.find((d) => d.code === code);
    expect(err?.severity).toBe('error');
    expect(err?.file).toBe('gpu.csv');
    expect(m.summary.itEnergyKWh).toBe(0);
  });

  test('an unknown format says what it read and what it expects', async () => {
    const m = await measureTraces([memoryFile('x.txt', 'hello world\n')], {});
    expect(m.diagnostics[0].message).toContain('first line: "hello world"');
    expect(m.diagnostics[0].line).toBe(1);
  });

  test('no files is an error', async () => {
    expect(codes((await measureTraces([], {})).diagnostics)).toEqual(['traces/no-files']);
  });

  test('a read error mid-file keeps the samples before it', async () => {
    const log = new TextEncoder().encode(smiLog(0, 10, 1, 100));
    const failing: TraceFile = {
      path: 'gpu.csv',
      async *open() {
        yield log;
        throw new Error('EIO: i/o error, read');
      }
    };
    const m = await measureTraces([failing], {});
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(1000, 9);
    expect(m.diagnostics.find((d) => d.code === 'traces/read-failed')?.message).toContain('EIO');
  });

  test("a reader's own diagnostic on opening is reported as it is, and the other files are measured", async () => {
    const refused: TraceFile = {
      path: 'logs/link.csv',
      // eslint-disable-next-line require-yield -- fails before its first chunk, as a refused open does
      async *open() {
        throw new TraceAccessError('io/outside-root', 'The trace file lies outside the folder.', 'logs/link.csv');
      }
    };
    const m = await measureTraces([refused, memoryFile('gpu.csv', smiLog(0, 10, 1, 100))], {});
    expect(m.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'io/outside-root',
        message: 'The trace file lies outside the folder.',
        file: 'logs/link.csv'
      }
    ]);
    // gpu.csv: 100 W for 10 s.
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(1000, 9);
  });

  test("a reader's own diagnostic midway is reported as it is, after the samples before it", async () => {
    const log = new TextEncoder().encode(smiLog(0, 10, 1, 100));
    const failing: TraceFile = {
      path: 'gpu.csv',
      async *open() {
        yield log;
        throw new TraceAccessError('io/unreadable', 'Cannot read the trace file: EIO.', 'gpu.csv');
      }
    };
    const m = await measureTraces([failing], {});
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(1000, 9);
    expect(m.diagnostics).toEqual([
      { severity: 'error', code: 'io/unreadable', message: 'Cannot read the trace file: EIO.', file: 'gpu.csv' }
    ]);
  });

  test.each<[string, object, string]>([
    ['a negative maxGapS', { maxGapS: -1 }, 'maxGapS must be a positive number of seconds; got -1.'],
    ['minCoverage above 1', { minCoverage: 2 }, 'minCoverage must be a fraction from 0 to 1; got 2.'],
    ['a zero maxPowerW', { maxPowerW: 0 }, 'maxPowerW must be a positive number of watts; got 0.'],
    [
      'a maxGapS over 366 days',
      { maxGapS: 366 * 86400 + 1 },
      'maxGapS must be at most 31622400 s (366 days); got 31622401.'
    ],
    ['an unknown format', { format: 'nvidia-smi' }, 'Unknown trace format "nvidia-smi": expected one of']
  ])('%s is an error before any file is read', async (_name, options, message) => {
    const m = await measureTraces([memoryFile('gpu.csv', smiLog(0, 10, 1, 100))], options);
    expect(m.diagnostics[0].severity).toBe('error');
    expect(m.diagnostics[0].message).toContain(message);
    expect(m.summary.samples).toBe(0);
  });

  test('an unknown format id suggests the closest', async () => {
    const m = await measureTraces([memoryFile('gpu.csv', smiLog(0, 10, 1, 100))], { format: 'nvidia-smi-cvs' });
    expect(m.diagnostics[0].message).toContain('Did you mean "nvidia-smi-csv"');
  });
});

describe('coverage', () => {
  // 1 s samples for 0-100 s, nothing until 200 s, then 200-300 s: the 100 s gap is not bridged.
  const gappy = smiLog(0, 100, 1, 100) + smiLog(200, 300, 1, 100).split('\n').slice(1).join('\n');

  test('a gap lowers coverage and warns below 90%', async () => {
    const m = await measureTraces([memoryFile('gpu.csv', gappy)], {});
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(100 * 200, 9);
    expect(m.summary.measuredTimeS).toBeCloseTo(200, 9);
    expect(m.summary.wallTimeS).toBeCloseTo(300, 9);
    expect(m.summary.coverage).toBeCloseTo(200 / 300, 12);
    // The training ended at its last sample, 300 s after 10:00 on 27 November 2026 (UTC).
    expect(m.summary.lastSampleAt).toBe('2026-11-27T10:05:00.000Z');
    expect(codes(m.diagnostics)).toEqual(['traces/gap', 'traces/low-coverage']);
    // header on line 1, samples 0-100 s on lines 2-102: the first after the gap is on line 103
    expect(m.diagnostics[0].message).toContain('1.67 min before line 103');
    expect(m.summary.notes.join('\n')).toContain('Power gaps longer than 5 x the device');
  });

  test('minCoverage sets the warning level', async () => {
    const m = await measureTraces([memoryFile('gpu.csv', gappy)], { minCoverage: 0.5 });
    expect(codes(m.diagnostics)).toEqual(['traces/gap']);
  });

  test('a declared duration is the wall time', async () => {
    // 100 s measured of a declared 400 s run
    const m = await measureTraces([memoryFile('gpu.csv', smiLog(0, 100, 1, 100))], { wallTimeS: 400 });
    expect(m.summary.wallTimeS).toBe(400);
    expect(m.summary.coverage).toBeCloseTo(0.25, 12);
    expect(m.diagnostics.find((d) => d.code === 'traces/low-coverage')?.message).toContain('the declared duration');
  });

  test('traces longer than the declared duration: all counted, coverage capped', async () => {
    const m = await measureTraces([memoryFile('gpu.csv', smiLog(0, 100, 1, 100))], { wallTimeS: 50 });
    expect(m.summary.coverage).toBe(1);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(10000, 9);
    expect(codes(m.diagnostics)).toEqual(['traces/longer-than-declared']);
  });

  test('maxGapS bridges a gap the default would not', async () => {
    const m = await measureTraces([memoryFile('gpu.csv', gappy)], { maxGapS: 120 });
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(100 * 300, 9);
    expect(m.summary.coverage).toBe(1);
    // 120 s is 2 minutes (durations from 60 s on are given in minutes)
    expect(m.summary.notes.join('\n')).toContain('longer than 2 min (the configured maximum)');
  });
});

describe('hours and notes', () => {
  test('energy by hour across files, cut at the boundary', async () => {
    // node 1: 100 W from 10:59:50 to 11:00:10; node 2: 50 W from 11:00:00 to 11:00:20
    const a = smiLog(-10, 10, 1, 100);
    const b = smiLog(0, 20, 1, 50, 1);
    const m = await measureTraces([memoryFile('a.csv', a), memoryFile('b.csv', b)], {});
    // smiLog's 0 s is 10:00:00 UTC: a spans 09:59:50-10:00:10, b 10:00:00-10:00:20
    expect(m.hourly.energyByHourKWh.get(utc(2026, 11, 27, 9))! * J_PER_KWH).toBeCloseTo(100 * 10, 9);
    expect(m.hourly.energyByHourKWh.get(utc(2026, 11, 27, 10))! * J_PER_KWH).toBeCloseTo(100 * 10 + 50 * 20, 9);
    expect([...m.hourly.energyByHourKWh.values()].reduce((x, y) => x + y, 0)).toBeCloseTo(m.summary.itEnergyKWh, 15);
  });

  test('the notes state every rule applied', async () => {
    const m = await measureTraces([memoryFile('gpu.csv', smiLog(0, 10, 1, 100))], {});
    const text = m.summary.notes.join('\n');
    for (const phrase of [
      'power by the trapezoid rule over time-sorted samples',
      "Power gaps longer than 5 x the device's median sampling interval over its first 1000 intervals, at most 6 h (5 s) are not bridged: there were none.",
      'Coverage 100%: 10 s during which at least one device was measured, of a wall time of 10 s (first to last sample over all devices).',
      'No sample was dropped.',
      'Power above 2000 W per GPU, CPU or memory device, or 20000 W per whole-machine log, is implausible and dropped',
      'Energy is split into UTC clock hours',
      'gpu.csv: integrated power.draw per index; timestamps without a zone read in UTC.'
    ]) {
      expect(text).toContain(phrase);
    }
  });
});

/**
 * Notes and warnings quote durations, energies and shares through the one formatter
 * (src/core/format.ts): durations in s below 60 s, min below 1 h, h below 240 h; energy in Wh
 * below 1 kWh; percentages cut to one decimal, not rounded. The expected text is written from
 * those rules.
 */
describe('notes and warnings use the shared formatter', () => {
  // 1 s samples for 0-100 s, nothing until 200 s, then 200-300 s: 200 s measured of 300 s.
  const gappy = smiLog(0, 100, 1, 100) + smiLog(200, 300, 1, 100).split('\n').slice(1).join('\n');
  const message = (m: { diagnostics: { code: string; message: string }[] }, code: string): string | undefined =>
    m.diagnostics.find((d) => d.code === code)?.message;

  test('low coverage: 200 s of 300 s is 66.6% (cut), 3.33 min of 5 min', async () => {
    const m = await measureTraces([memoryFile('gpu.csv', gappy)], {});
    expect(message(m, 'traces/low-coverage')).toBe(
      "The traces cover 66.6% of the run's wall time (3.33 min of 5 min), below 90%: the measured energy leaves out the unmeasured time."
    );
    const text = m.summary.notes.join('\n');
    // the one 100 s gap is 1.67 min; the threshold is 5 x the 1 s median interval
    expect(text).toContain('at most 6 h (5 s) are not bridged: 1 gap, 1.67 min of device time, count as unmeasured.');
    expect(text).toContain(
      'Coverage 66.6%: 3.33 min during which at least one device was measured, of a wall time of 5 min (first to last sample over all devices).'
    );
  });

  test('a declared duration: 100 s of 400 s', async () => {
    const m = await measureTraces([memoryFile('gpu.csv', smiLog(0, 100, 1, 100))], { wallTimeS: 400 });
    expect(message(m, 'traces/low-coverage')).toBe(
      "The traces cover 25% of the run's wall time (1.67 min of 6.67 min, the declared duration), below 90%: the measured energy leaves out the unmeasured time."
    );
  });

  test('longer than declared: 100 s measured, 50 s declared', async () => {
    const m = await measureTraces([memoryFile('gpu.csv', smiLog(0, 100, 1, 100))], { wallTimeS: 50 });
    expect(message(m, 'traces/longer-than-declared')).toBe(
      'The traces measure 1.67 min, more than the declared duration of 50 s; all of it is counted and coverage is capped at 100%.'
    );
  });

  test('a minimum coverage that is not a whole percentage is quoted exactly', async () => {
    const m = await measureTraces([memoryFile('gpu.csv', gappy)], { minCoverage: 0.855 });
    expect(message(m, 'traces/low-coverage')).toContain('below 85.5%');
  });

  test('energy from logs with a PUE and from logs without wall-clock times, in Wh and kWh', async () => {
    // CodeCarbon with PUE 1.2: 0.1 kWh; nvidia-smi at 1000 W for an hour: 1 kWh; of 1.1 kWh.
    const codecarbon =
      'timestamp,project_name,run_id,duration,cpu_energy,gpu_energy,ram_energy,energy_consumed,pue\n2026-11-27T10:00:00,p,a,3600,0.05,0.05,0,0.1,1.2\n';
    const m = await measureTraces(
      [memoryFile('emissions.csv', codecarbon), memoryFile('gpu.csv', smiLog(0, 3600, 10, 1000))],
      {}
    );
    expect(message(m, 'traces/mixed-pue')).toBe(
      '100 Wh of the 1.1 kWh measured comes from logs whose energy already includes a PUE, and the rest does not: apply a PUE only to the rest.'
    );
    expect(m.summary.notes).toContain(
      '100 Wh comes from logs whose energy already includes a PUE; it must not be multiplied by a PUE again.'
    );

    // Elapsed seconds: 1000 W from 0 to 3600 s is 1 kWh, over 1 h of relative time.
    const untimed = await measureTraces([memoryFile('elapsed.csv', 't,power_w\n0,1000\n3600,1000\n')], {});
    expect(untimed.summary.notes).toContain(
      '1 kWh comes from logs without wall-clock times: counted, but not placed in hours.'
    );
    expect(untimed.summary.notes).toContain(
      'Coverage 100%: 1 h during which at least one device was measured, of a wall time of 1 h (first to last sample, in relative time).'
    );
    // Relative times say nothing about when the training ended.
    expect(untimed.summary.lastSampleAt).toBeUndefined();
  });
});
