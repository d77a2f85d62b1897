/**
 * Hand-built runs and reports for the calculation and renderer tests. Every power, PUE and
 * intensity here is stated in the test data itself, so expected numbers can be written out by
 * hand; nothing is looked up in a catalogue.
 */
import { diagnostic, sortDiagnostics } from '../../../src/core/diagnostics.js';
import { estimateRun, measuredRun, type ResolvedRun } from '../../../src/core/estimate.js';
import type {
  BudgetSpec,
  HardwareSpec,
  IntensityValue,
  MeasurementSummary,
  PueValue,
  Report,
  RunSpec
} from '../../../src/core/model.js';
import { buildReport } from '../../../src/core/report.js';

/** 1 lb in kg, exact; written here rather than imported so tests check the code's constant. */
export const LB_KG = 0.45359237;

/** Strubell et al. (2019)'s US average: 0.954 lb/kWh, in g/kWh. */
const STRUBELL_G_PER_KWH = 0.954 * LB_KG * 1000;

/** A RunSpec with defaults (utilization 1, repeats 1), overridable field by field. */
export function spec(overrides: Partial<RunSpec> = {}): RunSpec {
  const manifest = overrides.manifest ?? 'carbon-manifest.yml';
  return {
    manifest,
    name: 'run',
    position: { file: manifest, line: 3, column: 5 },
    fieldPositions: {},
    utilization: 1,
    repeats: 1,
    traces: [],
    ...overrides
  };
}

/** An intensity with a test source. */
export function intensity(intensityGPerKWh: number, label = 'test grid', year?: number): IntensityValue {
  return {
    intensityGPerKWh,
    label,
    key: label,
    source: { name: `test source for ${label}`, licence: 'test data', ...(year !== undefined ? { year } : {}) }
  };
}

/** A PUE with a test source. */
export function pue(value: number, name = 'test PUE'): PueValue {
  return { pue: value, source: { name, licence: 'test data' } };
}

/** A GPU catalogue entry with a test source. */
export function gpu(name: string, tdpW: number): HardwareSpec {
  return {
    name,
    kind: 'gpu',
    tdpW,
    source: { name: `${name} test datasheet`, url: 'https://example.com/datasheet', licence: 'test data' }
  };
}

/** A resolved run: power by component (whole machine, W), PUE and intensity given directly. */
export function resolved(
  runSpec: RunSpec,
  power: Partial<ResolvedRun['power']>,
  options: { pue?: PueValue; intensity?: IntensityValue; hardware?: string; hardwareSpecs?: HardwareSpec[] } = {}
): ResolvedRun {
  return {
    spec: runSpec,
    power: { gpuW: 0, cpuW: 0, memoryW: 0, otherW: 0, ...power },
    hardware: options.hardware ?? 'test machine',
    hardwareSpecs: options.hardwareSpecs ?? [],
    intensity: options.intensity ?? intensity(STRUBELL_G_PER_KWH, 'United States (Strubell et al. 2019)', 2019),
    pue: options.pue ?? pue(1.58, 'Strubell et al. 2019 preset')
  };
}

