/**
 * What a measured run asks an intensity provider for: only the stretches of hours that drew
 * energy, at most 744 hours per run and 2,160 per check (each request counting at least 24), and a
 * warning naming the hours left out, which use the annual average. Expected numbers are worked out
 * in each test.
 */
import { describe, expect, it } from '@jest/globals';
import { analyze, type MeasureRun } from '../../src/core/analyze.js';
import { ELECTRICITY_MAPS_ZONES } from '../../src/core/catalog/data/electricity-maps.generated.js';
import {
  energySpans,
  MAX_FETCH_HOURS_PER_CHECK,
  MAX_FETCH_HOURS_PER_RUN,
  MIN_CHARGED_HOURS,
  planFetch
} from '../../src/core/fetch-plan.js';
import { seriesFromPoints } from '../../src/core/intensity-series.js';
import type { HourlyEnergy, IntensityProvider, IntensityRequest, MeasurementSummary } from '../../src/core/model.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');

/** 1 kWh in each of the given hours (offsets from T0). */
function hourly(offsets: readonly number[]): HourlyEnergy {
  return { energyByHourKWh: new Map(offsets.map((h) => [T0 + h * HOUR, 1])), untimedEnergyKWh: 0 };
}

const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

describe('energySpans', () => {
  it.each([
    { name: 'no energy', hours: [], spans: [] },
    { name: 'one hour', hours: [5], spans: [[5, 6]] },
    { name: 'contiguous hours', hours: range(0, 48), spans: [[0, 48]] },
    { name: 'a gap of 24 h is fetched through', hours: [0, 25], spans: [[0, 26]] },
    {
      name: 'a gap of 25 h splits',
      hours: [0, 26],
      spans: [
        [0, 1],
        [26, 27]
      ]
    },
    {
      name: '2016 and 2025: two stretches, not nine years',
      hours: [0, 80_000],
      spans: [
        [0, 1],
        [80_000, 80_001]
      ]
    }
  ])('$name', ({ hours, spans }) => {
    expect(energySpans(hourly(hours)).map((s) => [(s.startMs - T0) / HOUR, (s.endMs - T0) / HOUR])).toEqual(spans);
  });
});

describe('planFetch', () => {
  const plan = (hours: number[], runHours: number, checkHoursLeft: number, fetched = (): boolean => false) => {
    const h = hourly(hours);
    const p = planFetch(energySpans(h), h, { runHours, checkHoursLeft, fetched });
    return {
      fetch: p.fetch.map((s) => [(s.startMs - T0) / HOUR, (s.endMs - T0) / HOUR]),
      charged: p.chargedHours,
      skipped: p.skipped && [p.skipped.hours, (p.skipped.firstMs - T0) / HOUR, (p.skipped.lastMs - T0) / HOUR]
    };
  };

  it('a run within the caps is fetched whole', () => {
    expect(plan(range(0, 100), 744, 2160)).toEqual({ fetch: [[0, 100]], charged: 100, skipped: undefined });
  });

  it('a 40-day run is cut at the run cap: the first 744 hours', () => {
    expect(plan(range(0, 960), 744, 2160)).toEqual({ fetch: [[0, 744]], charged: 744, skipped: [216, 744, 959] });
  });

  it('the check cap cuts a run short when less is left', () => {
    expect(plan(range(0, 100), 744, 30)).toEqual({ fetch: [[0, 30]], charged: 30, skipped: [70, 30, 99] });
  });

  it('each stretch counts at least 24 hours: 1-hour stretches every two days stop at the cap', () => {
    // 100 isolated hours, 48 h apart; 744 / 24 = 31 stretches fit.
    const hours = range(0, 100).map((i) => i * 48);
    const p = plan(hours, 744, 2160);
    expect(p.fetch).toHaveLength(744 / MIN_CHARGED_HOURS);
    expect(p.charged).toBe(744);
    expect(p.skipped).toEqual([100 - 31, 31 * 48, 99 * 48]);
  });

  it('a stretch another run fetched already costs nothing, even past a cap', () => {
    expect(plan(range(0, 10), 744, 0, () => true)).toEqual({ fetch: [[0, 10]], charged: 0, skipped: undefined });
  });

  it('the caps are a month per run and 90 days per check', () => {
    expect([MAX_FETCH_HOURS_PER_RUN, MAX_FETCH_HOURS_PER_CHECK]).toEqual([31 * 24, 90 * 24]);
  });
});

