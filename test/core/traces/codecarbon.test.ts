import { readFileSync } from 'node:fs';
import { format } from '../../../src/core/traces/formats/codecarbon.js';
import type { DropReason, SampleSink } from '../../../src/core/traces/types.js';
import { measureTraces, type TraceFile } from '../../../src/core/traces/index.js';
import { chunksOf, fixtureChunks, fixturePath, recordingSink, type RecordingSink, zoneOf } from './helpers.js';

const path = (name: string): string => fixturePath(`codecarbon/${name}`);

/** Streams a fixture in small chunks so that records straddle chunk boundaries. */
const fixture = (name: string): AsyncIterable<Uint8Array> => fixtureChunks(`codecarbon/${name}`, 37);

async function parseFixture(name: string, timezone?: string): Promise<RecordingSink> {
  const sink = recordingSink();
  await format.parse(fixture(name), sink, { file: name, devicePrefix: 'node1/', zone: zoneOf(timezone) });
  return sink;
}

/** [run id, row timestamp (zone-less, read as UTC), duration s, line, {component: kWh}, GPUs (default 1)] */
type Run = [string, string, number, number, Partial<Record<'cpu' | 'gpu' | 'memory' | 'other', number>>, number?];

const cases: { file: string; runs: Run[]; drops: [DropReason, number][]; pue: string; superseded?: number }[] = [
  {
    file: 'codecarbon-test-data__emissions_valid_headers.csv',
    runs: [
      [
        '0a578547-1d6b-4e2f-be0c-7ad10f2f7c97',
        '2021-09-23T15:04:51',
        161.20380687713623,
        2,
        { cpu: 0.0, gpu: 0, memory: 0.00057442898176 }
      ]
    ],
    drops: [],
    pue: 'PUE 1.0'
  },
  {
    // 11 columns, no id at all: the row is its own run.
    file: 'codecarbon-test-data__emissions_invalid_headers.csv',
    runs: [['row-2', '2021-06-29T11:00:38', 210.39603400230408, 2, { other: 0.001308618772068 }]],
    drops: [],
    pue: 'no "pue" column'
  },
  {
    file: 'v1.0-emissions.csv',
    runs: [
      ['0b6f2a4e-5a7b-4c31-9b0e-2f1d7c3e8a10', '2021-03-02T10:15:00', 1843.2, 2, { other: 0.2207 }],
      ['9c2d4b7a-1e3f-4a5b-8c6d-7e8f9a0b1c2d', '2021-03-02T14:40:12', 7200.5, 3, { other: 0.9134 }],
      ['41f0e2d3-c4b5-4a69-8788-9a0b1c2d3e4f', '2021-03-03T08:00:00', 3600.0, 4, { other: 1.25 }]
    ],
    drops: [],
    pue: 'no "pue" column'
  },
  {
    // Run A's rows at 900 s and 1800 s are flush snapshots of the same totals: only the 2700 s row counts.
    file: 'v2.0-emissions.csv',
    runs: [
      [
        '3f6e1d2c-8a4b-4f0e-9c71-5b2a9e8d7c61',
        '2021-11-10T09:45:00',
        2700.3,
        4,
        { cpu: 0.0316, gpu: 0.2251, memory: 0.009 },
        4
      ],
      [
        'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
        '2021-11-10T13:00:00',
        600.0,
        5,
        { cpu: 0.0071, gpu: 0.0412, memory: 0.002 },
        4
      ]
    ],
    drops: [],
    pue: 'no "pue" column',
    superseded: 2
  },
  {
    // The second row has neither cpu_energy nor a total: GPU and RAM are kept, CPU is reported lost.
    file: 'v2.2-emissions.csv',
    runs: [
      [
        '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
        '2022-07-01T18:20:41',
        5400.0,
        2,
        { cpu: 0.0637, gpu: 0.375, memory: 0.2833 },
        4
      ],
      ['e0d1c2b3-a495-4867-9a8b-7c6d5e4f3a2b', '2022-07-02T09:02:13', 120.4, 3, { gpu: 0.0, memory: 0.0063 }]
    ],
    drops: [['unavailable', 3]],
    pue: 'no "pue" column'
  },
  {
    file: 'v2.3-emissions.csv',
    runs: [
      [
        '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
        '2023-09-14T22:10:00',
        14400.0,
        2,
        { cpu: 0.204, gpu: 4.3128, memory: 0.0893 },
        4
      ],
      [
        '0f1e2d3c-4b5a-4697-8877-665544332211',
        '2023-09-15T03:40:30',
        3600.0,
        3,
        { cpu: 0.051, gpu: 1.0782, memory: 0.0223 },
        4
      ]
    ],
    drops: [],
    pue: 'PUE 1.2'
  },
  {
    // Same (default) experiment_id, different run_id: two runs.
    file: 'v2.7-emissions.csv',
    runs: [
      [
        '11111111-2222-4333-8444-555555555555',
        '2024-10-01T12:00:00',
        1800.0,
        2,
        { cpu: 0.0212, gpu: 0.15, memory: 0.01 },
        4
      ],
      [
        '66666666-7777-4888-9999-aaaaaaaaaaaa',
        '2024-10-01T12:00:05',
        1805.0,
        3,
        { cpu: 0.0213, gpu: 0.1498, memory: 0.0101 },
        4
      ]
    ],
    drops: [],
    pue: 'PUE 1.0'
  },
  {
    // No cpu_energy but a total: the total less GPU and RAM is kept as `other`.
    file: 'v3.1-emissions.csv',
    runs: [
      [
        'abcdefab-cdef-4abc-8def-abcdefabcdef',
        '2025-05-20T08:30:00',
        2400.0,
        2,
        { gpu: 0.2667, memory: 0.0133, other: 0.3433 - 0.2667 - 0.0133 }
      ],
      [
        'fedcbafe-dcba-4fed-8cba-fedcbafedcba',
        '2025-05-20T11:00:00',
        600.0,
        3,
        { cpu: 0.0105, gpu: 0.068, memory: 0.0033 }
      ]
    ],
    drops: [],
    pue: 'PUE 1.0'
  },
  {
    file: 'v3.2-emissions.csv',
    runs: [
      [
        '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
        '2026-01-12T08:00:00',
        10800.4,
        4,
        { cpu: 0.1748, gpu: 3.3311, memory: 0.0903 },
        4
      ],
      [
        '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
        '2026-01-12T08:00:02',
        10801.0,
        6,
        { cpu: 0.1751, gpu: 3.329, memory: 0.0905 },
        4
      ]
    ],
    drops: [['malformed-row', 3]],
    pue: 'PUE 1.1',
    superseded: 1
  }
];

