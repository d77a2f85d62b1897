/**
 * The integrator on its own: every rule with samples written out and the expected energy
 * computed by hand in the test (trapezoid areas in joules; 1 kWh = 3.6e6 J).
 */
import { fileDiagnostics } from '../../../src/core/traces/file-findings.js';
import { Integrator, unionLength, type IntegrationResult } from '../../../src/core/traces/integrator.js';
import type { Component, TraceFormat } from '../../../src/core/traces/types.js';
import { utc } from './helpers.js';

type Call =
  | ['p', string, number, number] // device, time s, power W
  | ['c', string, number, number, number?] // device, time s, energy J, wrap J
  | ['i', string, number, number, number] // device, start s, end s, kWh
  | ['u', string]; // untimed device

const stub = (component: Component = 'gpu', pueIncluded = false): TraceFormat => ({
  id: 'stub',
  component,
  pueIncluded,
  detect: () => false,
  parse: async () => undefined
});

function run(
  calls: Call[],
  options: { maxGapS?: number; maxPowerW?: number; component?: Component } = {}
): IntegrationResult {
  const integ = new Integrator(options);
  integ.beginFile('f.log', stub(options.component));
  calls.forEach((c, i) => {
    const line = i + 2;
    if (c[0] === 'p') integ.power(c[1], c[2] * 1000, c[3], line);
    else if (c[0] === 'c') integ.counter(c[1], c[2] * 1000, c[3], line, c[4]);
    else if (c[0] === 'i') integ.interval(c[1], c[2] * 1000, c[3] * 1000, c[4], line);
    else integ.untimed(c[1], 'test');
  });
  integ.endFile();
  return integ.finish();
}

const series = (device: string, fromS: number, toS: number, stepS: number, powerW: number): Call[] => {
  const out: Call[] = [];
  for (let t = fromS; t <= toS + 1e-9; t += stepS) out.push(['p', device, t, powerW]);
  return out;
};

