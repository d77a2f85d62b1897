/**
 * Hostile files against the built CLI (`node dist/cli/index.js`): a pull request may replace a
 * manifest, the budget config or a series file by a symbolic link to `.git/config` (which, after
 * `actions/checkout`, holds the job's token in an `AUTHORIZATION: basic ...` header), name a file
 * inside `.git`, or put such a line where a parser fails on it. None of it may be read, and no
 * message may quote more than a short excerpt of the line: the token would land in the PR
 * comment, the summary and the annotations. The first cases are checked in every output format,
 * the others in the text format (the messages are the same in each).
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { EXCERPT_MAX_CHARS } from '../../src/core/excerpt.js';
import { put, useTempFolders } from '../support/temp-folders.js';

const CLI = path.join(process.cwd(), 'dist/cli/index.js');

/** A token as actions/checkout writes it: base64 of `x-access-token:<token>`, 36 characters after `ghs_`. */
const TOKEN = `ghs_${'Q7kP2mX9vR4tL8wN3bY6cH1jF5dS0aZeUuIo'}`;
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
const AUTH_LINE = `\textraheader = AUTHORIZATION: basic ${BASIC}`;
/** `.git/config` after actions/checkout (v5 and earlier). */
const GIT_CONFIG = [
  '[core]',
  '\trepositoryformatversion = 0',
  '\tfilemode = true',
  '[remote "origin"]',
  '\turl = https://github.com/octo/models',
  '[http "https://github.com/"]',
  AUTH_LINE,
  ''
].join('\n');

const MANIFEST = `version: 1
runs:
  - name: honest
    gpu: { model: A100-SXM4-40GB, count: 1 }
    duration: 2 h
    location: DE
`;

const FORMATS = ['text', 'json', 'markdown'] as const;

const tmp = useTempFolders();

