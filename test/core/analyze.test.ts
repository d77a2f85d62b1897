import { describe, expect, it } from '@jest/globals';
import { analyze, type MeasureRun } from '../../src/core/analyze.js';
import type { AnalyzeInput, MeasurementSummary, TraceReader } from '../../src/core/model.js';

const LB_KG = 0.45359237;
const STRUBELL_G_PER_KWH = 0.954 * 453.59237;

/** An AnalyzeInput from manifest texts. */
function input(manifests: Record<string, string>, extra: Partial<AnalyzeInput> = {}): AnalyzeInput {
  return {
    manifests: Object.entries(manifests).map(([file, text]) => ({ file, text })),
    toolVersion: '0.1.0',
    ...extra
  };
}

const STRUBELL_BERT = `version: 1
name: strubell-2019-bert-base
runs:
  - name: bert-base-pretraining
    power: 12041.51 W
    duration: 79.2 h
    location: strubell-2019
`;

const FINETUNE = `version: 1
name: sentiment-model
defaults:
  location: strubell-2019
  gpu: { model: A100-SXM4-40GB, count: 8 }
  cpu: { cores: 48 }
  memory: 680 GB
  utilization: 0.8
runs:
  - name: bert-base-finetune
    duration: 6 h
  - name: lr-batch-sweep
    duration: 2 h
    repeats: 24
`;

describe('analyze: the paper, end to end', () => {
  it('BERT-base as Strubell et al. (2019) estimated it: 1,507 kWh-PUE and 1,438 lb', async () => {
    const report = await analyze(input({ 'strubell/carbon-manifest.yml': STRUBELL_BERT }));
    const expectedKWh = (1.58 * 79.2 * 12041.51) / 1000;
    expect(report.inputValid).toBe(true);
    expect(report.diagnostics).toEqual([]);
    expect(report.totals.energyKWh).toBeCloseTo(expectedKWh, 9);
    expect(report.totals.emissionsKg / LB_KG).toBeCloseTo(0.954 * expectedKWh, 6);
    expect(Math.round(report.totals.energyKWh)).toBe(1507); // Table 3
    expect(Math.round(report.totals.emissionsKg / LB_KG)).toBe(1438); // Table 3
    expect(report.runs[0]).toMatchObject({ name: 'bert-base-pretraining', method: 'estimated', pue: 1.58, repeats: 1 });
    expect(report.runs[0].components.otherKWh).toBeCloseTo((79.2 * 12041.51) / 1000, 9);
    expect(report.status).toBe('pass');
    expect(report.budget).toBeNull();
  });
});