describe('power: trapezoid per device', () => {
  test.each<[string, Call[], number]>([
    // 0.5*(100+200)*1 + 0.5*(200+400)*2 = 150 + 600
    [
      'uneven intervals',
      [
        ['p', 'a', 0, 100],
        ['p', 'a', 1, 200],
        ['p', 'a', 3, 400]
      ],
      150 + 600
    ],
    // two devices interleaved, each its own trapezoid: a = 0.5*(100+300)*2, b = 0.5*(50+50)*2
    [
      'two devices interleaved',
      [
        ['p', 'a', 0, 100],
        ['p', 'b', 0.2, 50],
        ['p', 'a', 2, 300],
        ['p', 'b', 2.2, 50]
      ],
      400 + 100
    ],
    // a single sample has no interval
    ['one sample', [['p', 'a', 0, 100]], 0],
    // millisecond timing: 0.5*(10+20)*0.001
    [
      '1 ms apart',
      [
        ['p', 'a', 0, 10],
        ['p', 'a', 0.001, 20]
      ],
      0.015
    ]
  ])('%s', (_name, calls, expectedJ) => {
    const r = run(calls);
    expect(r.energyJ).toBeCloseTo(expectedJ, 9);
    expect(r.componentsJ.gpu).toBeCloseTo(expectedJ, 9);
  });

  test('drops duplicate and out-of-order times per device, with their lines', () => {
    const r = run([
      ['p', 'a', 0, 100], // line 2
      ['p', 'a', 1, 200], // line 3
      ['p', 'a', 1, 999], // line 4: duplicate
      ['p', 'a', 0.5, 999], // line 5: out of order
      ['p', 'b', 0.5, 10], // line 6: another device may be earlier
      ['p', 'a', 2, 300], // line 7
      ['p', 'b', 1.5, 10] // line 8
    ]);
    // a: 0.5*(100+200)*1 + 0.5*(200+300)*1 = 400; b: 10 W * 1 s = 10
    expect(r.energyJ).toBeCloseTo(410, 9);
    const a = r.files[0];
    expect(a.drops.get('duplicate-time')?.lines).toEqual([4]);
    expect(a.drops.get('out-of-order')?.lines).toEqual([5]);
    expect(r.dropped).toBe(2);
    expect(r.samples).toBe(5);
  });

  test.each<[string, number, string]>([
    ['negative', -5, 'negative'],
    ['NaN', NaN, 'non-numeric'],
    ['above 2000 W for a GPU', 2500, 'implausible']
  ])('drops a %s sample', (_name, bad, reason) => {
    const r = run([
      ['p', 'a', 0, 100],
      ['p', 'a', 1, bad],
      ['p', 'a', 2, 100]
    ]);
    // the bad sample is skipped: 100 W from 0 to 2 s
    expect(r.energyJ).toBeCloseTo(200, 9);
    expect(r.files[0].drops.get(reason as never)?.lines).toEqual([3]);
  });

  test('a time outside the range of dates is unreadable, not a crash', () => {
    const integ = new Integrator();
    integ.beginFile('f', stub());
    integ.power('a', 0, 100, 2);
    integ.power('a', 1e21, 100, 3);
    integ.power('a', 1000, 100, 4);
    integ.endFile();
    const r = integ.finish();
    expect(r.energyJ).toBeCloseTo(100, 9);
    expect(r.files[0].drops.get('bad-timestamp')?.lines).toEqual([3]);
  });

  test('the plausible maximum follows the component and the option', () => {
    // A whole machine (component other) may draw 5 kW: 5000 W * 2 s.
    expect(
      run(
        [
          ['p', 'n', 0, 5000],
          ['p', 'n', 2, 5000]
        ],
        { component: 'other' }
      ).energyJ
    ).toBeCloseTo(10000, 9);
    // The same log as a GPU is implausible.
    expect(
      run(
        [
          ['p', 'n', 0, 5000],
          ['p', 'n', 2, 5000]
        ],
        { component: 'gpu' }
      ).dropped
    ).toBe(2);
    // A configured maximum of 300 W drops 400 W samples.
    expect(
      run(
        [
          ['p', 'a', 0, 400],
          ['p', 'a', 1, 200],
          ['p', 'a', 2, 200]
        ],
        { maxPowerW: 300 }
      ).energyJ
    ).toBeCloseTo(200, 9);
  });
});