describe('through analyze: the caps per run and per check, and what the report says', () => {
  const DE_ANNUAL = ELECTRICITY_MAPS_ZONES.DE[0];
  /** Four runs at Frankfurt (zone DE), 1 kWh in each hour of 31 days, each run in its own month. */
  const MANIFEST = `version: 1
defaults:
  pue: 1
  location: aws:eu-central-1
runs:
${[0, 1, 2, 3].map((i) => `  - name: month-${i}\n    traces: [ "logs/${i}.csv" ]`).join('\n')}
`;
  const MONTH_HOURS = 31 * 24;
  const measure: MeasureRun = async (run) => {
    const i = Number(run.name.slice('month-'.length));
    const energy = hourly(range(i * 1000, MONTH_HOURS));
    const summary: MeasurementSummary = {
      files: [],
      formats: [],
      devices: 1,
      samples: 2,
      droppedSamples: 0,
      coverage: 1,
      wallTimeS: MONTH_HOURS * 3600,
      measuredTimeS: MONTH_HOURS * 3600,
      itEnergyKWh: MONTH_HOURS,
      pueIncluded: false,
      notes: []
    };
    return { measured: { summary, hourly: energy }, diagnostics: [] };
  };

  it('runs 1 and 2 whole, run 3 the 672 hours left of the check, run 4 none; each shortfall warned', async () => {
    const requests: IntensityRequest[] = [];
    // 100 g/kWh in every hour asked for.
    const provider: IntensityProvider = {
      name: 'Electricity Maps',
      async fetch(request) {
        requests.push(request);
        const points = [];
        for (let t = request.startMs; t < request.endMs; t += HOUR) points.push({ timeMs: t, intensityGPerKWh: 100 });
        return { ok: true, series: seriesFromPoints(points, 'Electricity Maps DE', { name: 'test', licence: 'test' }) };
      }
    };
    const report = await analyze(
      {
        manifests: [{ file: 'm.yml', text: MANIFEST }],
        toolVersion: '0.1.0',
        traces: { list: async () => ({ files: [], diagnostics: [] }), open: async function* () {} },
        intensityProvider: provider
      },
      { measure }
    );
    const asked = requests.map((r) => (r.endMs - r.startMs) / HOUR);
    // 2,160 hours in all: 744 + 744 + 672.
    expect(asked).toEqual([744, 744, 2160 - 2 * 744]);
    const kg = Object.fromEntries(report.runs.map((r) => [r.name, r.emissionsKg]));
    const fetchedKg = (hours: number): number => (hours * 100 + (MONTH_HOURS - hours) * DE_ANNUAL) / 1000;
    expect(kg['month-0']).toBeCloseTo(fetchedKg(744), 9);
    expect(kg['month-1']).toBeCloseTo(fetchedKg(744), 9);
    expect(kg['month-2']).toBeCloseTo(fetchedKg(672), 9);
    expect(kg['month-3']).toBeCloseTo(fetchedKg(0), 9);
    const limits = report.diagnostics.filter((d) => d.code === 'intensity/fetch-limit');
    expect(limits.map((d) => [d.severity, d.message.slice(0, d.message.indexOf(':'))])).toEqual([
      ['warning', 'Run "month-2"'],
      ['warning', 'Run "month-3"']
    ]);
    // Run 3's hours are 2,000 to 2,743 after T0; the last 72 are left out.
    const isoHour = (h: number): string => new Date(T0 + h * HOUR).toISOString().replace(':00:00.000Z', ':00Z');
    expect(limits[0].message).toContain(
      `72 hours of its energy (${isoHour(2000 + 672)} to ${isoHour(2000 + 744)}) were not fetched`
    );
    expect(limits[1].message).toContain(`Those hours use the annual average: ${DE_ANNUAL} g/kWh`);
    expect(report.inputValid).toBe(true);
  });
});
