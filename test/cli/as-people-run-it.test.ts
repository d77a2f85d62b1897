/**
 * The built CLI (`dist/cli/index.js`) as people run it: from a subfolder of a repository (the
 * budget config is found at its root, and the report says which it read), with a mistyped
 * location or time zone (a usage error naming the flag, before any file is read), and writing a
 * Hugging Face model card's metadata into the card itself (`carbon-gate model-card README.md`).
 *
 * One manifest run, worked out by hand: IT power 2 x 400 W = 800 W; 10 h -> 8 kWh; x PUE 1.5 =
 * 12 kWh; x 500 g/kWh = 6,000 g = 6 kg CO2e.
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { put, useTempFolders } from '../support/temp-folders.js';

const CLI = path.join(process.cwd(), 'dist/cli/index.js');
const CONFIG = '.github/carbon-budget.yml';

const MANIFEST = `version: 1
runs:
  - name: small
    gpu: { watts: 400 W, count: 2 }
    duration: 10 h
    pue: 1.5
    intensity: 500 g/kWh
`;
const SMALL_G = ((2 * 400 * 10) / 1000) * 1.5 * 500;
const SMALL_KG = SMALL_G / 1000;

/** A manifest with an error (a misspelt key), so the input is invalid. */
const TYPO = 'version: 1\nruns:\n  - name: typo\n    durration: 10 h\n    power: 100 W\n    intensity: 500 g/kWh\n';

const folders = useTempFolders();