describe('analyze: defaults, catalogue, budget', () => {
  // IT power (W) = 8 x 400 (A100 SXM4, NVIDIA datasheet) + 48 x 12 (Green Algorithms per core)
  //              + 680 x 0.3725 (Green Algorithms W/GB) = 4029.3 W, times utilization 0.8.
  const itW = (8 * 400 + 48 * 12 + 680 * 0.3725) * 0.8;
  const finetuneKWh = ((itW * 6) / 1000) * 1.58;
  const sweepKWh = ((itW * 2) / 1000) * 1.58 * 24;
  const totalKWh = finetuneKWh + sweepKWh;
  const totalKg = (totalKWh * STRUBELL_G_PER_KWH) / 1000;

  it('computes each run from the inherited defaults', async () => {
    const report = await analyze(input({ 'carbon-manifest.yml': FINETUNE }));
    expect(report.runs.map((r) => r.name)).toEqual(['bert-base-finetune', 'lr-batch-sweep']);
    expect(report.runs[0].itPowerW).toBeCloseTo(itW, 9);
    expect(report.runs[0].energyKWh).toBeCloseTo(finetuneKWh, 9);
    expect(report.runs[1].energyKWh).toBeCloseTo(sweepKWh, 9);
    expect(report.totals.emissionsKg).toBeCloseTo(totalKg, 9);
    expect(report.runs[0].hardware).toBe('8 x NVIDIA A100-SXM4-40GB, 48 CPU cores, 680 GB DRAM');
  });

  it.each([
    // (3,223.44 W x 6 h + 3,223.44 W x 2 h x 24) / 1000 x 1.58 = 275 kWh, x 432.7 g/kWh = about 119 kg:
    // 140 kg is used 85% (warn), 300 kg 40% (pass), 100 kg 119% (fail), 200 lb (90.7 kg) 131% (fail).
    { budget: 'budget: { emissions: 140 kg }', overrides: undefined, status: 'warn', used: totalKg / 140 },
    { budget: 'budget: { emissions: 300 kg }', overrides: undefined, status: 'pass', used: totalKg / 300 },
    { budget: 'budget: { emissions: 300 kg }', overrides: { budget: '100 kg' }, status: 'fail', used: totalKg / 100 },
    {
      budget: 'budget: { emissions: 300 kg, warn-at: 35% }',
      overrides: undefined,
      status: 'warn',
      used: totalKg / 300
    },
    { budget: 'budget: { energy: 1 MWh }', overrides: undefined, status: 'pass', used: totalKWh / 1000 },
    {
      budget: 'budget: { emissions: 300 kg }',
      overrides: { budget: '200 lb' },
      status: 'fail',
      used: totalKg / (200 * LB_KG)
    }
  ] as const)('$budget with $overrides: $status', async ({ budget, overrides, status, used }) => {
    const report = await analyze(
      input(
        { 'carbon-manifest.yml': FINETUNE },
        { config: { file: '.github/carbon-budget.yml', text: `${budget}\n` }, overrides }
      )
    );
    expect(report.diagnostics).toEqual([]);
    expect(report.status).toBe(status);
    expect(report.budget?.usedFraction).toBeCloseTo(used, 9);
  });

  it('a bad budget override fails the check as invalid input', async () => {
    const report = await analyze(input({ 'carbon-manifest.yml': FINETUNE }, { overrides: { budget: '500' } }));
    expect(report.inputValid).toBe(false);
    expect(report.status).toBe('invalid');
    expect(report.diagnostics.map((d) => d.code)).toEqual(['budget/invalid']);
  });

  it('names the config it read, and the places the adapter looked, in the report', async () => {
    const config = { file: '../.github/carbon-budget.yml', text: 'budget:\n  emissions: 1 kg\n' };
    const searched = ['.github/carbon-budget.yml', '../.github/carbon-budget.yml'];
    const found = await analyze(input({ 'carbon-manifest.yml': FINETUNE }, { config, configSearched: searched }));
    expect(found.config).toEqual({ file: config.file, searched });
    expect(found.budget?.origin).toBe(config.file);
    const none = await analyze(input({ 'carbon-manifest.yml': FINETUNE }, { configSearched: searched }));
    expect(none.config).toEqual({ file: null, searched });
    // Given a config without a search, the config is all that was looked at.
    const given = await analyze(input({ 'carbon-manifest.yml': FINETUNE }, { config }));
    expect(given.config).toEqual({ file: config.file, searched: [config.file] });
  });
});

