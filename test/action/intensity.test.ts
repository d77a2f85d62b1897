/**
 * Time-resolved intensity through the action: `run()` in-process with the `intensity-series`,
 * `electricity-maps-token` and `electricity-maps-url` inputs, over real files in a workspace and a
 * real HTTP server on 127.0.0.1 that speaks Electricity Maps' `GET /v3/carbon-intensity/past-range`.
 * Every expected number is worked out by hand below.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { run } from '../../src/action/main.js';
import { ELECTRICITY_MAPS_ZONES } from '../../src/core/catalog/data/electricity-maps.generated.js';
import { FakeElectricityMaps, RETRY_AT_ONCE } from '../support/electricity-maps-server.js';
import { GITHUB_ACTIONS_BOT, GitHubServer } from '../support/github-server.js';
import {
  annotations,
  decodeCommand,
  OWNER,
  prepareRunner,
  pullRequestEvent,
  pushEvent,
  REPO,
  TOKENS,
  withRunnerEnv,
  type RunnerOptions
} from './harness.js';

const J_PER_KWH = 3.6e6;
const PUE = 1.5;
/** Long and unlike anything else in a report, so a leak cannot hide in a coincidence. */
const EM_TOKEN = 'em-action-secret-4b7e2d9a0c';

/**
 * One GPU (nvidia-smi CSV), 200 W at 00:59:00 and 400 W at 01:01:00 UTC. The trapezoid is cut at
 * 01:00:00, where the interpolated power is (200 + 400) / 2 = 300 W: hour 00 gets
 * (200 + 300) / 2 W x 60 s = 15,000 J, hour 01 gets (300 + 400) / 2 W x 60 s = 21,000 J.
 */
const TRACE = [
  'timestamp, index, power.draw [W]',
  '2026/01/01 00:59:00.000, 0, 200.00 W',
  '2026/01/01 01:01:00.000, 0, 400.00 W',
  ''
].join('\n');
const HOUR0_KWH = (((200 + 300) / 2) * 60) / J_PER_KWH;
const HOUR1_KWH = (((300 + 400) / 2) * 60) / J_PER_KWH;
const TOTAL_KWH = HOUR0_KWH + HOUR1_KWH;

/** The grid: 100 g/kWh in hour 00 and 500 g/kWh in hour 01 (UTC), as a file and as the API serves it. */
const GRID_G_PER_KWH: Record<string, number> = { '2026-01-01T00:00:00.000Z': 100, '2026-01-01T01:00:00.000Z': 500 };
const SERIES_CSV = 'timestamp,carbon_intensity_gco2_per_kwh\n2026-01-01T00:00:00Z,100\n2026-01-01T01:00:00Z,500\n';
/** Each hour's energy x PUE x that hour's g/kWh. */
const HOURLY_KG = ((HOUR0_KWH * 100 + HOUR1_KWH * 500) * PUE) / 1000;
/** The energy-weighted intensity the run reports: (15,000 J x 100 + 21,000 J x 500) / 36,000 J. */
const EFFECTIVE_G_PER_KWH = (15000 * 100 + 21000 * 500) / 36000;

/**
 * AWS eu-central-1 (Frankfurt) lies in Electricity Maps zone DE; its annual value, the fallback, is
 * Electricity Maps' published yearly average for DE from the catalogue's table.
 */
const DE_ANNUAL_G_PER_KWH = ELECTRICITY_MAPS_ZONES.DE[0];
const ANNUAL_KG = (TOTAL_KWH * PUE * DE_ANNUAL_G_PER_KWH) / 1000;

/** The manifest: `location:` is the value on line 5, column 15, where a provider warning points. */
const MANIFEST = `version: 1
runs:
  - name: boundary
    pue: ${PUE}
    location: aws:eu-central-1
    traces: [ "logs/gpu.csv" ]
`;
const WORKSPACE_FILES = { 'run/carbon-manifest.yml': MANIFEST, 'run/logs/gpu.csv': TRACE };

let github: GitHubServer;
let api: FakeElectricityMaps;
let apiUrl: string;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  github = await GitHubServer.start();
  github.addToken(TOKENS.installation, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
});

afterAll(async () => {
  for (const c of cleanups) c();
  await github.close();
});

beforeEach(async () => {
  github.clearRequests();
  api = new FakeElectricityMaps({
    token: EM_TOKEN,
    intensityAt: (hourMs) => GRID_G_PER_KWH[new Date(hourMs).toISOString()] ?? null
  });
  apiUrl = await api.listen();
});