describe('gaps and coverage', () => {
  test('a gap longer than 5 x the median interval is not bridged', () => {
    // 1 s samples from 0 to 10 s, then nothing until 30 s, then 31 and 32 s; constant 100 W.
    const r = run([...series('a', 0, 10, 1, 100), ...series('a', 30, 32, 1, 100)]);
    // Median interval 1 s → threshold 5 s; the 20 s gap is left out: 100 W * (10 s + 2 s).
    expect(r.energyJ).toBeCloseTo(100 * 12, 9);
    expect(r.gapThresholdsS).toEqual([5]);
    expect(r.measuredS).toBeCloseTo(12, 9);
    expect(r.spanS).toBeCloseTo(32, 9);
    expect(r.files[0].gaps.count).toBe(1);
    expect(r.files[0].gaps.totalMs).toBe(20_000);
    // the gap is reported at the line of the first sample after it (11 samples before it, from line 2)
    expect(r.files[0].gaps.examples[0].line).toBe(13);
    expect(fileDiagnostics(r.files[0]).map((d) => d.code)).toContain('traces/gap');
  });

  test('an interval of exactly the threshold is bridged ("longer than")', () => {
    // Intervals 1, 1, 1, 5 s: median 1 s, threshold 5 s; 100 W over 8 s.
    const r = run([
      ['p', 'a', 0, 100],
      ['p', 'a', 1, 100],
      ['p', 'a', 2, 100],
      ['p', 'a', 3, 100],
      ['p', 'a', 8, 100]
    ]);
    expect(r.energyJ).toBeCloseTo(800, 9);
    expect(r.files[0].gaps.count).toBe(0);
  });

  test('the default threshold is at most 6 hours', () => {
    // Two samples a day apart: 5 x the median (1 day) would bridge them; the cap does not.
    const r = run([
      ['p', 'a', 0, 100],
      ['p', 'a', 86400, 100]
    ]);
    expect(r.gapThresholdsS).toEqual([6 * 3600]);
    expect(r.energyJ).toBe(0);
    expect(r.files[0].gaps.count).toBe(1);
  });

  test('maxGapS replaces the default threshold', () => {
    const calls = [...series('a', 0, 10, 1, 100), ...series('a', 30, 32, 1, 100)];
    expect(run(calls, { maxGapS: 30 }).energyJ).toBeCloseTo(100 * 32, 9);
    // 0.5 s threshold: every 1 s interval is a gap, nothing is measured.
    expect(run(calls, { maxGapS: 0.5 }).energyJ).toBe(0);
  });

  test('the default threshold comes from the first 1000 intervals', () => {
    // 1001 samples 1 s apart (1000 intervals), then samples every 10 s: threshold 5 s, so the
    // later 10 s intervals are gaps. Energy: 100 W * 1000 s.
    const calls = [...series('a', 0, 1000, 1, 100), ...series('a', 1010, 1100, 10, 100)];
    const r = run(calls);
    expect(r.gapThresholdsS).toEqual([5]);
    expect(r.energyJ).toBeCloseTo(100 * 1000, 6);
    expect(r.files[0].gaps.count).toBe(10);
  });

  test('measured time is the union over devices', () => {
    // a: 0-10 s; b: 5-20 s → union 0-20 s, wall 20 s.
    const r = run([...series('a', 0, 10, 1, 10), ...series('b', 5, 20, 1, 10)]);
    expect(r.measuredS).toBeCloseTo(20, 9);
    expect(r.spanS).toBeCloseTo(20, 9);
    // a disjoint device widens the wall but not the union: c at 100-110 s
    const r2 = run([...series('a', 0, 10, 1, 10), ...series('c', 100, 110, 1, 10)]);
    expect(r2.measuredS).toBeCloseTo(20, 9);
    expect(r2.spanS).toBeCloseTo(110, 9);
  });

  test('unionLength merges overlapping and touching segments', () => {
    expect(unionLength([0, 10, 5, 20, 30, 40, 40, 45])).toBe(35);
    expect(unionLength([])).toBe(0);
  });
});

