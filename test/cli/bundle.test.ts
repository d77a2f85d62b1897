/**
 * The built CLI, as a user runs it: `dist/cli/index.js` as a subprocess on the bundled examples
 * (CI runs `npm run bundle` before the tests, so the bundle must exist), and a check that the CLI
 * bundle carries no GitHub Actions toolkit code (DESIGN: the core and the CLI stay free of it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const cliBundle = path.join(root, 'dist/cli/index.js');
const actionBundle = path.join(root, 'dist/index.js');
const START_ARGS = ['check', 'examples', '--config', 'examples/carbon-budget.yml'];

/** Strings that only GitHub Actions toolkit code (@actions/core, @actions/github) contains. */
const ACTIONS_MARKERS = ['@actions/', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'issueFileCommand', 'GITHUB_STEP_SUMMARY'];

function runBundle(args: string[], env: Record<string, string> = {}) {
  // A clean environment: no NO_COLOR/FORCE_COLOR from the developer's shell, and never a TTY.
  return spawnSync(process.execPath, [cliBundle, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env }
  });
}

function bundleText(): string {
  if (!existsSync(cliBundle))
    throw new Error('dist/cli/index.js is missing: run `npm run bundle` before the tests (CI does).');
  return readFileSync(cliBundle, 'utf8');
}

describe('dist/cli/index.js', () => {
  it('is an executable Node script in an ESM folder', () => {
    expect(bundleText().startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(cliBundle).mode & 0o111).not.toBe(0);
    expect(JSON.parse(readFileSync(path.join(root, 'dist/cli/package.json'), 'utf8'))).toMatchObject({
      type: 'module'
    });
  });

  it('contains no GitHub Actions toolkit code', () => {
    const text = bundleText();
    expect(ACTIONS_MARKERS.filter((m) => text.includes(m))).toEqual([]);
  });

  it('uses markers that do find the toolkit in the action bundle', () => {
    if (!existsSync(actionBundle))
      throw new Error('dist/index.js is missing: run `npm run bundle` before the tests (CI does).');
    const text = readFileSync(actionBundle, 'utf8');
    expect(ACTIONS_MARKERS.filter((m) => text.includes(m)).length).toBeGreaterThan(0);
  });

  it('is what `npm start` runs', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.start).toBe(`node dist/cli/index.js ${START_ARGS.join(' ')}`);
    expect(pkg.bin['carbon-gate']).toBe('dist/cli/index.js');
  });

  it("prints the examples' text report and verdict and exits 0", () => {
    const result = runBundle(START_ARGS);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^carbon-gate \d+\.\d+\.\d+: /);
    for (const run of ['bert-base-finetune', 'lr-batch-sweep', 'bert-base-pretraining', 'h200-matmul'])
      expect(result.stdout).toContain(run);
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stderr).not.toMatch(/error /);
  });

  it("reports the examples as JSON: Strubell et al.'s BERT-base figure and a measured H200 run", () => {
    const result = runBundle([...START_ARGS, '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(['pass', 'warn']).toContain(report.status);
    expect(report.budget).toMatchObject({
      emissionsKg: 1000,
      warnAtFraction: 0.8,
      origin: 'examples/carbon-budget.yml'
    });
    const byName = Object.fromEntries(report.runs.map((r: { name: string }) => [r.name, r]));
    // The paper (Table 3): 1.58 x 79.2 h x 12,041.51 W / 1000 kWh, x 0.954 lb/kWh = 1,438 lb.
    const paperKWh = (1.58 * 79.2 * 12041.51) / 1000;
    const paperKg = 0.954 * paperKWh * 0.45359237;
    expect(byName['bert-base-pretraining'].energyKWh).toBeCloseTo(paperKWh, 6);
    expect(byName['bert-base-pretraining'].emissionsKg).toBeCloseTo(paperKg, 6);
    expect(byName['h200-matmul'].method).toBe('measured');
    expect(byName['h200-matmul'].measurement.files).toEqual(['examples/measured-h200/logs/query-gpu.csv']);
    expect(byName['bert-base-finetune'].method).toBe('estimated');
    // The sweep is 24 repeats of a 2 h trial on the same machine as the 6 h fine-tune: 8 times its energy.
    expect(byName['lr-batch-sweep'].energyKWh / byName['bert-base-finetune'].energyKWh).toBeCloseTo((24 * 2) / 6, 9);
  });

  it('exits 2 on an unknown option with a pointer to --help and no stack trace', () => {
    const result = runBundle(['check', '--frmat', 'json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      "carbon-gate: Unknown option '--frmat'. Did you mean \"--format\"?\nRun 'carbon-gate --help' for usage.\n"
    );
  });

  it('exits 1 over budget', () => {
    // The examples hold at least the paper's BERT-base run, 652 kg: over a 100 kg budget.
    const result = runBundle([...START_ARGS, '--budget', '100 kg', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).status).toBe('fail');
  });
});