describe('analyze: locations', () => {
  const NO_LOCATION = `version: 1
runs:
  - name: a
    gpu: { watts: 300 W, count: 1 }
    duration: 10 h
`;
  const expectedKWh = ((300 * 10) / 1000) * 1.58;

  it('no location anywhere: an error at the run, no number', async () => {
    const report = await analyze(input({ 'm.yml': NO_LOCATION }));
    expect(report.inputValid).toBe(false);
    expect(report.runs).toEqual([]);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'location/missing', file: 'm.yml', line: 3, column: 5 })
    ]);
  });

  it.each([
    {
      case: 'config location',
      config: 'location: strubell-2019\n',
      overrides: undefined,
      origin: 'the budget config c.yml:1:11'
    },
    {
      case: 'config location on line 4, after the budget',
      config: '# team budget\nbudget:\n  emissions: 1 t\nlocation: strubell-2019\n',
      overrides: undefined,
      origin: 'the budget config c.yml:4:11'
    },
    {
      case: 'config location in flow style',
      config: '{ budget: { emissions: 1 t }, location: strubell-2019 }\n',
      overrides: undefined,
      origin: `the budget config c.yml:1:${'{ budget: { emissions: 1 t }, location: '.length + 1}`
    },
    {
      case: 'config location under an anchor',
      config: 'x-site: &site\n  location: strubell-2019\n<<: *site\n',
      overrides: undefined,
      origin: `the budget config c.yml:2:${'  location: '.length + 1}`
    },
    {
      case: 'override beats config',
      config: 'location: Atlantis\n',
      overrides: { location: 'strubell-2019' },
      origin: '--location / location input'
    }
  ])('default location: $case', async ({ config, overrides, origin }) => {
    const report = await analyze(
      input({ 'm.yml': NO_LOCATION }, { config: { file: 'c.yml', text: config }, overrides })
    );
    expect(report.diagnostics).toEqual([]);
    expect(report.totals.energyKWh).toBeCloseTo(expectedKWh, 9);
    expect(report.methodology.notes.join('\n')).toContain(
      `Default location "strubell-2019" from ${origin}, for runs that name none: "a".`
    );
  });

  it.each([
    { case: 'block style', text: 'budget:\n  emissions: 1 t\nlocation: Germny\n', line: 3, column: 11 },
    {
      case: 'flow style',
      text: '{ budget: { emissions: 1 t }, location: Germny }\n',
      line: 1,
      column: '{ budget: { emissions: 1 t }, location: '.length + 1
    },
    {
      case: 'under an anchor',
      text: 'x-site: &site\n  location: Germny\n<<: *site\nbudget: { emissions: 1 t }\n',
      line: 2,
      column: '  location: '.length + 1
    },
    {
      case: 'an alias',
      text: 'x-where: &where Germny\nlocation: *where\n',
      line: 1,
      column: 'x-where: &where '.length + 1
    }
  ])('an unknown default location is reported where the config writes it: $case', async ({ text, line, column }) => {
    const report = await analyze(input({ 'm.yml': NO_LOCATION }, { config: { file: 'c.yml', text } }));
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'location/unknown',
        file: 'c.yml',
        line,
        column,
        endLine: line,
        endColumn: column + 'Germny'.length - 1
      })
    ]);
    expect(report.diagnostics[0].message).toMatch(/Did you mean/);
    expect(report.diagnostics[0].message).toContain(
      `(the default location from the budget config c.yml:${line}:${column})`
    );
  });
});

describe('analyze: bad input', () => {
  const BAD = `version: 1
runs:
  - name: good
    gpu: { model: V100-SXM2-16GB, count: 2 }
    duration: 1 h
    location: strubell-2019
  - name: typo
    gpu: { model: A100-SXM9-40GB, count: 8 }
    duration: 84 h
    location: strubell-2019
`;

  it('reports the unknown GPU at its position with suggestions, and keeps the valid run', async () => {
    const report = await analyze(input({ 'bad.yml': BAD }));
    expect(report.inputValid).toBe(false);
    expect(report.status).toBe('invalid');
    expect(report.runs.map((r) => r.name)).toEqual(['good']);
    expect(report.runs[0].energyKWh).toBeCloseTo(((2 * 300 * 1) / 1000) * 1.58, 9);
    const d = report.diagnostics.find((x) => x.code === 'hardware/unknown-gpu');
    expect(d).toMatchObject({ severity: 'error', file: 'bad.yml', line: 8, column: 19 });
    expect(d?.message).toMatch(/Did you mean "/);
  });

  it('collects manifest, config and adapter problems together', async () => {
    const report = await analyze(
      input(
        { 'a.yml': 'version: 1\nruns:\n  - name: x\n    gpus: 8\n', 'b.yml': BAD },
        {
          config: { file: 'c.yml', text: 'budget: { emissions: 500 }\n' },
          diagnostics: [{ severity: 'warning', code: 'io/no-match', message: 'The glob "x/**" matched nothing.' }]
        }
      )
    );
    const codes = report.diagnostics.map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['io/no-match', 'hardware/unknown-gpu', 'manifest/unknown-key']));
    expect(codes.some((c) => c.startsWith('config/'))).toBe(true);
    expect(report.status).toBe('invalid');
  });
});

