/**
 * One way in: the same manifests, config and options give byte-identical report JSON from the two
 * built bundles — the CLI's `node dist/cli/index.js check ... --format json` and the action's
 * `node dist/index.js` (run as the runner runs it: every input's action.yml default set, the
 * `GITHUB_*` context, a local API server) at its `report-path` — for every option the two share.
 *
 * The run is measured from an nvidia-smi log whose timestamps carry no zone, weighted hour by hour
 * by an intensity series or by a local Electricity Maps server, so `timezone` decides which hour
 * each joule falls in: an adapter that dropped it would give other numbers. Expected numbers are
 * worked out by hand below.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeElectricityMaps } from '../support/electricity-maps-server.js';
import { GITHUB_ACTIONS_BOT, GitHubServer } from '../support/github-server.js';
import { prepareRunner, pushEvent, ROOT, TOKENS } from './harness.js';

const ACTION_BUNDLE = path.join(ROOT, 'dist/index.js');
const CLI_BUNDLE = path.join(ROOT, 'dist/cli/index.js');

const J_PER_KWH = 3.6e6;
const PUE = 1.5;

/**
 * One GPU at 200 W at 00:59:00 and 400 W at 01:01:00, local time of an unknown zone. The trapezoid
 * is cut at the hour, where the power is (200 + 400) / 2 = 300 W: the first hour gets
 * (200 + 300) / 2 W x 60 s = 15,000 J, the next (300 + 400) / 2 W x 60 s = 21,000 J.
 */
const TRACE = [
  'timestamp, index, power.draw [W]',
  '2026/01/01 00:59:00.000, 0, 200.00 W',
  '2026/01/01 01:01:00.000, 0, 400.00 W',
  ''
].join('\n');
const FIRST_HOUR_J = ((200 + 300) / 2) * 60;
const SECOND_HOUR_J = ((300 + 400) / 2) * 60;

/** The grid's g/kWh by UTC hour, as a series file and as the fake Electricity Maps serves it. */
const GRID: Record<string, number> = {
  '2025-12-31T23:00:00.000Z': 300,
  '2026-01-01T00:00:00.000Z': 100,
  '2026-01-01T01:00:00.000Z': 500
};
const SERIES_CSV = `timestamp,carbon_intensity_gco2_per_kwh\n${Object.entries(GRID)
  .map(([t, g]) => `${t},${g}`)
  .join('\n')}\n`;

/** kg CO2e when the log's 00:59 is `offsetH` hours ahead of UTC: its two parts fall in the UTC hours 00 - offset and 01 - offset. */
function expectedKg(offsetH: 0 | 1): number {
  const [first, second] =
    offsetH === 0
      ? [GRID['2026-01-01T00:00:00.000Z'], GRID['2026-01-01T01:00:00.000Z']]
      : [GRID['2025-12-31T23:00:00.000Z'], GRID['2026-01-01T00:00:00.000Z']];
  return (((FIRST_HOUR_J * first + SECOND_HOUR_J * second) / J_PER_KWH) * PUE) / 1000;
}

/** The manifest names no location (it comes from the config or the `location` option). */
const MANIFEST = `version: 1
runs:
  - name: boundary
    pue: ${PUE}
    traces: [ "logs/gpu.csv" ]
`;

const EM_TOKEN = 'em-parity-secret-71c3';

/** The workspace (the CLI's current folder, the action's checkout). */
const FILES: Record<string, string> = {
  'ml/carbon-manifest.yml': MANIFEST,
  'ml/logs/gpu.csv': TRACE,
  '.github/carbon-budget.yml': 'budget:\n  emissions: 1 kg\nlocation: DE\n',
  'ci/budget.yml': 'budget:\n  emissions: 2 kg\n  warn-at: 90%\nlocation: DE\n',
  'data/grid.csv': SERIES_CSV
};

let github: GitHubServer;
let grid: FakeElectricityMaps;
let gridUrl: string;
const dirs: string[] = [];

beforeAll(async () => {
  github = await GitHubServer.start();
  github.addToken(TOKENS.installation, { account: GITHUB_ACTIONS_BOT, kind: 'installation', canWrite: true });
  grid = new FakeElectricityMaps({
    token: EM_TOKEN,
    zone: 'FR',
    intensityAt: (hourMs) => GRID[new Date(hourMs).toISOString()] ?? null
  });
  gridUrl = await grid.listen();
});

afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await grid.close();
  await github.close();
});

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns a bundle (never spawnSync: the servers share this process's event loop). */
function spawnNode(script: string, args: string[], cwd: string, env: Record<string, string>): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh workspace with {@link FILES}. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-parity-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** The CLI with the options as flags (`manifests` as the arguments). */
async function runCli(options: Record<string, string>): Promise<Ran & { json: string }> {
  const cwd = workspace();
  const args = ['check', ...(options.manifests ? options.manifests.split('\n') : [])];
  for (const [name, value] of Object.entries(options)) if (name !== 'manifests') args.push(`--${name}`, value);
  const r = await spawnNode(CLI_BUNDLE, [...args, '--format', 'json'], cwd, { PATH: process.env.PATH ?? '' });
  return { ...r, json: r.stdout };
}

/** The action with the options as inputs, on a push (no pull request, so no GitHub API call). */
async function runAction(options: Record<string, string>): Promise<Ran & { json: string }> {
  const setup = prepareRunner({
    server: github,
    eventName: 'push',
    payload: pushEvent(),
    workspace: workspace(),
    inputs: { comment: 'off', ...options }
  });
  dirs.push(setup.dir);
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', ...setup.env };
  const r = await spawnNode(ACTION_BUNDLE, [], setup.workspace, env);
  const reportPath = setup.outputs()['report-path'];
  return { ...r, json: reportPath ? readFileSync(reportPath, 'utf8') : '' };
}

/** Both bundles with the same options: their reports, byte for byte, and their verdicts' exit codes. */
async function both(options: Record<string, string>) {
  const cli = await runCli(options);
  const action = await runAction(options);
  expect(cli.stderr).toBe('');
  expect(action.stderr).toBe('');
  expect(action.json).not.toBe('');
  expect(cli.json).toBe(action.json);
  return { cli, action, report: JSON.parse(cli.json) };
}

describe('the CLI and the action give the same report', () => {
  test('bundles exist (run `npm run bundle` first)', () => {
    expect([existsSync(CLI_BUNDLE), existsSync(ACTION_BUNDLE)]).toEqual([true, true]);
  });

  test('with no option: the default search, the default config, UTC', async () => {
    const { cli, action, report } = await both({});
    expect(report.runs.map((r: { manifest: string }) => r.manifest)).toEqual(['ml/carbon-manifest.yml']);
    expect(report.budget).toMatchObject({ emissionsKg: 1, origin: '.github/carbon-budget.yml' });
    expect(report.runs[0].method).toBe('measured');
    expect([cli.code, action.code]).toEqual([0, 0]);
  });

  test('with every shared option: the named manifests and config, overrides, the series read at +01:00, fail-on warning', async () => {
    const kg = expectedKg(1);
    // 75% of the budget: over warn-at 50%, so `fail-on: warning` fails both.
    const budgetKg = kg / 0.75;
    const { cli, action, report } = await both({
      manifests: 'ml/carbon-manifest.yml',
      config: 'ci/budget.yml',
      budget: `${budgetKg} kg`,
      'warn-at': '50%',
      location: 'FR',
      timezone: '+01:00',
      'intensity-series': 'data/grid.csv',
      'fail-on': 'warning'
    });
    expect(report.status).toBe('warn');
    expect(report.totals.emissionsKg).toBeCloseTo(kg, 12);
    expect(report.budget.emissionsKg).toBeCloseTo(budgetKg, 9);
    // The annual value beside it is the `location` option's country's, not the config's DE.
    expect(report.runs[0].sources.intensity).toMatchObject({ key: 'FRA' });
    expect([cli.code, action.code]).toEqual([1, 1]);
  });

  test('the time zone decides the hours: UTC gives the other hours of the same series', async () => {
    const { report } = await both({ 'intensity-series': 'data/grid.csv', 'fail-on': 'never' });
    expect(report.totals.emissionsKg).toBeCloseTo(expectedKg(0), 12);
    expect(expectedKg(0)).not.toBeCloseTo(expectedKg(1), 6);
  });

  test('Electricity Maps over an IANA zone, and fail-on never over budget', async () => {
    const before = grid.seen.length;
    const { cli, action, report } = await both({
      location: 'FR',
      timezone: 'Europe/Paris',
      'electricity-maps-token': EM_TOKEN,
      'electricity-maps-url': gridUrl,
      budget: '1 g',
      'fail-on': 'never'
    });
    // Paris is at +01:00 in January.
    expect(report.totals.emissionsKg).toBeCloseTo(expectedKg(1), 12);
    expect(report.status).toBe('fail');
    expect([cli.code, action.code]).toEqual([0, 0]);
    expect(grid.seen.length - before).toBe(2);
    expect(cli.json).not.toContain(EM_TOKEN);
  });
});
