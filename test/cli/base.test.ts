/**
 * `carbon-gate check --base <ref>` against a real temporary git repository: the base is the merge
 * base of HEAD and the ref, the change is the working tree against it (commits, edits, untracked
 * manifests), and base files come from git's objects. The built bundle is spawned as a user runs
 * it for the usage errors and a full check; the snapshot itself is checked through the same
 * functions the CLI calls.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildBaseSnapshot } from '../../src/io/base.js';
import { gitBaseSource, parseNameStatus, refProblem, resolveGitBase } from '../../src/io/git-base.js';
import { createTraceReader } from '../../src/io/trace-reader.js';

const cliBundle = path.join(process.cwd(), 'dist/cli/index.js');

/** A manifest of one estimated run: `kw` kW for 1 h at PUE 1 and 500 g/kWh, so `kw / 2` kg. */
const manifest = (run: string, kw: number, trace?: string): string =>
  `version: 1\nruns:\n  - name: ${run}\n    power: ${kw} kW\n    duration: 1 h\n    pue: 1\n    intensity: 500 g/kWh\n${trace ? `    trace:\n      files: "${trace}"\n` : ''}`;

let repo: string;
let outside: string;

/** The environment every git and CLI call gets: no user or system config, a fixed identity. */
const GIT_ENV = {
  PATH: process.env.PATH ?? '',
  HOME: '/nonexistent',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com'
};

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, env: GIT_ENV, encoding: 'utf8' });
}

function write(rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
  writeFileSync(path.join(repo, rel), text);
}

function cli(args: string[], cwd = repo) {
  return spawnSync(process.execPath, [cliBundle, ...args], { cwd, encoding: 'utf8', env: GIT_ENV });
}

beforeEach(() => {
  repo = realpathSync(mkdtempSync(path.join(tmpdir(), 'carbon-gate-git-')));
  outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'carbon-gate-nogit-')));
  git('init', '-q', '-b', 'main');
  write('train/carbon-manifest.yml', manifest('finetune', 200));
  write('old/carbon-manifest.yml', manifest('moved', 20));
  write('gone/carbon-manifest.yml', manifest('dropped', 40));
  write('same/carbon-manifest.yml', manifest('kept', 10));
  write('same/logs/power.csv', 'timestamp,power_w\n');
  write('README.md', 'readme\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
});

afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('the base from git', () => {
  test('committed, staged, unstaged and untracked changes against the merge base', async () => {
    // Committed on the branch: the run grows from 100 kg to 150 kg, a manifest is renamed.
    write('train/carbon-manifest.yml', manifest('finetune', 300));
    mkdirSync(path.join(repo, 'new'));
    git('mv', 'old/carbon-manifest.yml', 'new/carbon-manifest.yml');
    git('commit', '-q', '-am', 'grow');
    // main moves on after the branch: the merge base, not main's tip, is the base.
    git('checkout', '-q', 'main');
    write('README.md', 'readme on main\n');
    git('commit', '-q', '-am', 'main moves');
    git('checkout', '-q', 'feature');
    const mergeBase = git('merge-base', 'HEAD', 'main').trim();
    // In the working tree: one removed, one untracked.
    git('rm', '-q', 'gone/carbon-manifest.yml');
    write('fresh/carbon-manifest.yml', manifest('new-run', 600));

    const resolved = await resolveGitBase(repo, 'main');
    if (!resolved.ok) throw new Error(resolved.problem);
    expect(resolved.base).toEqual({ repoRoot: repo, ref: 'main', sha: mergeBase });
    const head = [
      'fresh/carbon-manifest.yml',
      'new/carbon-manifest.yml',
      'same/carbon-manifest.yml',
      'train/carbon-manifest.yml'
    ].map((file) => ({ file, text: '(head text)' }));
    const { snapshot, diagnostics } = await buildBaseSnapshot({
      source: gitBaseSource(
        resolved.base,
        head.map((m) => m.file)
      ),
      manifests: head,
      baseDir: repo,
      repoRoot: repo,
      manifestPatterns: [],
      headTraces: createTraceReader(repo),
      configCandidates: ['.github/carbon-budget.yml']
    });
    expect(diagnostics).toEqual([]);
    expect(snapshot?.sha).toBe(mergeBase);
    expect(Object.fromEntries((snapshot?.manifests ?? []).map((m) => [m.file, m.text]))).toEqual({
      'same/carbon-manifest.yml': '(head text)',
      'train/carbon-manifest.yml': manifest('finetune', 200),
      'new/carbon-manifest.yml': manifest('moved', 20),
      'gone/carbon-manifest.yml': manifest('dropped', 40)
    });
    expect(snapshot?.changedManifests).toEqual([
      'fresh/carbon-manifest.yml',
      'gone/carbon-manifest.yml',
      'new/carbon-manifest.yml',
      'old/carbon-manifest.yml',
      'train/carbon-manifest.yml'
    ]);
    expect(snapshot?.diagnostics).toEqual([]);
  });

  test('traces at the base: an edited log is read from git, streamed', async () => {
    write('same/carbon-manifest.yml', manifest('kept', 10, 'logs/*.csv'));
    git('commit', '-q', '-am', 'trace');
    const baseSha = git('rev-parse', 'HEAD').trim();
    git('checkout', '-q', '-b', 'edit');
    write('same/logs/power.csv', 'timestamp,power_w\n2026-01-01T00:00:00Z,100\n');
    const resolved = await resolveGitBase(repo, baseSha);
    if (!resolved.ok) throw new Error(resolved.problem);
    const head = [{ file: 'same/carbon-manifest.yml', text: manifest('kept', 10, 'logs/*.csv') }];
    const { snapshot } = await buildBaseSnapshot({
      source: gitBaseSource(resolved.base, ['same/carbon-manifest.yml']),
      manifests: head,
      baseDir: repo,
      repoRoot: repo,
      manifestPatterns: [],
      headTraces: createTraceReader(repo),
      configCandidates: []
    });
    const traces = snapshot?.traces;
    expect(await traces?.list('same/carbon-manifest.yml', 'logs/*.csv')).toEqual({
      files: ['same/logs/power.csv'],
      diagnostics: []
    });
    const parts: Buffer[] = [];
    for await (const chunk of traces?.open('same/logs/power.csv') ?? []) parts.push(Buffer.from(chunk));
    expect(Buffer.concat(parts).toString('utf8')).toBe('timestamp,power_w\n');
  });

  test('git diff -z records: renames, copies, additions, removals, edits', () => {
    expect(parseNameStatus('M\0a.yml\0R087\0old.yml\0new.yml\0A\0b.yml\0D\0c.yml\0C100\0d.yml\0e.yml\0T\0f\0')).toEqual(
      [
        { path: 'a.yml', status: 'modified' },
        { path: 'new.yml', status: 'renamed', previous: 'old.yml' },
        { path: 'b.yml', status: 'added' },
        { path: 'c.yml', status: 'removed' },
        { path: 'e.yml', status: 'added' },
        { path: 'f', status: 'modified' }
      ]
    );
  });

  test.each([
    ['-x', "cannot start with '-'"],
    ['--upload-pack=evil', "cannot start with '-'"],
    ['main\nx', 'control characters']
  ])('the ref %j is refused before git sees it', (ref, why) => {
    expect(refProblem(ref)).toContain(why);
  });
});