describe('analyze: runs with traces', () => {
  const MEASURED = `version: 1
runs:
  - name: h200-matmul
    gpu: { model: H200 SXM, count: 1 }
    duration: 3 s
    location: strubell-2019
    pue: 1.0
    traces: [ "logs/query-gpu.csv" ]
  - name: logs-only
    location: strubell-2019
    traces: [ "logs/other.csv" ]
`;
  // nvidia-smi --query-gpu CSV, one GPU, 1 s apart: 100, 200, 200, 100 W. Trapezoids:
  // 150 + 200 + 150 = 500 J over 3 s.
  const CSV = [
    'timestamp, index, uuid, name, power.draw [W]',
    '2026/11/27 05:00:00.000, 0, GPU-1, NVIDIA H200, 100.00 W',
    '2026/11/27 05:00:01.000, 0, GPU-1, NVIDIA H200, 200.00 W',
    '2026/11/27 05:00:02.000, 0, GPU-1, NVIDIA H200, 200.00 W',
    '2026/11/27 05:00:03.000, 0, GPU-1, NVIDIA H200, 100.00 W',
    ''
  ].join('\n');
  const measuredKWh = 500 / 3.6e6;
  const estimatedKWh = (700 * 3) / 3600 / 1000; // H200 SXM: 700 W (NVIDIA datasheet) for 3 s

  /** A trace reader over texts in memory: a pattern lists itself when such a file exists. */
  const memoryReader = (files: Record<string, string>): TraceReader => ({
    list: async (_manifest, pattern) => ({ files: pattern in files ? [pattern] : [], diagnostics: [] }),
    open: async function* (file) {
      yield new TextEncoder().encode(files[file]);
    }
  });

  it('without a trace reader: estimated with a notice, or an error when there is nothing to estimate from', async () => {
    const report = await analyze(input({ 'm.yml': MEASURED }));
    expect(report.runs.map((r) => [r.name, r.method])).toEqual([['h200-matmul', 'estimated']]);
    expect(report.runs[0].energyKWh).toBeCloseTo(estimatedKWh, 12);
    expect(report.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['traces/not-read', 'notice', 8],
      ['run/no-estimate', 'error', 11]
    ]);
  });

  it('with a reader: measured by the traces stage, with the estimate beside it', async () => {
    const report = await analyze(
      input({ 'm.yml': MEASURED }, { traces: memoryReader({ 'logs/query-gpu.csv': CSV, 'logs/other.csv': CSV }) })
    );
    expect(report.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    const run = report.runs.find((r) => r.name === 'h200-matmul');
    expect(run?.method).toBe('measured');
    expect(run?.itEnergyKWh).toBeCloseTo(measuredKWh, 15);
    expect(run?.energyKWh).toBeCloseTo(measuredKWh * 1.0, 15);
    expect(run?.components.gpuKWh).toBeCloseTo(measuredKWh, 15);
    expect(run?.measurement).toMatchObject({
      files: ['logs/query-gpu.csv'],
      formats: ['nvidia-smi-csv'],
      devices: 1,
      samples: 4,
      coverage: 1
    });
    expect(run?.estimate?.ratioEstimateToMeasured).toBeCloseTo(estimatedKWh / measuredKWh, 9);
    // The logs-only run needs no duration: PUE 1.58 from the preset.
    expect(report.runs.find((r) => r.name === 'logs-only')?.energyKWh).toBeCloseTo(measuredKWh * 1.58, 15);
  });

  it("hardware but no duration: the estimate beside the measurement spans the logs' wall time", async () => {
    const text = MEASURED.replace('    duration: 3 s\n', '');
    const report = await analyze(
      input({ 'm.yml': text }, { traces: memoryReader({ 'logs/query-gpu.csv': CSV, 'logs/other.csv': CSV }) })
    );
    const run = report.runs.find((r) => r.name === 'h200-matmul');
    // The log runs from 05:00:00 to 05:00:03: the same 3 s as the declared duration above.
    expect(run?.estimate?.energyKWh).toBeCloseTo(estimatedKWh, 15);
    expect(run?.estimate?.ratioEstimateToMeasured).toBeCloseTo(estimatedKWh / measuredKWh, 9);
    expect(run?.measurement?.notes.some((n) => n.includes("logs' wall time (3 s)"))).toBe(true);
    // Logs without hardware in the manifest: nothing to estimate, so nothing beside them.
    expect(report.runs.find((r) => r.name === 'logs-only')?.estimate).toBeUndefined();
  });

  it('traces that match nothing: a warning, then the estimate or an error', async () => {
    const report = await analyze(input({ 'm.yml': MEASURED }, { traces: memoryReader({}) }));
    expect(report.runs.map((r) => [r.name, r.method])).toEqual([['h200-matmul', 'estimated']]);
    expect(report.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['traces/no-match', 'warning', 8],
      ['traces/unmeasured', 'warning', 8],
      ['run/no-estimate', 'error', 11],
      ['traces/no-match', 'warning', 11]
    ]);
  });

  it('a measurement stage of its own can be plugged in', async () => {
    const summary: MeasurementSummary = {
      files: ['logs/query-gpu.csv'],
      formats: ['test'],
      devices: 1,
      samples: 120,
      droppedSamples: 0,
      coverage: 1,
      wallTimeS: 60,
      measuredTimeS: 60,
      itEnergyKWh: 0.005,
      pueIncluded: false,
      notes: []
    };
    const measure: MeasureRun = async (run) =>
      run.name === 'h200-matmul'
        ? { measured: { summary }, diagnostics: [] }
        : { diagnostics: [{ severity: 'error', code: 'traces/no-samples', message: 'no usable sample' }] };
    const report = await analyze(input({ 'm.yml': MEASURED }, { traces: memoryReader({}) }), { measure });
    expect(report.runs.find((r) => r.name === 'h200-matmul')?.energyKWh).toBeCloseTo(0.005, 12);
    expect(report.diagnostics.map((d) => d.code)).toEqual(['traces/no-samples', 'run/no-estimate']);
  });
});

