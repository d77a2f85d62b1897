/**
 * Time-resolved intensity through the CLI, in-process over real files: `--intensity-series`, a
 * manifest's `intensity-series`, and the Electricity Maps client against a real HTTP server on
 * 127.0.0.1 that speaks `GET /v3/carbon-intensity/past-range`. Expected numbers are worked out by
 * hand in each test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { main, type CliIo } from '../../src/cli/main.js';
import { ELECTRICITY_MAPS_ZONES } from '../../src/core/catalog/data/electricity-maps.generated.js';
import { FakeElectricityMaps, RETRY_AT_ONCE } from '../support/electricity-maps-server.js';

const J_PER_KWH = 3.6e6;
const TOKEN = 'em-secret-7f3a9c1d';

/**
 * One GPU, 200 W at 00:59:00 and 400 W at 01:01:00 UTC. The trapezoid is cut at 01:00:00, where
 * the interpolated power is 300 W: hour 00 gets (200 + 300) / 2 x 60 s = 15,000 J, hour 01
 * (300 + 400) / 2 x 60 s = 21,000 J.
 */
const LOG = [
  'timestamp, index, power.draw [W]',
  '2026/01/01 00:59:00.000, 0, 200.00 W',
  '2026/01/01 01:01:00.000, 0, 400.00 W',
  ''
].join('\n');
const HOUR0_KWH = 15000 / J_PER_KWH;
const HOUR1_KWH = 21000 / J_PER_KWH;
const TOTAL_KWH = HOUR0_KWH + HOUR1_KWH;
/** The grid: 100 g/kWh in hour 00, 500 g/kWh in hour 01. */
const GRID: Record<string, number> = { '2026-01-01T00:00:00.000Z': 100, '2026-01-01T01:00:00.000Z': 500 };
const SERIES_CSV = 'timestamp,carbon_intensity_gco2_per_kwh\n2026-01-01T00:00:00Z,100\n2026-01-01T01:00:00Z,500\n';
/** With PUE 1.5: the hours weighted by their own intensity. */
const HOURLY_KG = ((HOUR0_KWH * 100 + HOUR1_KWH * 500) / 1000) * 1.5;

let dir: string;