/** Runs the CLI bundle in `cwd` with a clean environment; stdout and stderr together. */
function run(
  cwd: string,
  args: string[],
  format: (typeof FORMATS)[number] = 'text'
): { status: number | null; out: string } {
  expect([CLI, existsSync(CLI)]).toEqual([CLI, true]); // run `npm run bundle` first
  const r = spawnSync(process.execPath, [CLI, 'check', ...args, '--format', format], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' }
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

/** {@link run} once per output format. */
function runAll(cwd: string, args: string[]): { status: number | null; out: string }[] {
  return FORMATS.map((format) => run(cwd, args, format));
}

/**
 * No run of more than {@link EXCERPT_MAX_CHARS} characters of `line` appears in `text` (JSON
 * escapes undone), nor the token, nor the part of the base64 beyond an excerpt's reach.
 */
function expectNoLeak(text: string, line: string = AUTH_LINE): void {
  const plain = text.replace(/\\"/g, '"').replace(/\\t/g, '\t');
  expect(plain).not.toContain(TOKEN);
  expect(plain).not.toContain(BASIC);
  expect(plain).not.toContain(BASIC.slice(EXCERPT_MAX_CHARS - 'basic '.length));
  const window = EXCERPT_MAX_CHARS + 1;
  const leaks: string[] = [];
  for (let i = 0; i + window <= line.length; i++) {
    if (plain.includes(line.slice(i, i + window))) leaks.push(line.slice(i, i + window));
  }
  expect(leaks).toEqual([]);
}

/** The checkout: `.git/config` with the token, an honest manifest. */
function checkout(): string {
  const dir = tmp.dir;
  put(dir, '.git/config', GIT_CONFIG);
  return dir;
}

describe('files carbon-gate will not read (built CLI)', () => {
  it('refuses a budget config and a manifest that are symbolic links to .git/config, naming each file', () => {
    const dir = checkout();
    mkdirSync(path.join(dir, '.github'));
    symlinkSync('../.git/config', path.join(dir, '.github/carbon-budget.yml'));
    symlinkSync('.git/config', path.join(dir, 'carbon-manifest.yml'));
    for (const { status, out } of runAll(dir, ['carbon-manifest.yml'])) {
      expect(status).toBe(2);
      expect(out).toMatch(
        /\.github\/carbon-budget\.yml.*io\/symbolic-link|io\/symbolic-link[\s\S]*\.github\/carbon-budget\.yml/
      );
      expect(out).toContain('Commit the file itself');
      expect(out).toContain('carbon-manifest.yml');
      expect(out).not.toContain('yaml-syntax');
      expectNoLeak(out);
    }
  });

  it('does not search through a linked folder, named or in a glob', () => {
    const dir = checkout();
    put(dir, 'real/carbon-manifest.yml', MANIFEST);
    symlinkSync('real', path.join(dir, 'linked'));
    for (const args of [['linked'], ['linked/**/carbon-manifest.yml'], ['linked/carbon-manifest.yml']]) {
      const { status, out } = run(dir, args);
      expect([args, status]).toEqual([args, 2]);
      expect(out).toContain('io/symbolic-link');
      expect(out).toContain('linked');
      expect(out).not.toContain('honest'); // the manifest behind the link was not read
    }
  });

  it('finds no linked manifest in a search (the search does not return links)', () => {
    const dir = checkout();
    symlinkSync('.git/config', path.join(dir, 'sub-manifest.yml'));
    mkdirSync(path.join(dir, 'models'));
    symlinkSync('../.git/config', path.join(dir, 'models/carbon-manifest.yml'));
    for (const args of [[], ['models'], ['*.yml'], ['models/*.yml']]) {
      const { status, out } = run(dir, args);
      expect([args, status]).toEqual([args, 2]);
      expect(out).toMatch(/io\/no-manifests|io\/no-match/);
      expect(out).not.toContain('yaml-syntax'); // nothing was parsed
      expectNoLeak(out);
    }
  });

  it('never reads a file inside .git, however it is named', () => {
    const dir = checkout();
    put(dir, 'carbon-manifest.yml', MANIFEST);
    put(dir, 'logs/power.csv', 'timestamp,power_w\n2026-01-01T00:00:00Z,100\n');
    put(dir, '.GIT/config', GIT_CONFIG);
    const cases: string[][] = [
      ['.git/config'],
      ['logs/../.git/config'],
      ['.GIT/config'],
      ['carbon-manifest.yml', '--config', '.git/config'],
      ['carbon-manifest.yml', '--intensity-series', '.git/config']
    ];
    for (const args of cases) {
      const { status, out } = run(dir, args);
      expect([args, status]).toEqual([args, 2]);
      expect(out).toContain('io/git-folder');
      expectNoLeak(out);
    }
  });

  it('refuses trace patterns and intensity series that reach into .git', () => {
    const dir = checkout();
    const manifest = (traces: string) => `version: 1
runs:
  - name: measured
    location: DE
    traces: [ "${traces}" ]
`;
    for (const traces of ['.git/config', '.git/*', 'logs/../.git/config']) {
      put(dir, 'carbon-manifest.yml', manifest(traces));
      const { status, out } = run(dir, ['carbon-manifest.yml']);
      expect([traces, status]).toEqual([traces, 2]);
      expect(out).toContain('io/git-folder');
      expectNoLeak(out);
    }
  });

  it('refuses an intensity series that is a symbolic link', () => {
    const dir = checkout();
    put(dir, 'carbon-manifest.yml', MANIFEST);
    symlinkSync('.git/config', path.join(dir, 'grid.csv'));
    const { status, out } = run(dir, ['carbon-manifest.yml', '--intensity-series', 'grid.csv']);
    expect(status).toBe(2);
    expect(out).toContain('io/symbolic-link');
    expect(out).toContain('grid.csv');
    expectNoLeak(out);
  });
});

describe('messages quote a short excerpt of a line, never the line (built CLI)', () => {
  it('a YAML manifest and config whose bad line carries an AUTHORIZATION header', () => {
    const dir = checkout();
    // A committed copy, not a link: the parser fails on the header line and its messages quote tokens.
    put(dir, 'carbon-manifest.yml', GIT_CONFIG);
    put(dir, 'budget.yml', `budget:\n  emissions: 1 kg\n${AUTH_LINE.trim()}: [\n`);
    for (const { status, out } of runAll(dir, ['carbon-manifest.yml', '--config', 'budget.yml'])) {
      expect(status).toBe(2);
      expect(out).toContain('manifest/yaml-syntax');
      expect(out).toContain('config/yaml-syntax');
      expectNoLeak(out);
    }
  });

  it('a JSON manifest whose parser warning quotes a tag made of the base64', () => {
    const dir = checkout();
    put(dir, 'carbon-manifest.json', `{"version": 1, "runs": [{"name": "a", "duration": !${BASIC} 1}]}`);
    const { status, out } = run(dir, ['carbon-manifest.json'], 'json');
    expect(status).toBe(2);
    expect(out).toContain('manifest/yaml-warning');
    expectNoLeak(out, BASIC);
  });

  it('manifest values and keys holding the header', () => {
    const dir = checkout();
    const value = AUTH_LINE.trim();
    put(
      dir,
      'carbon-manifest.yml',
      `version: 1\nruns:\n  - name: r\n    gpu: { model: "${value}", count: 1 }\n    duration: "${value}"\n    location: "${value}"\n    "${value}": 1\n`
    );
    const { status, out } = run(dir, ['carbon-manifest.yml']);
    expect(status).toBe(2);
    expect(out).toContain('manifest/unknown-key');
    expectNoLeak(out);
  });

  it('a trace whose first line is the header (format detection), and CSV and JSON Lines cells holding it', () => {
    const dir = checkout();
    const value = AUTH_LINE.trim();
    put(dir, 'logs/unknown.log', `${value}\nmore\n`);
    put(dir, 'logs/header.csv', `timestamp,"${value}"\n2026-01-01T00:00:00Z,1\n`);
    put(dir, 'logs/cells.csv', `timestamp,power_w\n2026-01-01T00:00:00Z,"${value}"\n"${value}",100\n`);
    put(
      dir,
      'logs/cells.jsonl',
      `{"timestamp":"2026-01-01T00:00:00Z","power_w":${JSON.stringify(value)}}\n{"timestamp":${JSON.stringify(value)},"power_w":1}\n`
    );
    put(dir, 'logs/dcgm.prom', `# scrape ${value}\nDCGM_FI_DEV_POWER_USAGE{gpu="0"} ${BASIC}\n`);
    const manifest = (trace: string) =>
      `version: 1\nruns:\n  - name: measured\n    location: DE\n    duration: 1 h\n    gpu: { model: A100-SXM4-40GB, count: 1 }\n    traces: [ "${trace}" ]\n`;
    for (const trace of [
      'logs/unknown.log',
      'logs/header.csv',
      'logs/cells.csv',
      'logs/cells.jsonl',
      'logs/dcgm.prom'
    ]) {
      put(dir, 'carbon-manifest.yml', manifest(trace));
      const { out } = run(dir, ['carbon-manifest.yml']);
      expect([trace, /traces\/|could not|dropped/i.test(out)]).toEqual([trace, true]);
      expectNoLeak(out);
    }
  });

  it('an intensity series whose header and cells hold it', () => {
    const dir = checkout();
    const value = AUTH_LINE.trim();
    // A measured run with wall-clock times: the series weights it, so the series is parsed.
    put(
      dir,
      'carbon-manifest.yml',
      'version: 1\nruns:\n  - name: measured\n    location: DE\n    traces: [ "power.csv" ]\n'
    );
    put(dir, 'power.csv', 'timestamp,power_w\n2026-01-01T00:00:00Z,100\n2026-01-01T00:30:00Z,100\n');
    put(dir, 'header.csv', `timestamp,"carbon intensity ${value} kWh"\n2026-01-01T00:00:00Z,100\n`);
    put(dir, 'cells.csv', `timestamp,carbon_intensity\n"${value}",100\n2026-01-01T00:00:00Z,"${value}"\n`);
    put(dir, 'columns.csv', `"${value}",carbon_intensity\n2026-01-01T00:00:00Z,100\n`);
    for (const file of ['header.csv', 'cells.csv', 'columns.csv']) {
      const { out } = run(dir, ['carbon-manifest.yml', '--intensity-series', file]);
      expect([file, out]).toEqual([
        file,
        expect.stringMatching(/intensity\/(unknown-unit|bad-timestamp|non-numeric|missing-column)/)
      ]);
      expectNoLeak(out);
    }
  });
});