function cli(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run `npm run bundle` before the tests.');
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' }
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** huggingface_hub's copy of the Hub's front-matter pattern (`repocard.py`, `REGEX_YAML_BLOCK`). */
const HUB_YAML_BLOCK = /^(\s*---[\r\n]+)([\S\s]*?)([\r\n]+---(\r\n|\n|$))/;

function hubMetadata(card: string): Record<string, unknown> | undefined {
  const match = HUB_YAML_BLOCK.exec(card);
  return match ? (parse(match[2]) as Record<string, unknown>) : undefined;
}

describe('config discovery', () => {
  /** A repository (its `.git` a folder) with a 5 kg budget at its root and the manifest two folders down. */
  function repo(): { root: string; sub: string } {
    const root = path.join(folders.dir, 'repo');
    mkdirSync(path.join(root, '.git'), { recursive: true });
    put(root, CONFIG, 'budget:\n  emissions: 5 kg\n');
    put(root, 'training/bert/carbon-manifest.yml', MANIFEST);
    return { root, sub: path.join(root, 'training/bert') };
  }

  test("from a subfolder the repository root's budget applies, and the JSON names the config it read", () => {
    const { sub } = repo();
    const result = cli(sub, ['check', '--format', 'json']);
    expect(result.status).toBe(1); // 6 kg against 5 kg: over budget
    const report = JSON.parse(result.stdout);
    expect(report.config).toEqual({
      file: `../../${CONFIG}`,
      searched: [CONFIG, `../${CONFIG}`, `../../${CONFIG}`]
    });
    expect(report.budget).toMatchObject({ emissionsKg: 5, origin: `../../${CONFIG}` });
    expect(report.budget.usedFraction).toBeCloseTo(SMALL_KG / 5, 12);
    expect(report.methodology.notes).toContain(`Budget config read from ../../${CONFIG}.`);
  });

  test('the text and Markdown reports name it too', () => {
    const { sub } = repo();
    for (const format of ['text', 'markdown']) {
      const result = cli(sub, ['check', '--format', format]);
      expect([format, result.status]).toEqual([format, 1]);
      expect(result.stdout).toContain(`Budget config read from ../../${CONFIG}.`);
    }
  });

  test('the walk stops at the repository root: a config above it is never read', () => {
    const root = path.join(folders.dir, 'repo');
    mkdirSync(path.join(root, '.git'), { recursive: true });
    put(root, 'training/bert/carbon-manifest.yml', MANIFEST);
    // The folder that holds the repository has a config: a budget no run could meet.
    put(folders.dir, CONFIG, 'budget:\n  emissions: 1 g\n');
    const result = cli(path.join(root, 'training/bert'), ['check', '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.budget).toBeNull();
    expect(report.config).toEqual({ file: null, searched: [CONFIG, `../${CONFIG}`, `../../${CONFIG}`] });
  });

  test('with no config anywhere up to the root, the check runs without a budget and says where it looked', () => {
    const root = path.join(folders.dir, 'repo');
    mkdirSync(path.join(root, '.git'), { recursive: true });
    put(root, 'ml/carbon-manifest.yml', MANIFEST);
    const result = cli(path.join(root, 'ml'), ['check', '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.budget).toBeNull();
    expect(report.config).toEqual({ file: null, searched: [CONFIG, `../${CONFIG}`] });
    expect(report.methodology.notes).toContain(`No budget config read: none at ${CONFIG} or ../${CONFIG}.`);
  });

  test('a symbolic link on the way is refused by name (exit 2), not skipped for the config above', () => {
    const { root, sub } = repo();
    mkdirSync(path.join(sub, '.github'));
    symlinkSync(path.join(root, CONFIG), path.join(sub, CONFIG));
    const result = cli(sub, ['check', '--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${CONFIG.replace(/\./g, '\\.')}: error io/symbolic-link: `, 'm'));
  });
});

describe('flags checked when read', () => {
  test('--location Mars is a usage error even when every run names its location', () => {
    put(folders.dir, 'carbon-manifest.yml', MANIFEST);
    const result = cli(folders.dir, ['check', '--location', 'Mars']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^carbon-gate: Option '--location': unknown location "Mars"; expected a country/m);
    expect(result.stderr).toContain("Run 'carbon-gate --help' for usage.");
  });

  test('a bad --timezone names the flag, not a manifest line, with the closest zone; every mistake at once', () => {
    put(folders.dir, 'carbon-manifest.yml', MANIFEST);
    const result = cli(folders.dir, ['check', '--timezone', 'Europe/Berln', '--location', 'gcp:europe-wes4']);
    expect(result.status).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^carbon-gate: Option '--location': .*Did you mean "gcp:europe-west4"/);
    expect(lines[1]).toMatch(/^carbon-gate: Option '--timezone': unknown time zone "Europe\/Berln".*"Europe\/Berlin"/);
    expect(result.stderr).not.toContain('carbon-manifest.yml');
  });
});

describe('carbon-gate model-card', () => {
  const FRONT = '---\nlicense: apache-2.0  # SPDX\ntags:\n- text-classification\n---\n';
  const BODY = '\n# My model\n\n---\n\nco2_eq_emissions: not this one\n';

  test("writes co2_eq_emissions into the card's front matter, in grams, the rest kept byte for byte", () => {
    put(folders.dir, 'training/carbon-manifest.yml', MANIFEST);
    const card = put(folders.dir, 'README.md', FRONT + BODY);
    const result = cli(folders.dir, ['model-card', 'README.md', 'training']);
    expect(result.stderr).toContain(
      `carbon-gate: README.md: co2_eq_emissions added to the front matter (${SMALL_G} g CO2e)`
    );
    expect(result.status).toBe(0);
    const text = readFileSync(card, 'utf8');
    const [front, block] = [FRONT.slice(0, -'---\n'.length), text.slice(FRONT.length - '---\n'.length)];
    expect(text.startsWith(front)).toBe(true);
    expect(block.endsWith(`---\n${BODY}`)).toBe(true);
    expect(hubMetadata(text)).toMatchObject({
      license: 'apache-2.0',
      tags: ['text-classification'],
      co2_eq_emissions: { emissions: SMALL_G }
    });
    // Again: the card already says so, and is left as it is.
    const again = cli(folders.dir, ['model-card', 'README.md', 'training']);
    expect(again.stderr).toContain('co2_eq_emissions already up to date');
    expect(readFileSync(card, 'utf8')).toBe(text);
  });

  test('--format model-card still prints the bare block to standard output', () => {
    put(folders.dir, 'carbon-manifest.yml', MANIFEST);
    const result = cli(folders.dir, ['check', '--format', 'model-card']);
    expect(result.status).toBe(0);
    expect((parse(result.stdout) as { co2_eq_emissions: { emissions: number } }).co2_eq_emissions.emissions).toBe(
      SMALL_G
    );
  });

  test('invalid input writes nothing', () => {
    put(folders.dir, 'carbon-manifest.yml', TYPO);
    const card = put(folders.dir, 'README.md', FRONT + BODY);
    const result = cli(folders.dir, ['model-card', 'README.md']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('carbon-gate: invalid input — README.md left unchanged');
    expect(readFileSync(card, 'utf8')).toBe(FRONT + BODY);
  });

  test('a front matter that cannot be edited writes nothing', () => {
    put(folders.dir, 'carbon-manifest.yml', MANIFEST);
    const broken = '---\nlicense: mit\n# no closing line\n';
    const card = put(folders.dir, 'README.md', broken);
    const result = cli(folders.dir, ['model-card', 'README.md']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^README\.md:1: error modelcard\/unclosed-front-matter: /m);
    expect(readFileSync(card, 'utf8')).toBe(broken);
  });

  test('a symbolic link is refused, and its target left alone; a missing card is not created', () => {
    put(folders.dir, 'carbon-manifest.yml', MANIFEST);
    const target = put(folders.outside, 'README.md', FRONT);
    symlinkSync(target, path.join(folders.dir, 'README.md'));
    const linked = cli(folders.dir, ['model-card', 'README.md']);
    expect(linked.status).toBe(2);
    expect(linked.stderr).toMatch(/^README\.md: error io\/symbolic-link: /m);
    expect(readFileSync(target, 'utf8')).toBe(FRONT);

    const missing = cli(folders.dir, ['model-card', 'MODEL.md']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^MODEL\.md: error io\/not-found: /m);
    expect(existsSync(path.join(folders.dir, 'MODEL.md'))).toBe(false);
  });
});