/** A typical report: three runs (two estimated, one measured), a budget (`null`: none), one warning. */
export function sampleReport(
  budget: BudgetSpec | null = {
    emissionsKg: 1000,
    energyKWh: 5000,
    warnAtFraction: 0.8,
    origin: '.github/carbon-budget.yml'
  }
): Report {
  const bert = resolved(
    spec({
      name: 'bert-base-finetune',
      gpu: { model: 'V100', count: 8 },
      position: { file: 'carbon-manifest.yml', line: 5, column: 5 }
    }),
    { gpuW: 8 * 300, cpuW: 2 * 165, memoryW: 512 * 0.3725 },
    {
      hardware: '8 x NVIDIA V100-SXM2-16GB, 2 x AMD EPYC 7742, 512 GB DRAM',
      hardwareSpecs: [gpu('NVIDIA V100-SXM2-16GB', 300)],
      pue: pue(1.1, 'Google data centre PUE'),
      intensity: intensity(268, 'GCP europe-west4 (Netherlands)', 2023)
    }
  );
  const sweep = resolved(
    spec({
      name: 'lr-sweep',
      repeats: 24,
      utilization: 0.7,
      position: { file: 'carbon-manifest.yml', line: 14, column: 5 }
    }),
    { gpuW: 4 * 400 },
    { hardware: '4 x NVIDIA A100-SXM4-40GB', hardwareSpecs: [gpu('NVIDIA A100-SXM4-40GB', 400)] }
  );
  const measuredSpec = resolved(
    spec({ name: 'pretrain-measured', position: { file: 'carbon-manifest.yml', line: 22, column: 5 } }),
    { gpuW: 8 * 700 },
    {
      hardware: '8 x NVIDIA H100 80GB HBM3',
      pue: pue(1.135, 'AWS PUE'),
      intensity: intensity(379, 'AWS us-east-1 (US-MIDA-PJM)', 2022)
    }
  );
  const measurement: MeasurementSummary = {
    files: ['logs/gpu-0.csv'],
    formats: ['nvidia-smi-csv'],
    devices: 8,
    samples: 345600,
    droppedSamples: 12,
    coverage: 0.982,
    wallTimeS: 12 * 3600,
    measuredTimeS: 0.982 * 12 * 3600,
    itEnergyKWh: 52.4,
    pueIncluded: false,
    notes: ['power integrated by trapezoid per GPU; 2 gaps over 5 s not bridged']
  };
  const runs = [
    estimateRun(bert, 79 * 3600),
    estimateRun(sweep, 6 * 3600),
    measuredRun(measuredSpec, measurement, estimateRun(measuredSpec, 12 * 3600))
  ];
  return buildReport({
    runs,
    diagnostics: [
      diagnostic('warning', 'manifest/yaml-warning', 'Unresolved tag: !gpu.', {
        file: 'carbon-manifest.yml',
        line: 15,
        column: 5
      })
    ],
    budget: budget ?? undefined,
    toolVersion: '0.1.0',
    extraSources: [
      {
        name: 'Green Algorithms memory power',
        url: 'https://www.green-algorithms.org/',
        licence: 'CC BY 4.0',
        year: 2021
      }
    ]
  });
}

/** A report whose manifest text is hostile: names built to break tables, ping users and plant markers. */
export const HOSTILE =
  '| <script>alert(1)</script> @octocat <!-- carbon-gate --> [x](https://evil.example) ![i](https://evil.example/i.png) #12\nnext';

/** A report with a hostile run name, hardware, path and diagnostic. */
export function hostileReport(): Report {
  const file = `evil/${HOSTILE}.yml`;
  const run = resolved(
    spec({ manifest: file, name: HOSTILE, position: { file, line: 2, column: 3 } }),
    { gpuW: 300 },
    { hardware: `1 x ${HOSTILE}` }
  );
  return buildReport({
    runs: [estimateRun(run, 3600)],
    diagnostics: [
      diagnostic('error', 'hardware/unknown-gpu', `Unknown GPU "${HOSTILE}".`, { file, line: 2, column: 3 })
    ],
    toolVersion: '0.1.0'
  });
}

/** A report with `count` runs and `count` diagnostics, for truncation. */
export function manyRunsReport(count: number): Report {
  const runs = Array.from({ length: count }, (_, i) =>
    estimateRun(
      resolved(
        spec({
          name: `run-${String(i).padStart(4, '0')}`,
          position: { file: 'carbon-manifest.yml', line: 10 + i * 5, column: 5 }
        }),
        { gpuW: 100 * (1 + (i % 7)) },
        { hardware: `${1 + (i % 7)} x NVIDIA A100-SXM4-40GB` }
      ),
      3600 * (1 + (i % 5))
    )
  );
  const diagnostics = Array.from({ length: count }, (_, i) =>
    diagnostic(
      i % 3 === 0 ? 'error' : 'warning',
      'manifest/unknown-key',
      `Unknown key "gpus${i}". Did you mean "gpu"?`,
      { file: 'carbon-manifest.yml', line: 10 + i * 5, column: 7 }
    )
  );
  const report = buildReport({
    runs,
    diagnostics,
    budget: { emissionsKg: 500, warnAtFraction: 0.8 },
    toolVersion: '0.1.0'
  });
  // buildReport keeps ten diagnostics of a kind per file; the renderer must cope with many whatever
  // their source, so the report here carries all of them.
  return { ...report, diagnostics: sortDiagnostics(diagnostics) };
}

/**
 * The report for input that gives no run at all: no manifest found, as the CLI and action report
 * it (an error at the searched folder), and nothing else.
 */
export function noRunsReport(): Report {
  return buildReport({
    runs: [],
    diagnostics: [
      diagnostic(
        'error',
        'io/no-manifests',
        'No manifest found: expected files matching **/carbon-manifest.{yml,yaml,json} under ".".',
        { file: '.' }
      )
    ],
    toolVersion: '0.1.0'
  });
}
