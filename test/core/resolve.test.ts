import { describe, expect, it } from '@jest/globals';
import type { Position } from '../../src/core/diagnostics.js';
import type { RunSpec } from '../../src/core/model.js';
import { resolveRun } from '../../src/core/resolve.js';
import { spec } from './render/report-fixture.js';

// Rated powers from the vendors' datasheets, written here independently of the catalogue.
const A100_SXM4_W = 400; // NVIDIA A100 datasheet, SXM4
const V100_SXM2_W = 300; // NVIDIA V100 datasheet, SXM2
const EPYC_7742_W = 225; // AMD EPYC 7742 default TDP
const PER_CORE_W = 12; // Green Algorithms, "Any" CPU, W per core
const DRAM_W_PER_GB = 0.3725; // Green Algorithms, memory
const STRUBELL_G_PER_KWH = 0.954 * 453.59237; // 0.954 lb/kWh

const pos = (line: number, column: number): Position => ({ file: 'm.yml', line, column });

/** A run with field positions, as the manifest parser produces it. */
function run(overrides: Partial<RunSpec>): RunSpec {
  return spec({
    manifest: 'm.yml',
    name: 'r',
    position: pos(3, 5),
    fieldPositions: {
      'gpu.model': pos(4, 20),
      'cpu.model': pos(5, 20),
      'cpu.cores': pos(5, 30),
      location: pos(6, 15),
      utilization: pos(7, 18),
      traces: pos(8, 13)
    },
    location: 'strubell-2019',
    ...overrides
  });
}

describe('resolveRun: hardware power', () => {
  it.each([
    { case: 'GPU by catalogue name', gpu: { model: 'A100-SXM4-40GB', count: 8 }, gpuW: 8 * A100_SXM4_W },
    { case: 'GPU as nvidia-smi prints it', gpu: { model: 'Tesla V100-SXM2-16GB', count: 4 }, gpuW: 4 * V100_SXM2_W },
    {
      case: 'explicit watts win over the catalogue',
      gpu: { model: 'A100-SXM4-40GB', watts: 250, count: 2 },
      gpuW: 2 * 250
    },
    { case: 'explicit watts without a model', gpu: { watts: 275, count: 3 }, gpuW: 3 * 275 }
  ])('$case', ({ gpu, gpuW }) => {
    const result = resolveRun(run({ gpu }));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.run?.power).toEqual({ gpuW, cpuW: 0, memoryW: 0, otherW: 0 });
  });

  it('CPU by model, CPU by cores, and memory', () => {
    const byModel = resolveRun(run({ cpu: { model: 'AMD EPYC 7742', count: 2 }, memoryGB: 512 }));
    expect(byModel.run?.power.cpuW).toBe(2 * EPYC_7742_W);
    expect(byModel.run?.power.memoryW).toBeCloseTo(512 * DRAM_W_PER_GB, 12);
    expect(byModel.run?.hardware).toBe('2 x AMD EPYC 7742, 512 GB DRAM');
    expect(byModel.extraSources.map((s) => s.name).join()).toMatch(/Green Algorithms/);

    const byCores = resolveRun(run({ cpu: { cores: 48, count: 1 } }));
    expect(byCores.run?.power.cpuW).toBe(48 * PER_CORE_W);
    expect(byCores.run?.hardware).toBe('48 CPU cores');
    expect(byCores.extraSources.length).toBe(1);
  });

  it('an unknown CPU model with a core count falls back to the per-core default, with a notice', () => {
    const result = resolveRun(run({ cpu: { model: 'Intel(R) Xeon(R) CPU @ 2.20GHz', cores: 8, count: 1 } }));
    expect(result.run?.power.cpuW).toBe(8 * PER_CORE_W);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'notice', code: 'hardware/unknown-cpu', line: 5, column: 20 })
    ]);
  });

  it('a catalogue GPU keeps its datasheet source', () => {
    const result = resolveRun(run({ gpu: { model: 'NVIDIA A100-SXM4-40GB', count: 1 } }));
    expect(result.run?.hardwareSpecs[0]).toMatchObject({ name: 'NVIDIA A100-SXM4-40GB', tdpW: A100_SXM4_W });
    expect(result.run?.hardwareSpecs[0].source.url).toMatch(/^https:\/\//);
  });

  it('a family name resolves to its documented variant with a notice at gpu.model', () => {
    const result = resolveRun(run({ gpu: { model: 'A100', count: 1 } }));
    expect(result.run).toBeDefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'notice', code: 'hardware/default-variant', line: 4, column: 20 })
    ]);
  });

  it('`power:` replaces the components, and names beside it are not looked up', () => {
    const result = resolveRun(run({ powerW: 1515.43, gpu: { model: 'TPU v5e', count: 8 } }));
    expect(result.diagnostics).toEqual([]);
    expect(result.run?.power).toEqual({ gpuW: 0, cpuW: 0, memoryW: 0, otherW: 1515.43 });
    expect(result.run?.hardware).toBe('1,515.43 W whole machine (measured average); 8 x TPU v5e');
  });
});