function put(rel: string, content: string | Buffer): void {
  const abs = path.join(dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

async function runCli(argv: string[], env: Record<string, string> = {}, cwd = dir) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), cwd, env, isTTY: false };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** A measured run in `run/`, PUE 1.5, at `location` (or an explicit intensity). */
function measuredManifest(place: string, extra = ''): string {
  return `version: 1
runs:
  - name: boundary
    pue: 1.5
    ${place}
    traces: [ "logs/gpu.csv" ]
${extra}`;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-intensity-'));
  put('run/logs/gpu.csv', LOG);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('--intensity-series', () => {
  it('weights a measured run hour by hour, and says so in the report', async () => {
    put('run/carbon-manifest.yml', measuredManifest('intensity: 250 g/kWh'));
    put('grid.csv', SERIES_CSV);
    const result = await runCli(['check', '--intensity-series', 'grid.csv', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.totals.emissionsKg).toBeCloseTo(HOURLY_KG, 15);
    expect(report.runs[0].measurement.timeResolvedIntensity).toMatchObject({
      label: 'grid.csv',
      origin: 'override',
      coveredFraction: 1,
      coveredHours: 2
    });
    // Effective intensity: (15,000 x 100 + 21,000 x 500) / 36,000 g/kWh.
    expect(report.runs[0].intensityGPerKWh).toBeCloseTo((15000 * 100 + 21000 * 500) / 36000, 9);
  });

  it.each(['text', 'markdown'])('the %s report carries the time-resolved note', async (format) => {
    put('run/carbon-manifest.yml', measuredManifest('intensity: 250 g/kWh'));
    put('grid.csv.gz', gzipSync(Buffer.from(SERIES_CSV)));
    const result = await runCli(['check', '--intensity-series', 'grid.csv.gz', '--format', format, '--no-color']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Time-resolved intensity grid.csv.gz');
    expect(result.stdout).toContain('100% of the IT energy, over 2 hours, is weighted by its own hour');
  });

  it("a series missing an hour: the run's intensity for it, a warning with the coverage, exit 0", async () => {
    put('run/carbon-manifest.yml', measuredManifest('intensity: 250 g/kWh'));
    put('grid.csv', 'timestamp,carbon_intensity_gco2_per_kwh\n2026-01-01T00:00:00Z,100\n');
    const result = await runCli(['check', '--intensity-series', 'grid.csv', '--format', 'json', '--budget', '1 kg']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.totals.emissionsKg).toBeCloseTo(((HOUR0_KWH * 100 + HOUR1_KWH * 250) / 1000) * 1.5, 15);
    // 15,000 J of 36,000 J = 41.67%, cut (not rounded) to one decimal.
    expect(result.stderr).toMatch(
      /^run\/carbon-manifest\.yml:3:5: warning intensity\/partial-coverage: Run "boundary": the intensity series grid\.csv covers 41\.6% of its energy; .*Hours without a value: 2026-01-01T01:00Z\.$/m
    );
  });

  it('a missing file: exit 2, naming it', async () => {
    put('run/carbon-manifest.yml', measuredManifest('intensity: 250 g/kWh'));
    const result = await runCli(['check', '--intensity-series', 'nope.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^nope\.csv: error io\/not-found: No such intensity series/m);
  });

  it("a manifest's own intensity-series is read relative to the manifest, and beats the flag", async () => {
    put('run/carbon-manifest.yml', measuredManifest('intensity: 250 g/kWh', '    intensity-series: data/grid.csv\n'));
    put(
      'run/data/grid.csv',
      'timestamp,carbon_intensity_gco2_per_kwh\n2026-01-01T00:00:00Z,10\n2026-01-01T01:00:00Z,20\n'
    );
    put('grid.csv', SERIES_CSV);
    const result = await runCli(['check', '--intensity-series', 'grid.csv', '--format', 'json']);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.totals.emissionsKg).toBeCloseTo(((HOUR0_KWH * 10 + HOUR1_KWH * 20) / 1000) * 1.5, 15);
    expect(report.runs[0].measurement.timeResolvedIntensity).toMatchObject({
      label: 'run/data/grid.csv',
      origin: 'manifest'
    });
  });

  it("a manifest's intensity-series outside the folder being checked is refused", async () => {
    put('secret.csv', SERIES_CSV);
    put('repo/run/logs/gpu.csv', LOG);
    put(
      'repo/run/carbon-manifest.yml',
      measuredManifest('intensity: 250 g/kWh', '    intensity-series: ../../secret.csv\n')
    );
    const result = await runCli(['check', '--format', 'json'], {}, path.join(dir, 'repo'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^run\/carbon-manifest\.yml: error io\/outside-root: /m);
  });
});

describe('Electricity Maps', () => {
  let api: FakeElectricityMaps;
  let baseUrl: string;
  // AWS eu-central-1 (Frankfurt) draws from zone DE; its annual value is Electricity Maps' 2025 average.
  const DE_ANNUAL = ELECTRICITY_MAPS_ZONES.DE[0];

  beforeEach(async () => {
    api = new FakeElectricityMaps({
      token: TOKEN,
      intensityAt: (hourMs) => GRID[new Date(hourMs).toISOString()] ?? null
    });
    baseUrl = await api.listen();
    put('run/carbon-manifest.yml', measuredManifest('location: aws:eu-central-1'));
  });

  afterEach(async () => {
    await api.close();
  });

  it.each([
    ['the environment', [], { ELECTRICITY_MAPS_TOKEN: TOKEN }],
    ['the flag', ['--electricity-maps-token', TOKEN], {}]
  ])('a token from %s fetches the zone of the location over the hours of the run', async (_from, flags, env) => {
    const result = await runCli(['check', '--electricity-maps-url', baseUrl, ...flags, '--format', 'json'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(api.seen).toEqual([
      {
        path: '/v3/carbon-intensity/past-range',
        zone: 'DE',
        start: '2026-01-01T00:00:00.000Z',
        end: '2026-01-01T02:00:00.000Z',
        token: TOKEN
      }
    ]);
    const report = JSON.parse(result.stdout);
    expect(report.totals.emissionsKg).toBeCloseTo(HOURLY_KG, 15);
    expect(report.runs[0].measurement.timeResolvedIntensity).toMatchObject({
      label: 'Electricity Maps DE',
      origin: 'provider',
      coveredFraction: 1
    });
    expect(report.runs[0].sources.intensity.intensityGPerKWh).toBe(DE_ANNUAL);
    expect(result.stdout).not.toContain(TOKEN);
  });

  it('a server error: the annual average, a warning naming the failure, exit code unaffected, no token anywhere', async () => {
    const serverError = { status: 500, headers: RETRY_AT_ONCE };
    api.faults = [serverError, serverError, serverError, serverError];
    const result = await runCli(['check', '--electricity-maps-url', baseUrl, '--budget', '1 kg', '--format', 'json'], {
      ELECTRICITY_MAPS_TOKEN: TOKEN
    });
    expect(result.code).toBe(0);
    // The first try and three retries.
    expect(api.seen).toHaveLength(4);
    const report = JSON.parse(result.stdout);
    expect(report.status).toBe('pass');
    expect(report.inputValid).toBe(true);
    expect(report.totals.emissionsKg).toBeCloseTo((TOTAL_KWH * 1.5 * DE_ANNUAL) / 1000, 15);
    expect(report.runs[0].measurement.timeResolvedIntensity).toBeUndefined();
    expect(result.stderr).toMatch(
      /^run\/carbon-manifest\.yml:5:15: warning intensity\/provider-failed: Run "boundary": no hourly intensities from Electricity Maps for zone DE, 2026-01-01T00:00Z to 2026-01-01T02:00Z: Electricity Maps answered .* with HTTP 500: injected 500 after 4 attempt\(s\)\. The annual average is used instead: /m
    );
    expect(result.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  it('a rejected token: the same fallback, and the token is not echoed', async () => {
    const result = await runCli(['check', '--electricity-maps-url', baseUrl, '--format', 'json'], {
      ELECTRICITY_MAPS_TOKEN: 'wrong-token-123'
    });
    expect(result.code).toBe(0);
    expect(api.seen).toHaveLength(1);
    expect(result.stderr).toMatch(
      /warning intensity\/provider-failed: .*Electricity Maps rejected the token \(HTTP 401\)/
    );
    expect(result.stdout + result.stderr).not.toContain('wrong-token-123');
  });

  it('no token: nothing is fetched, and a URL alone is a notice', async () => {
    const result = await runCli(['check', '--electricity-maps-url', baseUrl, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(api.seen).toEqual([]);
    expect(result.stderr).toMatch(/^notice intensity\/no-token: /m);
    expect(JSON.parse(result.stdout).totals.emissionsKg).toBeCloseTo((TOTAL_KWH * 1.5 * DE_ANNUAL) / 1000, 15);
  });

  it('a URL that is not http(s): a usage error naming the flag, exit 2, nothing fetched', async () => {
    const result = await runCli(['check', '--electricity-maps-url', 'ftp://example.org/v3'], {
      ELECTRICITY_MAPS_TOKEN: TOKEN
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^carbon-gate: Option '--electricity-maps-url': "ftp:\/\/example\.org\/v3" is not an http\(s\) URL; /m
    );
    expect(api.seen).toEqual([]);
    expect(result.stderr).not.toContain(TOKEN);
  });

  it('a series file beats the provider', async () => {
    put('grid.csv', 'timestamp,carbon_intensity_gco2_per_kwh\n2026-01-01T00:00:00Z,10\n2026-01-01T01:00:00Z,20\n');
    const result = await runCli(
      ['check', '--intensity-series', 'grid.csv', '--electricity-maps-url', baseUrl, '--format', 'json'],
      { ELECTRICITY_MAPS_TOKEN: TOKEN }
    );
    expect(api.seen).toEqual([]);
    expect(JSON.parse(result.stdout).totals.emissionsKg).toBeCloseTo(
      ((HOUR0_KWH * 10 + HOUR1_KWH * 20) / 1000) * 1.5,
      15
    );
  });
});