describe('counters', () => {
  test.each<[string, Call[], number, { resets?: number; wraps?: number; dropped?: number }]>([
    // increases 100 + 200, reset (new reading 50 is the energy since), then 100
    [
      'reset',
      [
        ['c', 'a', 0, 1000],
        ['c', 'a', 1, 1100],
        ['c', 'a', 2, 1300],
        ['c', 'a', 3, 50],
        ['c', 'a', 4, 150]
      ],
      100 + 200 + 50 + 100,
      { resets: 1 }
    ],
    // modulus 10,000 J: 9950 → 30 is 30 - 9950 + 10000 = 80
    [
      'wrap',
      [
        ['c', 'a', 0, 9900, 10000],
        ['c', 'a', 1, 9950, 10000],
        ['c', 'a', 2, 30, 10000],
        ['c', 'a', 3, 130, 10000]
      ],
      50 + 80 + 100,
      { wraps: 1 }
    ],
    // modulus 1000 J: at the plausible 2000 W it can wrap every 0.5 s, so 1 s readings cannot tell
    // how often it did: not bridged
    [
      'read slower than it can wrap',
      [
        ['c', 'a', 0, 900, 1000],
        ['c', 'a', 1, 950, 1000],
        ['c', 'a', 2, 30, 1000]
      ],
      0,
      {}
    ],
    // 99,900 J in 1 s is 99.9 kW: dropped, the counter rebased on it
    [
      'implausible jump',
      [
        ['c', 'a', 0, 0],
        ['c', 'a', 1, 100],
        ['c', 'a', 2, 100000],
        ['c', 'a', 3, 100200]
      ],
      100 + 200,
      { dropped: 1 }
    ],
    // a counter integrates in hardware: a 1000 s gap loses nothing (100 W average)
    [
      'long gap bridged',
      [
        ['c', 'a', 0, 0],
        ['c', 'a', 1, 100],
        ['c', 'a', 1001, 100100]
      ],
      100100,
      {}
    ]
  ])('%s', (_name, calls, expectedJ, counts) => {
    const r = run(calls);
    expect(r.energyJ).toBeCloseTo(expectedJ, 9);
    expect(r.files[0].resets.count).toBe(counts.resets ?? 0);
    expect(r.files[0].wraps.count).toBe(counts.wraps ?? 0);
    expect(r.dropped).toBe(counts.dropped ?? 0);
  });

  test('a counter interval over 366 days is not bridged', () => {
    const r = run([
      ['c', 'a', 0, 0],
      ['c', 'a', 367 * 86400, 1000],
      ['c', 'a', 367 * 86400 + 1, 1100]
    ]);
    expect(r.energyJ).toBeCloseTo(100, 9);
    expect(r.files[0].gaps.count).toBe(1);
  });

  test('a counter across a gap counts as measured time', () => {
    const r = run([
      ['c', 'a', 0, 0],
      ['c', 'a', 1, 100],
      ['c', 'a', 1001, 100100]
    ]);
    expect(r.measuredS).toBeCloseTo(1001, 9);
  });

  test('a device fed both power and counter samples keeps the first kind', () => {
    const r = run([
      ['p', 'a', 0, 100],
      ['c', 'a', 1, 5],
      ['p', 'a', 1, 100]
    ]);
    expect(r.energyJ).toBeCloseTo(100, 9);
    expect(r.files[0].drops.get('malformed-row')?.count).toBe(1);
  });
});

describe('logger intervals', () => {
  test('adds energy as logged, per hour, and drops overlaps', () => {
    const r = run([
      ['i', 'run', 0, 3600, 0.5],
      ['i', 'run', 3600, 7200, 0.25],
      ['i', 'run', 7000, 7300, 0.01] // overlaps the previous one
    ]);
    expect(r.energyJ).toBeCloseTo((0.5 + 0.25) * 3.6e6, 6);
    expect([...r.hoursJ.values()]).toEqual([0.5 * 3.6e6, 0.25 * 3.6e6]);
    expect(r.files[0].drops.get('out-of-order')?.count).toBe(1);
  });
});

describe('hours', () => {
  test('a trapezoid across an hour boundary is cut there with the power interpolated', () => {
    // 00:59 at 100 W to 01:01 at 300 W; at 01:00 the line is at 200 W.
    const r = run([
      ['p', 'a', utc(2026, 11, 27, 0, 59) / 1000, 100],
      ['p', 'a', utc(2026, 11, 27, 1, 1) / 1000, 300]
    ]);
    expect(r.energyJ).toBeCloseTo(0.5 * (100 + 300) * 120, 9);
    expect(r.hoursJ.get(utc(2026, 11, 27, 0))).toBeCloseTo(0.5 * (100 + 200) * 60, 9);
    expect(r.hoursJ.get(utc(2026, 11, 27, 1))).toBeCloseTo(0.5 * (200 + 300) * 60, 9);
  });

  test('an interval over several hours is cut at each boundary', () => {
    // 00:30 at 0 W to 03:30 at 300 W (bridged with a large maxGapS): the line is at 50, 150 and
    // 250 W at 01:00, 02:00 and 03:00.
    const r = run(
      [
        ['p', 'a', utc(2026, 1, 1, 0, 30) / 1000, 0],
        ['p', 'a', utc(2026, 1, 1, 3, 30) / 1000, 300]
      ],
      { maxGapS: 86400 }
    );
    expect(r.energyJ).toBeCloseTo(0.5 * 300 * 10800, 6);
    expect([...r.hoursJ.entries()]).toEqual([
      [utc(2026, 1, 1, 0), 0.5 * (0 + 50) * 1800],
      [utc(2026, 1, 1, 1), 0.5 * (50 + 150) * 3600],
      [utc(2026, 1, 1, 2), 0.5 * (150 + 250) * 3600],
      [utc(2026, 1, 1, 3), 0.5 * (250 + 300) * 1800]
    ]);
  });

  test('hours sum to the energy; samples on a boundary stay in their hour', () => {
    const h0 = utc(2026, 3, 1, 10) / 1000;
    // 10:00:00, 10:30:00, 11:00:00 (on the boundary), 11:30:00 at 100 W, maxGapS covers 30 min
    const r = run(
      [
        ['p', 'a', h0, 100],
        ['p', 'a', h0 + 1800, 100],
        ['p', 'a', h0 + 3600, 100],
        ['p', 'a', h0 + 5400, 100]
      ],
      { maxGapS: 3600 }
    );
    expect(r.hoursJ.get(utc(2026, 3, 1, 10))).toBeCloseTo(100 * 3600, 6);
    expect(r.hoursJ.get(utc(2026, 3, 1, 11))).toBeCloseTo(100 * 1800, 6);
  });

  test('untimed devices count but are not placed in hours', () => {
    const r = run([
      ['u', 'rel'],
      ['p', 'rel', 0, 100],
      ['p', 'rel', 1, 100],
      ['p', 'rel', 2, 100]
    ]);
    expect(r.energyJ).toBeCloseTo(200, 9);
    expect(r.untimedJ).toBeCloseTo(200, 9);
    expect(r.hoursJ.size).toBe(0);
    expect(r.relativeOnly).toBe(true);
    expect(r.spanS).toBeCloseTo(2, 9);
  });
});