describe('resolveRun: hardware errors, at the field, with suggestions', () => {
  it.each([
    {
      case: 'unknown GPU',
      over: { gpu: { model: 'A100-SXM5-40GB', count: 8 } },
      code: 'hardware/unknown-gpu',
      line: 4,
      message: /unknown GPU model "A100-SXM5-40GB".*Did you mean "/
    },
    {
      case: 'unknown CPU',
      over: { cpu: { model: 'AMD EPYC 9999X', count: 1 } },
      code: 'hardware/unknown-cpu',
      line: 5,
      message: /unknown CPU model "AMD EPYC 9999X"; expected a catalogue model or `watts:`/
    },
    {
      case: 'GPU without a published TDP',
      over: { gpu: { model: 'TPU v5e', count: 4 } },
      code: 'hardware/no-rated-power',
      line: 4,
      message: /publishes no TDP/
    }
  ])('$case', ({ over, code, line, message }) => {
    const result = resolveRun(run(over));
    expect(result.run).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', code, file: 'm.yml', line, column: 20 });
    expect(result.diagnostics[0].message).toMatch(message);
  });

  it('reports every problem of a run at once', () => {
    const result = resolveRun(
      run({ gpu: { model: 'Z9000', count: 1 }, cpu: { model: 'Q-1 7742x', count: 1 }, location: 'Atlantis' })
    );
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual([
      'hardware/unknown-cpu',
      'hardware/unknown-gpu',
      'location/unknown'
    ]);
  });
});

describe('resolveRun: intensity and PUE', () => {
  it('the strubell-2019 preset gives 0.954 lb/kWh and PUE 1.58', () => {
    const result = resolveRun(run({ gpu: { watts: 300, count: 1 } }));
    expect(result.run?.intensity.intensityGPerKWh).toBeCloseTo(STRUBELL_G_PER_KWH, 9);
    expect(result.run?.pue.pue).toBe(1.58);
  });

  it.each([
    // Provider fleet PUEs as Cloud Carbon Footprint uses them.
    { location: 'gcp:europe-west4', pue: 1.1 },
    { location: 'aws:us-east-1', pue: 1.135 },
    { location: 'azure:westeurope', pue: 1.185 }
  ])('$location: provider PUE $pue, intensity with a source', ({ location, pue }) => {
    const result = resolveRun(run({ gpu: { watts: 300, count: 1 }, location }));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.run?.pue.pue).toBe(pue);
    expect(result.run?.intensity.intensityGPerKWh).toBeGreaterThan(0);
    expect(result.run?.intensity.source.licence).toBeTruthy();
  });

  it('an explicit intensity beats the location, whose PUE still applies', () => {
    const result = resolveRun(run({ gpu: { watts: 300, count: 1 }, intensityGPerKWh: 123 }));
    expect(result.run?.intensity).toMatchObject({ intensityGPerKWh: 123, key: 'explicit' });
    expect(result.run?.pue.pue).toBe(1.58);
  });

  it('an explicit PUE beats the location default', () => {
    const result = resolveRun(run({ gpu: { watts: 300, count: 1 }, location: 'gcp:europe-west4', pue: 1.3 }));
    expect(result.run?.pue.pue).toBe(1.3);
    expect(result.run?.pue.source.name).toMatch(/m\.yml/);
  });

  it('an explicit intensity needs no location', () => {
    const result = resolveRun(run({ gpu: { watts: 300, count: 1 }, location: undefined, intensityGPerKWh: 400 }));
    expect(result.diagnostics).toEqual([]);
    expect(result.run?.intensity.intensityGPerKWh).toBe(400);
    expect(result.run?.pue.pue).toBeGreaterThan(1);
  });

  it('no location and no intensity is an error at the run, not a world average', () => {
    const result = resolveRun(run({ gpu: { watts: 300, count: 1 }, location: undefined }));
    expect(result.run).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'location/missing', line: 3, column: 5 })
    ]);
  });

  it('the default location fills in, and is reported as used', () => {
    const result = resolveRun(run({ gpu: { watts: 300, count: 1 }, location: undefined }), {
      location: 'strubell-2019',
      origin: 'the budget config c.yml'
    });
    expect(result.usedDefaultLocation).toBe(true);
    expect(result.run?.pue.pue).toBe(1.58);
  });

  it("the run's own location beats the default", () => {
    const result = resolveRun(run({ gpu: { watts: 300, count: 1 }, location: 'gcp:europe-west4' }), {
      location: 'strubell-2019',
      origin: 'x'
    });
    expect(result.usedDefaultLocation).toBe(false);
    expect(result.run?.pue.pue).toBe(1.1);
  });

  it.each([
    {
      case: "the run's location",
      location: 'gcp:europe-west44',
      defaults: undefined,
      at: { file: 'm.yml', line: 6, column: 15 },
      message: /unknown location "gcp:europe-west44"; expected a country .*Did you mean "gcp:europe-west4/
    },
    {
      case: 'a default location, at the config',
      location: undefined,
      defaults: { location: 'Germny', origin: 'the budget config c.yml', at: { file: 'c.yml', line: 5, column: 11 } },
      at: { file: 'c.yml', line: 5, column: 11 },
      message: /unknown location "Germny" \(the default location from the budget config c\.yml\)/
    }
  ])('an unknown location is an error at $case', ({ location, defaults, at, message }) => {
    const result = resolveRun(run({ gpu: { watts: 300, count: 1 }, location }), defaults);
    expect(result.run).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', code: 'location/unknown', ...at });
    expect(result.diagnostics[0].message).toMatch(message);
  });

  it('an unknown location is an error even beside an explicit intensity (it would set the PUE)', () => {
    const result = resolveRun(
      run({ gpu: { watts: 300, count: 1 }, location: 'gpc:europe-west4', intensityGPerKWh: 100 })
    );
    expect(result.diagnostics.map((d) => d.code)).toEqual(['location/unknown']);
  });
});

describe('resolveRun: utilization with power', () => {
  it('warns that utilization does not scale a measured draw', () => {
    const result = resolveRun(run({ powerW: 1000, utilization: 0.5 }));
    expect(result.run).toBeDefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'run/utilization-ignored', line: 7, column: 18 })
    ]);
  });
});