afterEach(async () => {
  await api.close();
});

/** Runs the action once on a push (no PR, no GitHub API call) unless the options say otherwise. */
async function runOnce(options: Partial<RunnerOptions> & { inputs: Record<string, string> }) {
  const setup = prepareRunner({
    server: github,
    eventName: 'push',
    payload: pushEvent(),
    ...options,
    files: { ...WORKSPACE_FILES, ...(options.files ?? {}) },
    inputs: { budget: '1 kg', ...options.inputs }
  });
  cleanups.push(setup.cleanup);
  const { value: outcome, stdout, exitCode } = await withRunnerEnv(setup.env, () => run());
  const outputs = setup.outputs();
  const reportText = outputs['report-path'] ? readFileSync(outputs['report-path'], 'utf8') : '';
  return {
    outcome,
    stdout,
    exitCode,
    outputs,
    summary: setup.summary(),
    reportText,
    report: reportText ? JSON.parse(reportText) : undefined,
    setup
  };
}

describe('intensity-series input', () => {
  test('weights the measured run hour by hour from a workspace CSV', async () => {
    const r = await runOnce({
      files: { 'data/grid.csv': SERIES_CSV },
      inputs: { 'intensity-series': 'data/grid.csv' }
    });
    expect(r.outcome.exitCode).toBe(0);
    expect(r.exitCode).toBeUndefined();
    expect(api.seen).toEqual([]);
    expect(github.requests).toEqual([]);
    expect(r.report.inputValid).toBe(true);
    expect(r.report.diagnostics).toEqual([]);
    expect(r.report.totals.emissionsKg).toBeCloseTo(HOURLY_KG, 15);
    expect(r.report.runs[0].emissionsKg).toBeCloseTo(HOURLY_KG, 15);
    expect(r.report.runs[0].intensityGPerKWh).toBeCloseTo(EFFECTIVE_G_PER_KWH, 9);
    expect(r.report.runs[0].measurement.timeResolvedIntensity).toMatchObject({
      label: 'data/grid.csv',
      origin: 'override',
      coveredFraction: 1,
      coveredHours: 2
    });
    expect(Number(r.outputs['emissions-kg'])).toBeCloseTo(HOURLY_KG, 15);
    expect(r.outputs.status).toBe('pass');
  });

  // The annual value for the same run, so the hourly one above cannot pass by coincidence.
  test('without it, the same run is at the annual average of its location', async () => {
    const r = await runOnce({ inputs: {} });
    expect(r.outcome.exitCode).toBe(0);
    expect(r.report.totals.emissionsKg).toBeCloseTo(ANNUAL_KG, 15);
    expect(r.report.runs[0].measurement.timeResolvedIntensity).toBeUndefined();
    expect(ANNUAL_KG).not.toBeCloseTo(HOURLY_KG, 6);
  });

  test.each<{ case: string; file: string; files: Record<string, string>; code: string }>([
    { case: 'a file that does not exist', file: 'data/missing.csv', files: {}, code: 'io/not-found' },
    {
      case: 'a path outside the workspace',
      file: '../outside.csv',
      files: { '../outside.csv': SERIES_CSV },
      code: 'io/outside-root'
    }
  ])('$case: an error naming the input file, and the step fails', async ({ file, files, code }) => {
    const r = await runOnce({ files, inputs: { 'intensity-series': file } });
    expect(r.outcome.exitCode).toBe(1);
    expect(r.report.inputValid).toBe(false);
    expect(r.report.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code, file })]);
    expect(annotations(r.stdout, 'error').some((l) => decodeCommand(l).includes(`file=${file}`))).toBe(true);
  });
});