describe('PUE-included energy', () => {
  test('energy from a format that includes its PUE is accounted apart', () => {
    const integ = new Integrator();
    integ.beginFile('emissions.csv', stub('other', true));
    integ.interval('run', 0, 3_600_000, 0.5, 2);
    integ.endFile();
    integ.beginFile('gpu.csv', stub('gpu'));
    integ.power('g', 0, 100, 2);
    integ.power('g', 1000, 100, 3);
    integ.endFile();
    const r = integ.finish();
    // 0.5 kWh from the logger that applied its PUE, 100 J measured at the plug of the GPU
    expect(r.pueIncludedJ).toBeCloseTo(0.5 * 3.6e6, 6);
    expect(r.energyJ).toBeCloseTo(0.5 * 3.6e6 + 100, 6);
  });
});

describe('file diagnostics', () => {
  test('a file without usable samples is an error, never a silent zero', () => {
    const integ = new Integrator();
    const a = integ.beginFile('empty.csv', stub());
    integ.drop('unavailable', 2, '[N/A]');
    integ.endFile();
    integ.finish();
    const ds = fileDiagnostics(a);
    expect(ds.map((d) => [d.severity, d.code])).toEqual([
      ['notice', 'traces/dropped-unavailable'],
      ['error', 'traces/no-samples']
    ]);
  });

  test('single samples per device are an error too', () => {
    const r = run([
      ['p', 'a', 0, 100],
      ['p', 'b', 0, 100]
    ]);
    expect(fileDiagnostics(r.files[0]).map((d) => d.code)).toContain('traces/no-interval');
  });

  test('a million drops are one diagnostic with the first lines and a count', () => {
    const integ = new Integrator();
    const a = integ.beginFile('bad.csv', stub());
    for (let line = 2; line < 1_000_002; line++) integ.drop('non-numeric', line, `x${line}`);
    integ.power('d', 0, 1, 1_000_002);
    integ.power('d', 1000, 1, 1_000_003);
    integ.endFile();
    integ.finish();
    const ds = fileDiagnostics(a).filter((d) => d.code === 'traces/dropped-non-numeric');
    expect(ds).toHaveLength(1);
    expect(ds[0].line).toBe(2);
    expect(ds[0].message).toBe(
      'Dropped 1000000 samples with non-numeric values at lines 2, 3, 4, 5, 6 and 999995 more (first: x2).'
    );
  });
});
