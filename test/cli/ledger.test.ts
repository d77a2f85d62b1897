/**
 * `carbon-gate ledger` in-process: shards in a temporary folder and on a git branch of a temporary
 * repository (real git, through execFile), built and chained in the test with node:crypto. Expected
 * totals are sums of the test's own spends.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { main, type CliIo } from '../../src/cli/main.js';
import { chain, type Spend } from '../core/ledger/support.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-ledger-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function put(rel: string, content: string): void {
  const abs = path.join(dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    cwd: dir,
    env: {},
    isTTY: false
  };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const SPENDS: Spend[] = [
  { run: 'sep-run', spentAt: '2026-09-20T06:00:00Z', emissionsKg: 300, energyKWh: 1000 },
  { run: 'nov-run', spentAt: '2026-11-15T00:00:00Z', emissionsKg: 400, energyKWh: 1500 },
  { run: 'dec-run', spentAt: '2026-12-02T00:00:00Z', emissionsKg: 25, energyKWh: 80 }
];
const NOW = '2026-12-10T12:00:00Z';

function writeShards(folder: string, spends: Spend[] = SPENDS): void {
  for (const shard of chain(spends)) put(path.join(folder, shard.file), shard.text);
}

const POLICY = [
  'version: 1',
  'budgets:',
  '  - name: quarter',
  '    scope: window',
  '    window: quarter',
  '    emissions: 1 t'
].join('\n');

describe('carbon-gate ledger PATH', () => {
  it('prints the totals as JSON: every window, month and budget', async () => {
    writeShards('copy');
    put('.github/carbon-budget.yml', POLICY);
    const { code, stdout, stderr } = await runCli(['ledger', 'copy', '--format', 'json', '--now', NOW]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      total: { emissionsKg: number; records: number };
      windows: { window: string; emissionsKg: number }[];
      months: { month: string; emissionsKg: number }[];
      budgets: { name: string; spent: { emissionsKg: number }; remaining: { emissionsKg: number }; status: string }[];
    };
    expect(json.total).toEqual({ emissionsKg: 300 + 400 + 25, energyKWh: 1000 + 1500 + 80, records: 3 });
    const byWindow = Object.fromEntries(json.windows.map((w) => [w.window, w.emissionsKg]));
    // 30d from 2026-11-10T12:00Z: nov-run and dec-run; 90d from 2026-09-11T12:00Z: all; Q4 from 1 October.
    expect(byWindow).toEqual({ '30d': 425, '90d': 725, '365d': 725, month: 25, quarter: 425 });
    expect(json.months.map((m) => [m.month, m.emissionsKg])).toEqual([
      ['2026-09', 300],
      ['2026-11', 400],
      ['2026-12', 25]
    ]);
    expect(json.budgets).toEqual([
      expect.objectContaining({ name: 'quarter', spent: { emissionsKg: 425, energyKWh: 1580 }, status: 'pass' })
    ]);
    expect(json.budgets[0]!.remaining.emissionsKg).toBe(1000 - 425);
  });

  it('prints text, markdown and csv; a window budget that is over exits 1', async () => {
    writeShards('copy');
    put('.github/carbon-budget.yml', POLICY.replace('1 t', '400 kg'));
    const text = await runCli(['ledger', 'copy', '--now', NOW]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Window budgets');
    expect(text.stdout).toContain('25 kg CO2e over');
    expect(text.stdout).toContain('nov-run');
    const md = await runCli(['ledger', 'copy', '--format', 'markdown', '--now', NOW]);
    expect(md.stdout).toContain('| quarter | quarter |');
    const csv = await runCli(['ledger', 'copy', '--format', 'csv', '--now', NOW]);
    expect(csv.stdout.split('\n')[0]).toBe(
      'section,name,since,records,emissions_kg,energy_kwh,limit_kg,limit_kwh,status'
    );
    expect(csv.stdout).toContain('\nbudget,quarter,quarter,,425,1580,400,,fail\n');
    expect(csv.stdout).toContain('\nmonth,2026-11,,1,400,1500,,,\n');
  });

  it('neutralises a run name that would be a spreadsheet formula', async () => {
    writeShards('copy', [{ run: '=HYPERLINK("x")', spentAt: '2026-12-01T00:00:00Z', emissionsKg: 1 }]);
    const csv = await runCli(['ledger', 'copy', '--format', 'csv', '--now', NOW]);
    expect(csv.stdout).toContain(`"train/carbon.yml#=HYPERLINK(""x"")"`);
    expect(csv.stdout).not.toMatch(/(^|,)=/m);
  });

  it('usage errors exit 2 and name the problem', async () => {
    const bad = await runCli(['ledger', 'a', 'b', '--format', 'yaml', '--now', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('at most one PATH');
    expect(bad.stderr).toContain("Unknown format 'yaml'");
    expect(bad.stderr).toContain("Option '--now' needs a UTC time");
    const missing = await runCli(['ledger', 'nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere has no ledger/ folder');
  });
});

describe('carbon-gate ledger verify', () => {
  it('passes an intact ledger and fails a tampered shard, naming the line', async () => {
    writeShards('copy');
    const ok = await runCli(['ledger', 'verify', 'copy']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('ledger verified: 3 records in 3 shards');
    const file = path.join(dir, 'copy/ledger/2026-09.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"emissionsKg":300', '"emissionsKg":30'));
    const broken = await runCli(['ledger', 'verify', 'copy']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('ledger/2026-11.jsonl:1:');
    expect(broken.stderr).toContain('error ledger/broken-chain');
    expect(broken.stderr).toContain('does NOT verify');
  });

  it('reads a git branch without checking it out, and verifies it', async () => {
    const gitIn = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e'
        }
      });
    gitIn('init', '-q', '-b', 'main');
    put('README.md', 'x');
    gitIn('add', 'README.md');
    gitIn('commit', '-qm', 'main');
    gitIn('checkout', '-q', '--orphan', 'books');
    gitIn('rm', '-rfq', '.');
    writeShards('.');
    gitIn('add', 'ledger');
    gitIn('commit', '-qm', 'ledger');
    gitIn('checkout', '-q', 'main');
    rmSync(path.join(dir, 'ledger'), { recursive: true, force: true });
    const verified = await runCli(['ledger', 'verify', '--branch', 'books']);
    expect(verified.stderr).toContain('ledger verified: 3 records in 3 shards (branch books at ');
    expect(verified.code).toBe(0);
    const json = await runCli(['ledger', '--branch', 'books', '--format', 'json', '--now', NOW]);
    expect((JSON.parse(json.stdout) as { total: { emissionsKg: number } }).total.emissionsKg).toBe(725);
    const none = await runCli(['ledger', 'verify', '--branch', 'no-such-branch']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no ledger shards in branch no-such-branch (it does not exist yet)');
  });
});

describe('carbon-gate ledger dashboard', () => {
  it('writes DIR/index.html with the records embedded', async () => {
    writeShards('copy');
    put('.github/carbon-budget.yml', POLICY);
    const { code, stderr } = await runCli(['ledger', 'dashboard', 'copy', '--out', 'site', '--now', NOW]);
    expect(stderr).toContain('dashboard of 3 records written to');
    expect(code).toBe(0);
    const html = readFileSync(path.join(dir, 'site/index.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('nov-run');
    const needsOut = await runCli(['ledger', 'dashboard', 'copy']);
    expect(needsOut.code).toBe(2);
    expect(needsOut.stderr).toContain('needs --out DIR');
  });
});