describe('carbon-gate check --base (the built CLI)', () => {
  test('runs a check against the base and exits by the verdict', () => {
    write('train/carbon-manifest.yml', manifest('finetune', 300));
    git('commit', '-q', '-am', 'grow');
    const r = cli(['check', '--base', 'main', '--format', 'json']);
    expect(r.stderr).not.toContain('internal error');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { inputValid: boolean; runs: unknown[] };
    expect(report.inputValid).toBe(true);
  });

  /** The JSON report's parts these tests read. */
  type JsonReport = {
    status: string;
    inputValid: boolean;
    changes:
      | {
          manifest: string;
          run: string;
          kind: string;
          base?: { emissionsKg: number };
          head?: { emissionsKg: number };
          deltaEmissionsKg: number;
          deltaFraction?: number;
        }[]
      | null;
    policy: {
      budgets: { name: string; status: string; used: { emissionsKg: number }; preExisting: boolean }[];
      base: { ref: string; sha?: string } | null;
    };
    diagnostics: { code: string }[];
  };
  const PER_PR = 'version: 1\nbudgets:\n  - name: per-pr\n    scope: change\n    emissions: 250 kg\n';

  test('a run grown from 100 kg to 150 kg shows +50 kg (+50%), and the change budget judges the 50 kg', () => {
    // 200 kW for 1 h at PUE 1 and 500 g/kWh: 200 kWh x 0.5 kg/kWh = 100 kg; 300 kW: 150 kg.
    write('.github/carbon-budget.yml', PER_PR);
    git('add', '-A');
    git('commit', '-q', '-m', 'policy');
    git('branch', '-q', '-f', 'main');
    write('train/carbon-manifest.yml', manifest('finetune', 300));
    const mergeBase = git('rev-parse', 'main').trim();
    const r = cli(['check', '--base', 'main', '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.policy.base).toEqual({ ref: 'main', sha: mergeBase });
    const grown = report.changes?.find((c) => c.run === 'finetune');
    expect(grown).toMatchObject({ manifest: 'train/carbon-manifest.yml', kind: 'changed' });
    expect(grown?.base?.emissionsKg).toBeCloseTo(100, 9);
    expect(grown?.head?.emissionsKg).toBeCloseTo(150, 9);
    expect(grown?.deltaEmissionsKg).toBeCloseTo(50, 9);
    expect(grown?.deltaFraction).toBeCloseTo(0.5, 12);
    expect(report.changes?.filter((c) => c.kind !== 'unchanged').map((c) => c.run)).toEqual(['finetune']);
    const perPr = report.policy.budgets.find((b) => b.name === 'per-pr');
    expect(perPr?.used.emissionsKg).toBeCloseTo(50, 9);
    expect(perPr?.status).toBe('pass');

    // The same tree without --base: every run counts as new, the whole footprint:
    // train 150 kg + moved 10 kg + dropped 20 kg + kept 5 kg = 185 kg.
    const whole = cli(['check', '--format', 'json']);
    const noBase = JSON.parse(whole.stdout) as JsonReport;
    expect(noBase.changes).toBeNull();
    expect(noBase.policy.budgets.find((b) => b.name === 'per-pr')?.used.emissionsKg).toBeCloseTo(185, 9);
    expect(whole.status).toBe(0);
  });

  test('a branch that loosens the policy is judged by the base policy', () => {
    write('.github/carbon-budget.yml', PER_PR);
    git('add', '-A');
    git('commit', '-q', '-m', 'policy');
    git('branch', '-q', '-f', 'main');
    // 600 kW more: 300 kg added, over 250 kg; the branch raises its own limit to 9000 kg.
    write('big/carbon-manifest.yml', manifest('big', 600));
    write('.github/carbon-budget.yml', PER_PR.replace('250 kg', '9000 kg'));
    const r = cli(['check', '--base', 'main', '--format', 'json']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.diagnostics.map((d) => d.code)).toContain('base/policy-changed');
    const perPr = report.policy.budgets.find((b) => b.name === 'per-pr');
    expect(perPr?.used.emissionsKg).toBeCloseTo(300, 9);
    expect(perPr?.status).toBe('fail');
    expect(r.status).toBe(1);
  });

  test('an unknown ref is a usage error naming --base (exit 2)', () => {
    const r = cli(['check', '--base', 'no-such-branch']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Option '--base': 'no-such-branch' is not a branch, tag or commit");
    expect(r.stdout).toBe('');
  });

  test('outside a repository, --base is a usage error naming it (exit 2)', () => {
    writeFileSync(path.join(outside, 'carbon-manifest.yml'), manifest('a', 1));
    const r = cli(['check', '--base', 'main'], outside);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Option '--base' needs a git repository");
  });

  test('a ref that looks like an option is refused by the parser (exit 2)', () => {
    const r = cli(['check', '--base=--output=/tmp/x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Option '--base' needs a branch, tag or commit: a git ref cannot start with '-'");
  });

  test('model-card takes no --base', () => {
    const r = cli(['model-card', 'README.md', '--base', 'main']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Option '--base' does not apply to 'carbon-gate model-card'");
  });
});
