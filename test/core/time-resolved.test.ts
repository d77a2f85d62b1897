/**
 * Time-resolved intensity through `analyze`: a measured run's energy is split at clock hours and
 * weighted by each hour's g/kWh, from the run's `intensity-series`, the flag's series, or a
 * provider; hours without a value fall back to the run's own intensity and are reported.
 * Every expected number is worked out by hand below.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../src/core/analyze.js';
import { findIntensity } from '../../src/core/catalog/index.js';
import { ELECTRICITY_MAPS_ZONES } from '../../src/core/catalog/data/electricity-maps.generated.js';
import { GCP_REGIONS } from '../../src/core/catalog/data/gcp-regions-2024.generated.js';
import { seriesFromPoints } from '../../src/core/intensity-series.js';
import { electricityMapsZone, GCP_REGION_ZONES } from '../../src/core/intensity-zone.js';
import { parseManifest } from '../../src/core/manifest/index.js';
import type { AnalyzeInput, IntensityProvider, IntensityRequest, Report, TraceReader } from '../../src/core/model.js';

const J_PER_KWH = 3.6e6;
const HOUR = 3_600_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');

/**
 * One GPU, two samples two minutes apart across 01:00 UTC: 200 W at 00:59:00, 400 W at 01:01:00.
 * The trapezoid is cut at 01:00:00, where the linearly interpolated power is 300 W:
 *   hour 00: (200 + 300) / 2 W x 60 s = 15,000 J;  hour 01: (300 + 400) / 2 W x 60 s = 21,000 J.
 */
const LOG = [
  'timestamp, index, power.draw [W]',
  '2026/01/01 00:59:00.000, 0, 200.00 W',
  '2026/01/01 01:01:00.000, 0, 400.00 W',
  ''
].join('\n');
const HOUR0_KWH = (((200 + 300) / 2) * 60) / J_PER_KWH;
const HOUR1_KWH = (((300 + 400) / 2) * 60) / J_PER_KWH;
const TOTAL_KWH = HOUR0_KWH + HOUR1_KWH;

/** Two hours of grid: 100 g/kWh from 00:00, 500 g/kWh from 01:00. */
const TWO_HOURS = 'timestamp,carbon_intensity_gco2_per_kwh\n2026-01-01T00:00:00Z,100\n2026-01-01T01:00:00Z,500\n';
/** Only the first hour. */
const FIRST_HOUR_ONLY = 'timestamp,carbon_intensity_gco2_per_kwh\n2026-01-01T00:00:00Z,100\n';

/** A trace reader over files in memory: a pattern lists itself when such a file exists. */
function memoryReader(files: Record<string, string | Uint8Array>): TraceReader {
  return {
    list: async (_manifest, pattern) => ({ files: pattern in files ? [pattern] : [], diagnostics: [] }),
    open: async function* (file) {
      const content = files[file];
      yield typeof content === 'string' ? new TextEncoder().encode(content) : content;
    }
  };
}

function input(
  manifest: string,
  files: Record<string, string | Uint8Array>,
  extra: Partial<AnalyzeInput> = {}
): AnalyzeInput {
  return {
    manifests: [{ file: 'm.yml', text: manifest }],
    toolVersion: '0.1.0',
    traces: memoryReader(files),
    ...extra
  };
}

/** The catalogue's label of a location. */
function labelOf(location: string): string {
  const found = findIntensity(location);
  if (!found.ok) throw new Error(`${location} is not in the catalogue`);
  return found.value.label;
}

const codes = (report: Report) =>
  report.diagnostics.map((d) => `${d.severity} ${d.code}${d.line ? ` ${d.line}:${d.column}` : ''}`);