describe('Electricity Maps inputs', () => {
  const inputs = (): Record<string, string> => ({ 'electricity-maps-token': EM_TOKEN, 'electricity-maps-url': apiUrl });

  /** Every place the token could leak to, less the runner's own `::add-mask::` command. */
  function leaks(r: Awaited<ReturnType<typeof runOnce>>, extra: string[] = []): string[] {
    const lines = r.stdout.split(/\r?\n/).filter((l) => l !== `::add-mask::${EM_TOKEN}`);
    const places: [string, string][] = [
      ['stdout', lines.join('\n')],
      ['summary', r.summary],
      ['report', r.reportText],
      ['outputs', JSON.stringify(r.outputs)],
      ...extra.map((text, i): [string, string] => [`extra ${i}`, text])
    ];
    return places.filter(([, text]) => text.includes(EM_TOKEN)).map(([where]) => where);
  }

  test.each([
    { event: 'push', prNumber: undefined },
    { event: 'pull_request', prNumber: 31 }
  ])(
    "$event: fetches zone DE over the run's hours with the auth-token header, and the token is only ever masked",
    async ({ event, prNumber }) => {
      const r = await runOnce({
        eventName: event,
        payload: prNumber === undefined ? pushEvent() : pullRequestEvent({ number: prNumber }),
        inputs: { ...inputs(), comment: prNumber === undefined ? 'off' : 'update' }
      });
      expect(r.outcome.exitCode).toBe(0);
      expect(api.seen).toEqual([
        {
          path: '/v3/carbon-intensity/past-range',
          zone: 'DE',
          start: '2026-01-01T00:00:00.000Z',
          end: '2026-01-01T02:00:00.000Z',
          token: EM_TOKEN
        }
      ]);
      expect(r.report.inputValid).toBe(true);
      expect(r.report.totals.emissionsKg).toBeCloseTo(HOURLY_KG, 15);
      expect(r.report.runs[0].intensityGPerKWh).toBeCloseTo(EFFECTIVE_G_PER_KWH, 9);
      expect(r.report.runs[0].measurement.timeResolvedIntensity).toMatchObject({
        label: 'Electricity Maps DE',
        origin: 'provider',
        coveredFraction: 1,
        coveredHours: 2
      });
      // The annual value stays the run's source: it is what hours without a value would use.
      expect(r.report.runs[0].sources.intensity.intensityGPerKWh).toBe(DE_ANNUAL_G_PER_KWH);

      // Masked before anything was printed: the runner replaces it with *** from that line on.
      const stdoutLines = r.stdout.split(/\r?\n/);
      const maskAt = stdoutLines.indexOf(`::add-mask::${EM_TOKEN}`);
      expect(maskAt).toBeGreaterThanOrEqual(0);
      expect(stdoutLines.slice(0, maskAt).some((l) => l.includes(EM_TOKEN))).toBe(false);
      const comments = prNumber === undefined ? [] : github.comments(OWNER, REPO, prNumber);
      expect(comments).toHaveLength(prNumber === undefined ? 0 : 1);
      expect(leaks(r, [...comments.map((c) => c.body), JSON.stringify(github.requests)])).toEqual([]);
    }
  );

  test('a server answering 500: the annual average, a warning with the reason, and the step passes', async () => {
    // The first try and the client's three retries all fail.
    const serverError = { status: 500, headers: RETRY_AT_ONCE };
    api.faults = [serverError, serverError, serverError, serverError];
    const r = await runOnce({ inputs: inputs() });
    expect(r.outcome.exitCode).toBe(0);
    expect(r.exitCode).toBeUndefined();
    expect(r.outcome.status).toBe('pass');
    expect(r.outputs.status).toBe('pass');
    expect(api.seen).toHaveLength(4);
    expect(api.seen.every((s) => s.token === EM_TOKEN)).toBe(true);

    expect(r.report.inputValid).toBe(true);
    expect(r.report.totals.emissionsKg).toBeCloseTo(ANNUAL_KG, 15);
    expect(Number(r.outputs['emissions-kg'])).toBeCloseTo(ANNUAL_KG, 15);
    expect(r.report.runs[0].measurement.timeResolvedIntensity).toBeUndefined();
    expect(r.report.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'intensity/provider-failed',
        file: 'run/carbon-manifest.yml',
        line: 5,
        column: 15
      })
    ]);
    const message: string = r.report.diagnostics[0].message;
    expect(message).toContain(
      'no hourly intensities from Electricity Maps for zone DE, 2026-01-01T00:00Z to 2026-01-01T02:00Z'
    );
    expect(message).toContain('HTTP 500: injected 500 after 4 attempt(s)');
    expect(message).toContain(`The annual average is used instead: ${DE_ANNUAL_G_PER_KWH} g/kWh`);

    const warnings = annotations(r.stdout, 'warning').map(decodeCommand);
    expect(warnings).toHaveLength(1);
    // The annotation spans the value `aws:eu-central-1`, from column 15 to its last character.
    const endColumn = 15 + 'aws:eu-central-1'.length - 1;
    expect(warnings[0]).toMatch(
      new RegExp(
        `^::warning title=carbon-gate intensity/provider-failed,file=run/carbon-manifest\\.yml,line=5,endLine=5,col=15,endColumn=${endColumn}::Run "boundary": no hourly intensities `
      )
    );
    expect(annotations(r.stdout, 'error')).toEqual([]);
    expect(leaks(r)).toEqual([]);
  });
});