describe('analyze: determinism', () => {
  it('the same inputs in another order give the same report', async () => {
    const a = await analyze(input({ 'a.yml': FINETUNE, 'b.yml': STRUBELL_BERT }));
    const b = await analyze(input({ 'b.yml': STRUBELL_BERT, 'a.yml': FINETUNE }));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('analyze: one pass reports every problem', () => {
  const TEXT = `version: 1
runs:
  - name: finetune
    gpu: { model: A100-SXM-40G, count: 8 }
    duraton: 84 h
    location: gcp:eurpoe-west4
    repeats: 0
`;
  /** 1-based line and column of the first occurrence of `needle` in TEXT. */
  function at(needle: string): { line: number; column: number } {
    const lines = TEXT.split('\n');
    const line = lines.findIndex((l) => l.includes(needle));
    return { line: line + 1, column: lines[line].indexOf(needle) + 1 };
  }

  it('checks GPU and location names of a run that other errors keep from being computed', async () => {
    const report = await analyze(input({ 'm.yml': TEXT }));
    const byCode = (code: string) => report.diagnostics.filter((d) => d.code === code);
    expect(report.runs).toHaveLength(0);
    expect(report.inputValid).toBe(false);
    expect(byCode('manifest/unknown-key')[0]).toMatchObject({ file: 'm.yml', ...at('duraton') });
    expect(byCode('manifest/out-of-range')[0]).toMatchObject({ file: 'm.yml', line: at('repeats').line });
    expect(byCode('hardware/unknown-gpu')).toEqual([
      expect.objectContaining({ file: 'm.yml', ...at('A100-SXM-40G'), severity: 'error' })
    ]);
    expect(byCode('hardware/unknown-gpu')[0].message).toMatch(/Did you mean "NVIDIA A100-SXM4-40GB"/);
    expect(byCode('location/unknown')).toEqual([
      expect.objectContaining({ file: 'm.yml', ...at('gcp:eurpoe-west4'), severity: 'error' })
    ]);
  });

  it('reports nothing more for a rejected run whose names are all valid', async () => {
    const text = TEXT.replace('A100-SXM-40G', 'A100-SXM4-40GB').replace('gcp:eurpoe-west4', 'gcp:europe-west4');
    const report = await analyze(input({ 'm.yml': text }));
    expect(report.diagnostics.map((d) => d.code).sort()).toEqual(['manifest/out-of-range', 'manifest/unknown-key']);
  });
});
