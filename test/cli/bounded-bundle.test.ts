/**
 * Hostile input against the built CLI (`dist/cli/index.js` as a subprocess), for the bounds on
 * what a pull request's files can make carbon-gate read and fetch: a gzip bomb, traces over the
 * check's byte total, trace globs through symbolic links out of the repository (to a secret folder
 * and to `/`), a tree larger than the crawl budget, and Electricity Maps asked for the hours of
 * logs stamped years apart, for more hours than a run may ask for, and redirecting to another
 * origin. Each assertion is about the result (an error naming the limit, a request count, a token
 * that never arrives), never about time; jest's timeout catches a crawl or a bomb that runs on.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ELECTRICITY_MAPS_ZONES } from '../../src/core/catalog/data/electricity-maps.generated.js';
import { FakeElectricityMaps } from '../support/electricity-maps-server.js';

const CLI = path.join(process.cwd(), 'dist/cli/index.js');
const TOKEN = 'em-secret-bounded-5e1f';
const HOUR = 3_600_000;
const J_PER_KWH = 3.6e6;

let repo: string;
let outside: string;

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'carbon-gate-bounded-'));
  outside = mkdtempSync(path.join(tmpdir(), 'carbon-gate-secret-'));
});

afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function put(base: string, rel: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
  writeFileSync(path.join(base, rel), content);
}

/** Runs the bundle in `repo` (spawned, not spawnSync: the fake servers share this event loop). */
function runCli(
  args: string[],
  env: Record<string, string> = {}
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A measured run at Frankfurt (zone DE), PUE 1, reading `traces`. */
function manifest(traces: string): string {
  return `version: 1\nruns:\n  - name: run\n    pue: 1\n    location: aws:eu-central-1\n    traces: [ "${traces}" ]\n`;
}

/** nvidia-smi's timestamp for `ms` (UTC, no zone). */
function stamp(ms: number): string {
  const t = new Date(ms).toISOString();
  return `${t.slice(0, 10).replace(/-/g, '/')} ${t.slice(11, 23)}`;
}

/** An nvidia-smi log of one GPU at `watts`, one row per time. */
function log(timesMs: readonly number[], watts = 100): string {
  return ['timestamp, index, power.draw [W]', ...timesMs.map((t) => `${stamp(t)}, 0, ${watts.toFixed(2)} W`), ''].join(
    '\n'
  );
}

const T0 = Date.parse('2026-01-01T00:00:00Z');
/** Two samples 10 s apart at 100 W: 1,000 J. */
const HONEST = log([T0, T0 + 10_000]);

describe('gzip and byte limits', () => {
  // The honest log, then 24 MiB of newlines (more than the 16 MiB past which the ratio is
  // judged): about 24 KiB of gzip, a ratio of about 1,000.
  const bomb = (): Buffer =>
    gzipSync(Buffer.concat([Buffer.from(HONEST), Buffer.alloc(24 * 1024 * 1024, 10)]), { level: 9 });

  it('a gzip bomb is stopped with an error naming the file, the ratio and how to raise it; its energy is not counted', async () => {
    put(repo, 'carbon-manifest.yml', manifest('logs/power.csv.gz'));
    put(repo, 'logs/power.csv.gz', bomb());
    const r = await runCli(['check', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^logs\/power\.csv\.gz: error traces\/limit-compression-ratio: This gzip trace unpacked .* \(a ratio above 250\), .*`ratio: 1000` in --trace-limits/m
    );
    const report = JSON.parse(r.stdout);
    expect(report.inputValid).toBe(false);
    expect(report.runs).toEqual([]);
  });

  it('the same file is read when the ratio is raised for it', async () => {
    put(repo, 'carbon-manifest.yml', manifest('logs/power.csv.gz'));
    put(repo, 'logs/power.csv.gz', bomb());
    const r = await runCli(['check', '--format', 'json', '--trace-limits', 'ratio: 2000']);
    expect(r.stderr).not.toMatch(/error /);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).runs[0].measurement.itEnergyKWh).toBeCloseTo(1000 / J_PER_KWH, 15);
  });

  it('plain logs over the total for the check: an error on the file that crossed it, the rest not read', async () => {
    put(repo, 'carbon-manifest.yml', manifest('logs/*.csv'));
    // Each log: the honest rows and 600 KiB of blank lines.
    for (const name of ['a', 'b', 'c']) put(repo, `logs/${name}.csv`, HONEST + '\n'.repeat(600 * 1024));
    const r = await runCli(['check', '--trace-limits', 'total: 1 MiB', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^logs\/b\.csv: error traces\/limit-total-bytes: /m);
    expect(r.stderr).toMatch(
      /error traces\/limit-total-bytes: Run "run": 1 trace file was not read \("logs\/c\.csv"\)/
    );
  });

  it('a bad --trace-limits is a usage error naming the line and the closest key', async () => {
    put(repo, 'carbon-manifest.yml', manifest('logs/*.csv'));
    const r = await runCli(['check', '--trace-limits', 'totl: 1 GiB']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`--trace-limits` line 1: unknown limit "totl"');
    expect(r.stderr).toContain('Did you mean "total"');
  });
});

describe('trace globs and symbolic links', () => {
  it('a link to a folder outside the repository is not followed, and no file behind it is named', async () => {
    put(repo, 'carbon-manifest.yml', manifest('logs/**/*'));
    put(repo, 'logs/gpu.csv', HONEST);
    put(outside, 'passwd', 'root:x:0:0');
    put(outside, 'ssh/id_rsa.csv', 'secret');
    symlinkSync(outside, path.join(repo, 'logs/etc'));
    const r = await runCli(['check', '--format', 'json']);
    expect(r.stderr).toMatch(
      /^carbon-manifest\.yml: warning io\/outside-link: .*\("logs\/etc"\); they were not searched/m
    );
    for (const leak of ['passwd', 'id_rsa', 'ssh', outside]) expect(r.stdout + r.stderr).not.toContain(leak);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).runs[0].measurement.files).toEqual(['logs/gpu.csv']);
  });

  it('a link to / is not crawled', async () => {
    put(repo, 'carbon-manifest.yml', manifest('logs/**/*.csv'));
    put(repo, 'logs/gpu.csv', HONEST);
    symlinkSync('/', path.join(repo, 'logs/root'));
    const r = await runCli(['check', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning io\/outside-link: .*\("logs\/root"\)/);
    expect(JSON.parse(r.stdout).runs[0].measurement.files).toEqual(['logs/gpu.csv']);
  });

  it('a tree larger than the crawl budget: an error naming the pattern and the limit', async () => {
    put(repo, 'carbon-manifest.yml', manifest('logs/**/*.csv'));
    for (let i = 0; i < 60; i++) put(repo, `logs/d${i % 6}/n${i}.csv`, HONEST);
    const r = await runCli(['check', '--trace-limits', 'crawl: 50']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^carbon-manifest\.yml: error io\/crawl-limit: The trace pattern "logs\/\*\*\/\*\.csv" was not searched to the end/m
    );
  });
});

describe('Electricity Maps', () => {
  let api: FakeElectricityMaps;
  let baseUrl: string;
  const DE_ANNUAL = ELECTRICITY_MAPS_ZONES.DE[0];
  const GRID_G_PER_KWH = 100;

  beforeEach(async () => {
    api = new FakeElectricityMaps({ token: TOKEN, intensityAt: () => GRID_G_PER_KWH });
    baseUrl = await api.listen();
  });

  afterEach(async () => {
    await api.close();
  });

  const check = (extra: string[] = []) =>
    runCli(['check', '--electricity-maps-url', baseUrl, '--format', 'json', ...extra], {
      ELECTRICITY_MAPS_TOKEN: TOKEN
    });

  it('logs stamped in 2016 and 2025: only the two hours with energy are asked for', async () => {
    const y2016 = Date.parse('2016-03-01T10:00:00Z');
    const y2025 = Date.parse('2025-06-01T12:00:00Z');
    put(repo, 'carbon-manifest.yml', manifest('logs/gpu.csv'));
    put(repo, 'logs/gpu.csv', log([y2016, y2016 + 600_000, y2025, y2025 + 600_000]));
    const r = await check();
    expect(r.code).toBe(0);
    expect(api.seen.map((s) => [s.start, s.end])).toEqual([
      [new Date(y2016).toISOString(), new Date(y2016 + HOUR).toISOString()],
      [new Date(y2025).toISOString(), new Date(y2025 + HOUR).toISOString()]
    ]);
  });

  it('a run of 40 days: the first 31 are fetched, the rest use the annual average, and a warning says so', async () => {
    // 100 W every 10 minutes for 40 days: 0.1 kWh in each of 960 hours.
    const times = Array.from({ length: 40 * 24 * 6 + 1 }, (_, i) => T0 + i * 600_000);
    put(repo, 'carbon-manifest.yml', manifest('logs/gpu.csv'));
    put(repo, 'logs/gpu.csv', log(times));
    const r = await check();
    expect(r.code).toBe(0);
    // 744 hours in requests of at most 240.
    expect(api.seen.map((s) => (Date.parse(s.end ?? '') - Date.parse(s.start ?? '')) / HOUR)).toEqual([
      240, 240, 240, 24
    ]);
    expect(r.stderr).toMatch(
      /warning intensity\/fetch-limit: Run "run": 216 hours of its energy \(2026-02-01T00:00Z to 2026-02-10T00:00Z\) were not fetched from Electricity Maps: one run may ask for at most 744 hours/
    );
    const report = JSON.parse(r.stdout);
    const expectedKg = (744 * 0.1 * GRID_G_PER_KWH + 216 * 0.1 * DE_ANNUAL) / 1000;
    expect(report.totals.emissionsKg).toBeCloseTo(expectedKg, 9);
  });

  it('a redirect to another origin is not followed: that origin never sees the token', async () => {
    const other = new FakeElectricityMaps({ token: TOKEN, intensityAt: () => GRID_G_PER_KWH });
    const otherUrl = await other.listen();
    try {
      api.faults = [{ status: 302, headers: { location: `${otherUrl}/carbon-intensity/past-range?zone=DE` } }];
      put(repo, 'carbon-manifest.yml', manifest('logs/gpu.csv'));
      put(repo, 'logs/gpu.csv', log([T0, T0 + 600_000]));
      const r = await check();
      expect(other.seen).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(
        /warning intensity\/provider-failed: .*redirected the request to another origin \(http:\/\/127\.0\.0\.1:\d+\); it was not followed, so the token was not sent there/
      );
      expect(r.stdout + r.stderr).not.toContain(TOKEN);
      // The annual average: 100 W for 600 s.
      expect(JSON.parse(r.stdout).totals.emissionsKg).toBeCloseTo((((100 * 600) / J_PER_KWH) * DE_ANNUAL) / 1000, 12);
    } finally {
      await other.close();
    }
  });
});