describe('CodeCarbon emissions.csv', () => {
  test.each(cases)('$file', async ({ file, runs, drops, pue, superseded }) => {
    const sink = await parseFixture(file);
    // gpu_energy is the machine's total: with N GPUs each of N devices gets a 1/N share.
    const expected = runs.flatMap(([id, ts, durationS, line, energies, gpus = 1]) =>
      Object.entries(energies).flatMap(([component, energyKWh]) => {
        const shares =
          component === 'gpu' && gpus > 1
            ? Array.from({ length: gpus }, (_, g) => [`gpu${g}`, energyKWh / gpus] as const)
            : [[component, energyKWh] as const];
        return shares.map(([leaf, kWh]) => ({
          device: `node1/${id}/${leaf}`,
          startMs: Date.parse(`${ts}Z`) - durationS * 1000,
          endMs: Date.parse(`${ts}Z`),
          energyKWh: kWh,
          line,
          component
        }));
      })
    );
    const key = (i: { device: string; component?: string }): string => `${i.device} ${i.component}`;
    const got = [...sink.rec.intervals].sort((a, b) => key(a).localeCompare(key(b)));
    expected.sort((a, b) => key(a).localeCompare(key(b)));
    expect(got.map(({ energyKWh: _e, ...rest }) => rest)).toEqual(expected.map(({ energyKWh: _e, ...rest }) => rest));
    got.forEach((g, i) => expect(g.energyKWh).toBeCloseTo(expected[i].energyKWh, 12));

    const totalKWh = sink.rec.intervals.reduce((s, i) => s + i.energyKWh, 0);
    const expectedTotalKWh = runs.reduce((s, [, , , , e]) => s + Object.values(e).reduce((a, b) => a + b, 0), 0);
    expect(totalKWh).toBeCloseTo(expectedTotalKWh, 12);

    expect(sink.rec.drops.map((d) => [d.reason, d.line])).toEqual(drops);
    expect(sink.rec.reports).toEqual([]);
    const pueNotes = sink.rec.notes.filter((n) => n.includes('PUE'));
    expect(pueNotes).toHaveLength(1);
    expect(pueNotes[0]).toContain(pue);
    // Only a CodeCarbon PUE above 1 is a facility overhead already in the energy; at 1.0 (or with
    // no column) the energy is IT energy and the run's PUE is applied once.
    const pueAboveOne = Number(pue.replace('PUE ', '')) > 1;
    expect(sink.rec.pueIncluded).toBe(pueAboveOne);
    expect(pueNotes[0]).toContain(pueAboveOne ? 'no further PUE' : "applies the run's PUE to it once");
    expect(pueNotes[0].startsWith(`${file}: `)).toBe(true);
    const snapshotNote = sink.rec.notes.find((n) => n.includes('snapshots'));
    if (superseded) expect(snapshotNote).toContain(`: ${superseded} CodeCarbon row(s)`);
    else expect(snapshotNote).toBeUndefined();
    expect(sink.rec.power.length + sink.rec.counter.length).toBe(0);
  });

  test('without a note method, choices are reported as notices with the file', async () => {
    const sink = recordingSink();
    const bare: SampleSink = {
      power: () => undefined,
      counter: () => undefined,
      interval: () => undefined,
      drop: () => undefined,
      report: (d) => sink.report(d)
    };
    await format.parse(fixture('v2.3-emissions.csv'), bare, { file: 'v2.3-emissions.csv', devicePrefix: '' });
    expect(sink.rec.reports.map((d) => [d.severity, d.code, d.file, d.line])).toEqual([
      ['notice', 'traces/pue-included', 'v2.3-emissions.csv', 2]
    ]);
  });

  test('the format declares its energy PUE-inclusive', () => {
    expect(format.id).toBe('codecarbon');
    expect(format.pueIncluded).toBe(true);
  });

  test.each([
    ...cases.map((c) => ({ name: c.file, head: readFileSync(path(c.file), 'utf8').slice(0, 300), expected: true })),
    {
      name: 'BOM and quoted header',
      head: '\ufeff"timestamp","project_name","duration","energy_consumed"\n',
      expected: true
    },
    {
      name: 'nvidia-smi',
      head: 'timestamp, index, power.draw [W]\n2024/01/01 00:00:00.000, 0, 70.00 W\n',
      expected: false
    },
    { name: 'generic power csv', head: 'timestamp,device,power_w\n', expected: false }
  ])('detect: $name', ({ head, expected }) => {
    expect(format.detect(head, 'emissions.csv')).toBe(expected);
  });

  test('zone-less timestamps are read in the given timezone', async () => {
    // 10 November is winter time in Berlin (UTC+1): 09:45 local is 08:45 UTC.
    const sink = await parseFixture('v2.0-emissions.csv', 'Europe/Berlin');
    const runA = sink.rec.intervals.find((i) => i.device === 'node1/3f6e1d2c-8a4b-4f0e-9c71-5b2a9e8d7c61/cpu')!;
    expect(runA.endMs).toBe(Date.parse('2021-11-10T08:45:00Z'));
  });

  test('a reused id with a shorter duration is a second run', async () => {
    const text = [
      'timestamp,project_name,experiment_id,duration,energy_consumed',
      '2021-01-01T10:00:00,p,exp,100,0.5',
      '2021-01-01T12:00:00,p,exp,50,0.25',
      '2021-01-01T12:01:40,p,exp,150,0.75'
    ].join('\n');
    const sink = recordingSink();
    await format.parse(chunksOf(text), sink, { file: 'x.csv', devicePrefix: '' });
    expect(sink.rec.intervals.map((i) => [i.device, i.energyKWh, i.line])).toEqual([
      ['exp/other', 0.5, 2],
      ['exp#2/other', 0.75, 4]
    ]);
  });

  test.each([
    {
      name: 'misspelt duration column',
      text: 'timestamp,project_name,run_id,duraton,energy_consumed\n2021-01-01T00:00:00,p,r,1,1\n',
      code: 'traces/missing-column',
      says: ['"duration"', 'Did you mean "duraton"']
    },
    {
      name: 'no energy column',
      text: 'timestamp,project_name,duration\n2021-01-01T00:00:00,p,1\n',
      code: 'traces/missing-column',
      says: ['energy_consumed']
    },
    {
      name: 'rows before any header',
      text: '2021-01-01T00:00:00,p,1,1\n',
      code: 'traces/missing-header',
      says: ['timestamp,project_name']
    }
  ])('error: $name', async ({ text, code, says }) => {
    const sink = recordingSink();
    await format.parse(chunksOf(text), sink, { file: 'bad.csv', devicePrefix: '' });
    const error = sink.rec.reports.find((d) => d.severity === 'error');
    expect(error?.code).toBe(code);
    expect(error?.file).toBe('bad.csv');
    for (const s of says) expect(error?.message).toContain(s);
    expect(sink.rec.intervals).toEqual([]);
  });

  test('every unusable row is dropped with its reason and line', async () => {
    const text =
      'timestamp,project_name,duration,energy_consumed\nyesterday,p,1,1\n2021-01-01T00:00:00,p,x,1\n2021-01-01T00:00:00,p,1,\n2021-01-01T00:00:00,p,1,-2\n2021-01-01T00:00:00,p,1\n';
    const sink = recordingSink();
    await format.parse(chunksOf(text), sink, { file: 'bad.csv', devicePrefix: '' });
    expect(sink.rec.drops.map((d) => [d.reason, d.line])).toEqual([
      ['bad-timestamp', 2],
      ['non-numeric', 3],
      ['unavailable', 4],
      ['negative', 5],
      ['malformed-row', 6]
    ]);
  });

  describe('through measureTraces (detection and the integrator)', () => {
    const file = (name: string): TraceFile => ({ path: name, open: () => fixture(name) });
    const memory = (name: string, text: string): TraceFile => ({ path: name, open: () => chunksOf(text) });

    test('an 8-GPU machine: the GPU total is not mistaken for one implausible GPU', async () => {
      const text =
        'timestamp,project_name,run_id,duration,cpu_energy,gpu_energy,ram_energy,energy_consumed,gpu_count,gpu_model\n2024-01-01T10:00:00,p,r,3600,0.2,3.2,0.05,3.45,8,8 x NVIDIA A100-SXM4-80GB\n';
      const m = await measureTraces([memory('emissions.csv', text)], {});
      expect(m.summary.formats).toEqual(['codecarbon']);
      expect(m.summary.droppedSamples).toBe(0);
      expect(m.summary.itEnergyKWh).toBeCloseTo(0.2 + 3.2 + 0.05, 12);
      expect(m.detail.components.gpuKWh).toBeCloseTo(3.2, 12);
      expect(m.summary.devices).toBe(8 + 1 + 1);
    });

    test('PUE-included energy and the note that says so', async () => {
      const m = await measureTraces([file('v2.3-emissions.csv')], {});
      expect(m.summary.formats).toEqual(['codecarbon']);
      expect(m.summary.pueIncluded).toBe(true);
      const expectedKWh = 0.204 + 4.3128 + 0.0893 + (0.051 + 1.0782 + 0.0223);
      expect(m.summary.itEnergyKWh).toBeCloseTo(expectedKWh, 12);
      expect(m.detail.pueIncludedKWh).toBeCloseTo(expectedKWh, 12);
      expect(m.summary.notes.some((n) => n.includes('includes its PUE 1.2'))).toBe(true);
      expect(m.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });

    test("PUE 1.0 (CodeCarbon's default) and files without a pue column are IT energy", async () => {
      const header = 'timestamp,project_name,run_id,duration,cpu_energy,gpu_energy,ram_energy,energy_consumed';
      const v22 = `${header}\n2024-01-01T10:00:00,p,r,3600,0.2,1.5,0.05,1.75\n`;
      const v23 = `${header},pue\n2024-01-01T10:00:00,p,r,3600,0.2,1.5,0.05,1.75,1.0\n`;
      for (const [name, text] of [
        ['v2.2.csv', v22],
        ['v2.3-pue1.csv', v23]
      ]) {
        const m = await measureTraces([memory(name, text)], {});
        expect([name, m.summary.pueIncluded, m.detail.pueIncludedKWh]).toEqual([name, false, 0]);
        expect(m.summary.itEnergyKWh).toBeCloseTo(0.2 + 1.5 + 0.05, 12);
      }
    });

    test('a file mixing PUE 1.0 and 1.2 runs is taken as PUE-included, and says which runs are at 1.0', async () => {
      const header = 'timestamp,project_name,run_id,duration,cpu_energy,gpu_energy,ram_energy,energy_consumed,pue';
      const text = `${header}\n2024-01-01T10:00:00,p,a,3600,0.1,1,0,1.1,1.2\n2024-01-01T12:00:00,p,b,3600,0.1,2,0,2.1,1.0\n`;
      const m = await measureTraces([memory('mixed.csv', text)], {});
      expect(m.summary.pueIncluded).toBe(true);
      expect(m.detail.pueIncludedKWh).toBeCloseTo(1.1 + 2.1, 12);
      expect(m.summary.notes.some((n) => n.includes('carries PUE 1.0') && n.includes('split the files'))).toBe(true);
    });
  });
});

describe('CodeCarbon rows without a run id', () => {
  /** Parses CSV text and returns [device, kWh, line] per interval, and the notes and drops. */
  async function parseText(text: string): Promise<RecordingSink> {
    const sink = recordingSink();
    await format.parse(chunksOf(text), sink, { file: 'emissions.csv', devicePrefix: '' });
    return sink;
  }
  const intervalsOf = (sink: RecordingSink): [string, number, number][] =>
    sink.rec.intervals.map((i) => [i.device, i.energyKWh, i.line]);

  /** A row timestamp `offsetS` seconds after 2024-05-01T10:00:00 (zone-less, read as UTC). */
  const at = (offsetS: number): string =>
    new Date(Date.parse('2024-05-01T10:00:00Z') + offsetS * 1000).toISOString().slice(0, 19);

  // The 11-column 1.x header, as in CodeCarbon's own test data: no id column at all.
  const V1 =
    'timestamp,project_name,duration,emissions,energy_consumed,country_name,country_iso_code,region,on_cloud,cloud_provider,cloud_region';
  const v1Row = (endS: number, project: string, durationS: number, kWh: number): string =>
    `${at(endS)},${project},${durationS},${kWh * 0.4},${kWh},France,FRA,,N,,`;

  test('1.x (11 columns): the flushes of one tracker run count once, its latest row', async () => {
    // One run started at t=0 and flushed at 600 s and 1200 s, stopped at 1800 s (durations carry
    // sub-second parts while timestamps are whole seconds, so the starts differ by under a second).
    const sink = await parseText(
      [V1, v1Row(600, 'bert', 600.4, 0.1), v1Row(1200, 'bert', 1199.7, 0.2), v1Row(1800, 'bert', 1800.2, 0.31)].join(
        '\n'
      )
    );
    expect(intervalsOf(sink)).toEqual([['row-2/other', 0.31, 4]]);
    const interval = sink.rec.intervals[0];
    expect(interval.startMs).toBe(Date.parse(`${at(1800)}Z`) - 1800.2 * 1000);
    expect(sink.rec.notes.find((n) => n.includes('snapshots'))).toContain(': 2 CodeCarbon row(s)');
    expect(sink.rec.notes.find((n) => n.includes('snapshots'))).toContain('2 of them have no run id');
    expect(sink.rec.drops).toEqual([]);
  });

  test('1.x: separate runs stay separate (another start, a shorter duration, another project, less energy)', async () => {
    const rows = [
      v1Row(600, 'bert', 600, 0.1), // run A, start 0
      v1Row(1200, 'bert', 1200, 0.2), // A again: start 0
      v1Row(4000, 'bert', 600, 0.1), // start 3400: a new run B
      v1Row(1300, 'bert', 100, 0.01), // start 1200 and a shorter duration: run C
      v1Row(1210, 'gpt', 1210, 0.3), // start 0 but another project: run D
      v1Row(1800, 'bert', 1800, 0.15) // start 0, longer, but less energy than A's 0.2: run E
    ];
    const sink = await parseText([V1, ...rows].join('\n'));
    expect(intervalsOf(sink)).toEqual([
      ['row-2/other', 0.2, 3],
      ['row-4/other', 0.1, 4],
      ['row-5/other', 0.01, 5],
      ['row-6/other', 0.3, 6],
      ['row-7/other', 0.15, 7]
    ]);
    const total = sink.rec.intervals.reduce((s, i) => s + i.energyKWh, 0);
    expect(total).toBeCloseTo(0.2 + 0.1 + 0.01 + 0.3 + 0.15, 12);
  });

  test.each([
    { name: '4 s apart: one run', offS: 4, runs: 1 },
    { name: '5 s apart (the tolerance): one run', offS: 5, runs: 1 },
    { name: '6 s apart: two runs', offS: 6, runs: 2 }
  ])('starts $name', async ({ offS, runs }) => {
    // The second row's start (timestamp - duration) is offS later than the first's.
    const sink = await parseText([V1, v1Row(600, 'p', 600, 0.1), v1Row(1200 + offS, 'p', 1200, 0.2)].join('\n'));
    const expectedKWh = runs === 1 ? 0.2 : 0.1 + 0.2;
    expect(sink.rec.intervals).toHaveLength(runs);
    expect(sink.rec.intervals.reduce((s, i) => s + i.energyKWh, 0)).toBeCloseTo(expectedKWh, 12);
  });

  test('two id-less runs of one project flushing in turn are each counted once', async () => {
    // Run A starts at 0, run B at 3600; their flushes interleave in the file.
    const rows = [
      v1Row(600, 'p', 600, 0.1),
      v1Row(4200, 'p', 600, 0.12),
      v1Row(1200, 'p', 1200, 0.2),
      v1Row(4800, 'p', 1200, 0.24),
      v1Row(1800, 'p', 1800, 0.3)
    ];
    const sink = await parseText([V1, ...rows].join('\n'));
    // Each run at its latest row, in the order of those rows.
    expect(intervalsOf(sink)).toEqual([
      ['row-3/other', 0.24, 5],
      ['row-2/other', 0.3, 6]
    ]);
  });

  // CodeCarbon 2.2's 30 columns, with an empty run_id.
  const V22 =
    'timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud';
  const v22Row = (endS: number, durationS: number, cpu: string, gpu: string, ram: string, total: string): string =>
    `${at(endS)},vit,,${durationS},,,,,,${cpu},${gpu},${ram},${total},Germany,DEU,,,,Linux,3.10.12,2.2.1,8,EPYC,1,1 x NVIDIA A100-SXM4-40GB,8.6,50.1,64,machine,N`;

  test('2.x with an empty run_id: flushes count once, by component', async () => {
    const sink = await parseText(
      [
        V22,
        v22Row(900, 900, '0.01', '0.2', '0.003', '0.213'),
        v22Row(1800, 1800, '0.02', '0.41', '0.006', '0.436')
      ].join('\n')
    );
    expect(intervalsOf(sink)).toEqual([
      ['row-2/cpu', 0.02, 3],
      ['row-2/gpu', 0.41, 3],
      ['row-2/memory', 0.006, 3]
    ]);
  });

  test('a component missing from the latest row is counted at its latest known value, with a note', async () => {
    // The last row lost cpu_energy and the total (as in CodeCarbon's own examples/emissions.csv):
    // GPU and RAM come from it, CPU from the row before, the latest that had it.
    const sink = await parseText(
      [
        V22,
        v22Row(900, 900, '0.01', '0.2', '0.003', '0.213'),
        v22Row(1800, 1800, '0.02', '0.41', '0.006', '0.436'),
        v22Row(2700, 2700, '', '0.6', '0.009', '')
      ].join('\n')
    );
    const expected: [string, number, number][] = [
      ['row-2/gpu', 0.6, 4],
      ['row-2/memory', 0.009, 4],
      ['row-2/cpu', 0.02, 4]
    ];
    expect(intervalsOf(sink)).toEqual(expected);
    expect(sink.rec.drops).toEqual([]);
    const note = sink.rec.notes.find((n) => n.includes('earlier row of the same run'));
    expect(note).toContain('1 component value(s)');
    expect(note).toContain('line 4 cpu_energy (0.02 kWh from line 3)');
  });

  test('a run id does the same: a latest row without cpu_energy keeps the earlier CPU value', async () => {
    const row = (endS: number, durationS: number, cpu: string, gpu: string, total: string): string =>
      `${at(endS)},vit,r1,${durationS},,,,,,${cpu},${gpu},0,${total},Germany,DEU,,,,Linux,3.10.12,2.2.1,8,EPYC,1,1 x A100,8.6,50.1,64,machine,N`;
    const sink = await parseText(
      [V22, row(900, 900, '0.01', '0.2', '0.21'), row(1800, 1800, '', '0.4', '')].join('\n')
    );
    const byDevice = Object.fromEntries(sink.rec.intervals.map((i) => [i.device, i.energyKWh]));
    expect(byDevice).toEqual({ 'r1/gpu': 0.4, 'r1/memory': 0, 'r1/cpu': 0.01 });
  });

  test('a latest row with the total recovers the missing component from it, not from an earlier row', async () => {
    const sink = await parseText(
      [V22, v22Row(900, 900, '0.01', '0.2', '0.003', '0.213'), v22Row(1800, 1800, '', '0.41', '0.006', '0.44')].join(
        '\n'
      )
    );
    const byDevice = Object.fromEntries(sink.rec.intervals.map((i) => [i.device, i.energyKWh]));
    expect(Object.keys(byDevice).sort()).toEqual(['row-2/gpu', 'row-2/memory', 'row-2/other']);
    expect(byDevice['row-2/other']).toBeCloseTo(0.44 - 0.41 - 0.006, 12);
    expect(sink.rec.notes.some((n) => n.includes('earlier row of the same run'))).toBe(false);
  });

  test('many id-less rows with one start and shrinking durations are each a run', async () => {
    // Start 0 for all; each row's duration is shorter than the last, so none continues another.
    const n = 300;
    const rows = Array.from({ length: n }, (_, k) => v1Row(1000 - k, 'p', 1000 - k, 0.001));
    const sink = await parseText([V1, ...rows].join('\n'));
    expect(sink.rec.intervals).toHaveLength(n);
    expect(sink.rec.intervals.reduce((s, i) => s + i.energyKWh, 0)).toBeCloseTo(n * 0.001, 12);
  });
});
