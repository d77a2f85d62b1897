/**
 * One measurement shape from the trace reader to the report: the summary `measureTraces` builds is
 * the object the report carries (every field, in its order), and its split by component and its
 * hours reach the calculation whole. A field added to the summary and dropped on the way fails here.
 */
import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../src/core/analyze.js';
import type { MeasuredEnergy, TraceReader } from '../../src/core/model.js';
import { measureTraces, type Measurement } from '../../src/core/traces/index.js';
import { fixtureFile, utc } from './traces/helpers.js';

/** The three-node run of test/fixtures/traces: three formats, one gzip, CPU and GPU devices. */
const FILES = ['traces/node-a-query-gpu.csv.gz', 'traces/node-b-power.csv', 'traces/node-c-energy.jsonl'];
const DURATION_S = 4;
const PUE = 1.2;
const REPEATS = 2;
const MANIFEST = `version: 1
runs:
  - name: three-nodes
    duration: ${DURATION_S} s
    location: strubell-2019
    pue: ${PUE}
    repeats: ${REPEATS}
    traces: [ ${FILES.map((f) => `"${f}"`).join(', ')} ]
`;
/** An hourly series with a value for 09:00 only: 10:00 falls back to the run's intensity. */
const SERIES = 'timestamp,carbon_intensity_gco2_per_kwh\n2026-11-27T09:00:00Z,100\n';
// Strubell et al. (2019): 0.954 lb/kWh, in g/kWh.
const STRUBELL_G_PER_KWH = 0.954 * 453.59237;

/** A reader over the fixtures: a pattern lists itself; files stream from test/fixtures. */
const fixtureReader: TraceReader = {
  list: async (_manifest, pattern) => ({ files: [pattern], diagnostics: [] }),
  open: (file) => fixtureFile(file).open()
};

/** What the default measurement stage asks `measureTraces` for this manifest's run. */
function measureDirectly(): Promise<Measurement> {
  return measureTraces(
    FILES.map((f) => fixtureFile(f)),
    { wallTimeS: DURATION_S }
  );
}

async function analyzeRun(extra: { intensitySeries?: { file: string; text: string } } = {}) {
  const report = await analyze({
    manifests: [{ file: 'carbon-manifest.yml', text: MANIFEST }],
    toolVersion: '0.0.0',
    traces: fixtureReader,
    ...extra
  });
  expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(report.runs).toHaveLength(1);
  return report.runs[0];
}

describe('the summary measureTraces builds is the one the report carries', () => {
  it('every field, with the same values, in the same order (byte for byte in JSON)', async () => {
    const m = await measureDirectly();
    const run = await analyzeRun();
    expect(run.method).toBe('measured');
    expect(run.measurement).toEqual(m.summary);
    expect(Object.keys(run.measurement ?? {})).toEqual(Object.keys(m.summary));
    expect(JSON.stringify(run.measurement)).toBe(JSON.stringify(m.summary));
  });

  it('a time-resolved series adds its fields and a note after them, and drops none', async () => {
    const m = await measureDirectly();
    const run = await analyzeRun({
      intensitySeries: { file: 'series.csv', text: SERIES }
    });
    const { notes, ...rest } = m.summary;
    expect(run.measurement).toMatchObject(rest);
    expect(run.measurement?.notes.slice(0, notes.length)).toEqual(notes);
    expect(run.measurement?.notes).toHaveLength(notes.length + 1);
    expect(Object.keys(run.measurement ?? {})).toEqual([
      ...Object.keys(m.summary),
      'timeResolvedEmissionsKg',
      'timeResolvedIntensity'
    ]);
  });
});

describe('the computation-only parts reach the calculation whole', () => {
  it('the split by component, scaled to every repeat, with the PUE overhead beside it', async () => {
    const { summary, detail } = await measureDirectly();
    const run = await analyzeRun();
    const c = detail.components;
    // The fixture has GPUs and logs of whole machines: a split that is not all `other`.
    expect(c.gpuKWh).toBeGreaterThan(0);
    expect(c.otherKWh).toBeGreaterThan(0);
    expect(run.components.gpuKWh).toBeCloseTo(c.gpuKWh * REPEATS, 15);
    expect(run.components.cpuKWh).toBeCloseTo(c.cpuKWh * REPEATS, 15);
    expect(run.components.memoryKWh).toBeCloseTo(c.memoryKWh * REPEATS, 15);
    expect(run.components.otherKWh).toBeCloseTo(c.otherKWh * REPEATS, 15);
    expect(run.components.pueOverheadKWh).toBeCloseTo(summary.itEnergyKWh * (PUE - 1) * REPEATS, 15);
  });

  it("the hours: each hour's energy at its own intensity, the hours without a value at the run's", async () => {
    const { summary, hourly } = await measureDirectly();
    const run = await analyzeRun({
      intensitySeries: { file: 'series.csv', text: SERIES }
    });
    const hour9KWh = hourly.energyByHourKWh.get(utc(2026, 11, 27, 9)) ?? 0;
    expect(hour9KWh).toBeGreaterThan(0);
    expect(hour9KWh).toBeLessThan(summary.itEnergyKWh);
    const perTrainingKg = (hour9KWh * 100 + (summary.itEnergyKWh - hour9KWh) * STRUBELL_G_PER_KWH) / 1000;
    expect(run.emissionsKg).toBeCloseTo(perTrainingKg * PUE * REPEATS, 12);
  });
});

describe('the types', () => {
  /** True when A and B are the same type. */
  type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

  it('what measureTraces returns, less its diagnostics, is the measured energy analyze passes on', () => {
    // Fails to compile when a part is added to one and not the other.
    const sameParts: Same<Exclude<keyof Measurement, 'diagnostics'>, keyof MeasuredEnergy> = true;
    expect(sameParts).toBe(true);
  });
});