describe('a measured run across an hour boundary', () => {
  const MANIFEST = `version: 1
runs:
  - name: boundary
    pue: 1.5
    repeats: 2
    intensity: 250 g/kWh
    traces: [ "logs/gpu.csv" ]
    intensity-series: data/grid.csv
`;

  it('weights each hour by its own intensity: energy(h) x PUE x g/kWh(h) x repeats', async () => {
    const report = await analyze(input(MANIFEST, { 'logs/gpu.csv': LOG, 'data/grid.csv': TWO_HOURS }));
    // `repeats: 2` on a measured run says that it doubles the logged energy.
    expect(codes(report)).toEqual(['notice run/repeats-measured 5:14']);
    const run = report.runs[0];
    const expectedKg = ((HOUR0_KWH * 100 + HOUR1_KWH * 500) / 1000) * 1.5 * 2;
    expect(run.method).toBe('measured');
    expect(run.itEnergyKWh).toBeCloseTo(TOTAL_KWH, 15);
    expect(run.energyKWh).toBeCloseTo(TOTAL_KWH * 1.5 * 2, 15);
    expect(run.emissionsKg).toBeCloseTo(expectedKg, 15);
    // The effective intensity is the energy-weighted mean: (15,000 x 100 + 21,000 x 500) / 36,000.
    const effectiveG = (15000 * 100 + 21000 * 500) / 36000;
    expect(run.intensityGPerKWh).toBeCloseTo(effectiveG, 9);
    expect(run.measurement?.timeResolvedEmissionsKg).toBeCloseTo((HOUR0_KWH * 100 + HOUR1_KWH * 500) / 1000, 15);
    expect(run.measurement?.timeResolvedIntensity).toMatchObject({
      label: 'data/grid.csv',
      origin: 'manifest',
      coveredFraction: 1,
      coveredHours: 2,
      missingHours: 0,
      untimedEnergyKWh: 0,
      fallbackIntensityGPerKWh: 250
    });
    expect(run.measurement?.timeResolvedIntensity?.effectiveIntensityGPerKWh).toBeCloseTo(effectiveG, 9);
    // The annual (here explicit) intensity stays the run's source: it is the fallback.
    expect(run.sources.intensity.intensityGPerKWh).toBe(250);
    expect(report.totals.emissionsKg).toBeCloseTo(expectedKg, 15);
    expect(run.measurement?.notes.at(-1)).toMatch(
      /^Time-resolved intensity from data\/grid\.csv \(the run's `intensity-series`\): 100% of the IT energy, over 2 hours, is weighted/
    );
    expect(report.methodology.notes).toContainEqual(
      expect.stringMatching(
        /^Time-resolved intensity data\/grid\.csv \(intensity series data\/grid\.csv\): each hour's measured energy x PUE x that hour's g\/kWh.*"boundary"\.$/
      )
    );
    expect(report.methodology.sources.map((s) => s.name)).toContain('intensity series data/grid.csv');
  });

  it("a series missing an hour: that hour falls back to the run's intensity, and the coverage is reported", async () => {
    const report = await analyze(input(MANIFEST, { 'logs/gpu.csv': LOG, 'data/grid.csv': FIRST_HOUR_ONLY }));
    const run = report.runs[0];
    const expectedKg = ((HOUR0_KWH * 100 + HOUR1_KWH * 250) / 1000) * 1.5 * 2;
    expect(run.emissionsKg).toBeCloseTo(expectedKg, 15);
    // 15,000 J of 36,000 J had a value.
    expect(run.measurement?.timeResolvedIntensity?.coveredFraction).toBeCloseTo(15000 / 36000, 12);
    expect(run.measurement?.timeResolvedIntensity).toMatchObject({
      coveredHours: 1,
      missingHours: 1,
      fallbackIntensityGPerKWh: 250
    });
    expect(codes(report)).toEqual(['notice run/repeats-measured 5:14', 'warning intensity/partial-coverage 8:23']);
    expect(report.diagnostics[1].message).toBe(
      'Run "boundary": the intensity series data/grid.csv covers 41.6% of its energy; the rest (1 hour the series has no value for) uses the run\'s own intensity, 250 g/kWh (intensity given in m.yml). Hours without a value: 2026-01-01T01:00Z.'
    );
    expect(report.inputValid).toBe(true);
  });

  it('a gzip-compressed series is read too, and zone-less times are read in the trace timezone', async () => {
    // The same instants written in local time at +01:00: 01:00 local is 00:00 UTC.
    const local = 'timestamp,carbon_intensity_gco2_per_kwh\n2026-01-01 01:00:00,100\n2026-01-01 02:00:00,500\n';
    const localLog = [
      'timestamp, index, power.draw [W]',
      '2026/01/01 01:59:00.000, 0, 200.00 W',
      '2026/01/01 02:01:00.000, 0, 400.00 W',
      ''
    ].join('\n');
    const manifest = MANIFEST.replace('data/grid.csv', 'data/grid.csv.gz').replace(
      '    pue: 1.5',
      '    pue: 1.5\n    trace: { timezone: "+01:00" }'
    );
    const report = await analyze(
      input(manifest, { 'logs/gpu.csv': localLog, 'data/grid.csv.gz': gzipSync(Buffer.from(local)) })
    );
    expect(codes(report)).toEqual(['notice run/repeats-measured 6:14']);
    expect(report.runs[0].emissionsKg).toBeCloseTo(((HOUR0_KWH * 100 + HOUR1_KWH * 500) / 1000) * 1.5 * 2, 15);
  });

  it.each<{ case: string; files: Record<string, string | Uint8Array>; code: string }>([
    { case: 'a file that does not exist', files: {}, code: 'error intensity/series-not-found 8:23' },
    {
      case: 'a file with no usable row',
      files: { 'data/grid.csv': 'timestamp,carbon_intensity_gco2_per_kwh\nnot-a-time,100\n' },
      code: 'error intensity/no-usable-rows'
    },
    {
      case: 'a file that is not UTF-8',
      files: { 'data/grid.csv': new Uint8Array([0x74, 0xff, 0xfe, 0x0a]) },
      code: 'error intensity/series-unreadable 8:23'
    }
  ])('$case: an error (the manifest asked for it), and the run at its own intensity', async ({ files, code }) => {
    const report = await analyze(input(MANIFEST, { 'logs/gpu.csv': LOG, ...files }));
    expect(codes(report)).toContain(code);
    expect(report.inputValid).toBe(false);
    expect(report.runs[0].emissionsKg).toBeCloseTo(((TOTAL_KWH * 250) / 1000) * 1.5 * 2, 15);
    expect(report.runs[0].measurement?.timeResolvedIntensity).toBeUndefined();
  });
});

describe('which series a run gets', () => {
  const TWO_RUNS = `version: 1
defaults:
  pue: 1
  intensity: 250 g/kWh
runs:
  - name: own
    traces: [ "logs/gpu.csv" ]
    intensity-series: data/own.csv
  - name: flag
    traces: [ "logs/gpu.csv" ]
  - name: estimated
    gpu: { watts: 300 W }
    duration: 1 h
`;
  const OWN = 'timestamp,intensity_g_per_kwh\n2026-01-01T00:00:00Z,10\n2026-01-01T01:00:00Z,20\n';

  it("the run's own series beats the flag's; the flag's reaches the rest; estimated runs are listed in one notice", async () => {
    const report = await analyze(
      input(
        TWO_RUNS,
        { 'logs/gpu.csv': LOG, 'data/own.csv': OWN },
        { intensitySeries: { file: 'flag.csv', text: TWO_HOURS } }
      )
    );
    const byName = Object.fromEntries(report.runs.map((r) => [r.name, r]));
    expect(byName.own.emissionsKg).toBeCloseTo((HOUR0_KWH * 10 + HOUR1_KWH * 20) / 1000, 15);
    expect(byName.own.measurement?.timeResolvedIntensity?.origin).toBe('manifest');
    expect(byName.flag.emissionsKg).toBeCloseTo((HOUR0_KWH * 100 + HOUR1_KWH * 500) / 1000, 15);
    expect(byName.flag.measurement?.timeResolvedIntensity).toMatchObject({ origin: 'override', label: 'flag.csv' });
    // 300 W x 1 h = 0.3 kWh at 250 g/kWh: the series is not used.
    expect(byName.estimated.emissionsKg).toBeCloseTo((0.3 * 250) / 1000, 15);
    expect(codes(report)).toEqual(['notice intensity/estimated-run']);
    expect(report.diagnostics[0]).toMatchObject({ file: 'flag.csv' });
    expect(report.diagnostics[0].message).toContain('"estimated"');
  });

  it('an estimated run that names its own series: a notice at that key, and its annual intensity', async () => {
    const manifest = `version: 1
runs:
  - name: planned
    gpu: { watts: 300 W }
    duration: 1 h
    pue: 1
    intensity: 250 g/kWh
    intensity-series: data/own.csv
`;
    const report = await analyze(input(manifest, { 'data/own.csv': OWN }));
    expect(codes(report)).toEqual(['notice intensity/estimated-run 8:23']);
    expect(report.runs[0].emissionsKg).toBeCloseTo((0.3 * 250) / 1000, 15);
  });

  it('the flag series is parsed once, its problems reported once', async () => {
    const bad = 'timestamp,carbon_intensity_gco2_per_kwh\n2026-01-01T00:00:00Z,100\n2026-01-01T01:00:00Z,-5\n';
    const report = await analyze(
      input(
        TWO_RUNS.replace('    intensity-series: data/own.csv\n', ''),
        { 'logs/gpu.csv': LOG },
        { intensitySeries: { file: 'flag.csv', text: bad } }
      )
    );
    expect(codes(report).filter((c) => c.startsWith('warning intensity/negative'))).toEqual([
      'warning intensity/negative 3:22'
    ]);
    // Both measured runs: hour 01 at the fallback 250 g/kWh, each warned once.
    expect(codes(report).filter((c) => c.includes('partial-coverage'))).toHaveLength(2);
    for (const run of report.runs.filter((r) => r.method === 'measured')) {
      expect(run.emissionsKg).toBeCloseTo((HOUR0_KWH * 100 + HOUR1_KWH * 250) / 1000, 15);
    }
  });
});

describe('a provider (Electricity Maps) for runs without a series file', () => {
  /** A provider that answers from a table of hourly values, recording what it was asked. */
  function tableProvider(
    hourly: Record<number, number> | 'fail'
  ): IntensityProvider & { requests: IntensityRequest[] } {
    const requests: IntensityRequest[] = [];
    return {
      name: 'Electricity Maps',
      requests,
      async fetch(request) {
        requests.push(request);
        if (hourly === 'fail')
          return { ok: false, message: 'Electricity Maps answered with HTTP 500 after 4 attempt(s).' };
        const points = Object.entries(hourly).map(([t, g]) => ({ timeMs: Number(t), intensityGPerKWh: g }));
        return {
          ok: true,
          series: seriesFromPoints(points, `Electricity Maps ${request.zone}`, {
            name: 'test provider',
            licence: 'test'
          })
        };
      }
    };
  }
  const RUNS = `version: 1
defaults:
  pue: 1
runs:
  - name: frankfurt
    location: aws:eu-central-1
    traces: [ "logs/gpu.csv" ]
  - name: frankfurt-again
    location: aws:eu-central-1
    traces: [ "logs/gpu.csv" ]
  - name: explicit
    location: aws:eu-central-1
    intensity: 250 g/kWh
    traces: [ "logs/gpu.csv" ]
  - name: preset
    location: strubell-2019
    traces: [ "logs/gpu.csv" ]
`;
  // Electricity Maps' 2025 yearly average for zone DE (the zone of AWS eu-central-1, Frankfurt).
  const DE_ANNUAL = ELECTRICITY_MAPS_ZONES.DE[0];

  it("fetches the zone of the run's location over its hours, once for runs that share both", async () => {
    const provider = tableProvider({ [T0]: 100, [T0 + HOUR]: 500 });
    const report = await analyze(input(RUNS, { 'logs/gpu.csv': LOG }, { intensityProvider: provider }));
    expect(provider.requests).toEqual([{ zone: 'DE', startMs: T0, endMs: T0 + 2 * HOUR }]);
    const byName = Object.fromEntries(report.runs.map((r) => [r.name, r]));
    for (const name of ['frankfurt', 'frankfurt-again']) {
      expect(byName[name].emissionsKg).toBeCloseTo((HOUR0_KWH * 100 + HOUR1_KWH * 500) / 1000, 15);
      expect(byName[name].measurement?.timeResolvedIntensity).toMatchObject({
        origin: 'provider',
        label: 'Electricity Maps DE',
        coveredFraction: 1
      });
    }
    expect(byName.frankfurt.sources.intensity.intensityGPerKWh).toBe(DE_ANNUAL);
    // An explicit intensity is kept; a preset has no zone: both say so.
    expect(byName.explicit.emissionsKg).toBeCloseTo((TOTAL_KWH * 250) / 1000, 15);
    expect(codes(report)).toEqual(['notice intensity/not-fetched 13:16', 'notice intensity/not-fetched 16:15']);
    expect(report.diagnostics[0].message).toContain('its `intensity` is given explicitly');
    expect(report.diagnostics[1].message).toContain('has no Electricity Maps zone');
  });

  it("the base shares the head's provider answers: an unchanged run is fetched once and stays unchanged", async () => {
    const provider = tableProvider({ [T0]: 100, [T0 + HOUR]: 500 });
    const manifest = RUNS.split('  - name: frankfurt-again')[0];
    const files = { 'logs/gpu.csv': LOG };
    const report = await analyze(
      input(manifest, files, {
        intensityProvider: provider,
        base: {
          ref: 'base',
          manifests: [{ file: 'm.yml', text: manifest }],
          traces: memoryReader(files),
          changedManifests: [],
          diagnostics: []
        }
      })
    );
    expect(provider.requests).toEqual([{ zone: 'DE', startMs: T0, endMs: T0 + 2 * HOUR }]);
    expect(report.changes).toEqual([
      expect.objectContaining({ run: 'frankfurt', kind: 'unchanged', deltaEmissionsKg: 0 })
    ]);
  });

  it('a failure: the annual average, a warning that says why, and a valid report', async () => {
    const provider = tableProvider('fail');
    const report = await analyze(
      input(RUNS.split('  - name: explicit')[0], { 'logs/gpu.csv': LOG }, { intensityProvider: provider })
    );
    expect(provider.requests).toHaveLength(1);
    expect(report.inputValid).toBe(true);
    for (const run of report.runs) {
      expect(run.emissionsKg).toBeCloseTo((TOTAL_KWH * DE_ANNUAL) / 1000, 15);
      expect(run.measurement?.timeResolvedIntensity).toBeUndefined();
    }
    expect(codes(report)).toEqual(['warning intensity/provider-failed 6:15', 'warning intensity/provider-failed 9:15']);
    expect(report.diagnostics[0].message).toBe(
      `Run "frankfurt": no hourly intensities from Electricity Maps for zone DE, 2026-01-01T00:00Z to 2026-01-01T02:00Z: Electricity Maps answered with HTTP 500 after 4 attempt(s). The annual average is used instead: ${DE_ANNUAL} g/kWh (${labelOf('aws:eu-central-1')}).`
    );
  });

  it('a provider that throws is a failure too, never an exception out of analyze', async () => {
    const provider: IntensityProvider = {
      name: 'Electricity Maps',
      fetch: async () => {
        throw new Error('socket hang up');
      }
    };
    const report = await analyze(
      input(RUNS.split('  - name: frankfurt-again')[0], { 'logs/gpu.csv': LOG }, { intensityProvider: provider })
    );
    expect(codes(report)).toEqual(['warning intensity/provider-failed 6:15']);
    expect(report.diagnostics[0].message).toContain(
      '2026-01-01T02:00Z: socket hang up. The annual average is used instead'
    );
  });
});

describe('Electricity Maps zones of locations', () => {
  it.each([
    ['DE', 'DE'],
    ['Germany', 'DE'],
    ['DEU', 'DE'],
    ['US-CAL-CISO', 'US-CAL-CISO'],
    ['zone:FR', 'FR'],
    ['aws:us-east-1', 'US-MIDA-PJM'],
    ['azure:westeurope', 'NL'],
    ['gcp:europe-west4', 'NL'],
    ['gcp:us-central1', 'US-MIDW-MISO'],
    ['strubell-2019', undefined],
    ['WORLD', undefined]
  ])('%s -> %s', (location, zone) => {
    const found = findIntensity(location);
    if (!found.ok) throw new Error(`${location} is not in the catalogue`);
    expect(electricityMapsZone(found.value.key)).toBe(zone);
  });

  it('an explicit intensity has no zone', () => {
    expect(electricityMapsZone('explicit')).toBeUndefined();
  });

  it('every Google Cloud region of the catalogue has a zone that Electricity Maps knows', () => {
    expect(Object.keys(GCP_REGION_ZONES).sort()).toEqual(Object.keys(GCP_REGIONS).sort());
    for (const zone of Object.values(GCP_REGION_ZONES))
      expect([zone, zone in ELECTRICITY_MAPS_ZONES]).toEqual([zone, true]);
  });
});

describe('the manifest key', () => {
  it.each([
    ['in a run', 'runs:\n  - name: a\n    traces: x.csv\n    intensity-series: data/a.csv\n', 'data/a.csv'],
    [
      'inherited from defaults',
      'defaults:\n  intensity-series: data/d.csv\nruns:\n  - name: a\n    traces: x.csv\n',
      'data/d.csv'
    ],
    [
      'a run replaces the default',
      'defaults:\n  intensity-series: data/d.csv\nruns:\n  - name: a\n    traces: x.csv\n    intensity-series: data/a.csv\n',
      'data/a.csv'
    ]
  ])('%s', (_case, body, expected) => {
    const { manifest, diagnostics } = parseManifest('m.yml', `version: 1\n${body}`);
    expect(diagnostics).toEqual([]);
    expect(manifest?.runs[0].intensitySeries).toBe(expected);
  });

  it('must be a file name', () => {
    const { diagnostics } = parseManifest(
      'm.yml',
      'version: 1\nruns:\n  - name: a\n    traces: x.csv\n    intensity-series: [a, b]\n'
    );
    expect(diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.column}`)).toEqual([
      'error manifest/bad-type 5:23'
    ]);
  });
});
