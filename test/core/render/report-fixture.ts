/**
 * Hand-built runs and reports for the calculation and renderer tests. Every power, PUE and
 * intensity here is stated in the test data itself, so expected numbers can be written out by
 * hand; nothing is looked up in a catalogue.
 */
import type { ResolvedRun } from '../../../src/core/estimate.js';
import type { HardwareSpec, IntensityValue, PueValue, RunSpec } from '../../../src/core/model.js';

/** 1 lb in kg, exact; written here rather than imported so tests check the code's constant. */
export const LB_KG = 0.45359237;

/** Strubell et al. (2019)'s US average: 0.954 lb/kWh, in g/kWh. */
export const STRUBELL_G_PER_KWH = 0.954 * LB_KG * 1000;

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
  return { name, kind: 'gpu', tdpW, source: { name: `${name} test datasheet`, url: 'https://example.com/datasheet', licence: 'test data' } };
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
