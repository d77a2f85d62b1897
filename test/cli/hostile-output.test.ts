/**
 * Issue 9, "Output that cannot be spoofed", against the built CLI (`dist/cli/index.js`): a pull
 * request controls run names, GPU model names, power-log cells and file names, and on a CI runner
 * every line the CLI prints is read for workflow commands. In every format, on stdout, on stderr
 * and in an `--output` file: no line from the input starts a command (`::error::`, `::add-mask::`),
 * no `##[command]` appears, no terminal escape (ESC, CSI, OSC 8, BEL, backspace, CR) or bidi
 * override is written raw, and what was there is shown as a visible escape. Tokens are masked.
 * Invalid input gives `status: "invalid"` and `null` totals in JSON, and no model card at all.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CLI = path.join(process.cwd(), 'dist/cli/index.js');

/** A folder whose name is a line break and a forged command: it starts the diagnostics' file name. */
const NEWLINE_DIR = 'a\n::error::forged-dir';
/** A folder whose name is itself a command: a diagnostic line would start with it. */
const COMMAND_DIR = '::warning::lead-dir';

/**
 * A valid run whose name and GPU model carry every attack, and an invalid run whose unknown GPU
 * name is quoted in a diagnostic. YAML double quotes decode `\n`, `\e` (ESC), `\a` (BEL), `\b`,
 * `\r`, `\x9b` (the one-byte CSI) and `\u` escapes into the raw characters.
 */
const HOSTILE_MANIFEST = `version: 1
runs:
  - name: "x\\n::error::forged-name\\e[31mred\\e]8;;https://evil.example\\alink\\e]8;;\\a\\b\\r\\x9b2J\\u202eevil\\u200b ##[add-mask]m"
    gpu: { model: "hw\\n::add-mask::forged-hw\\e[2J", watts: 300, count: 1 }
    duration: 1 h
    location: DE
  - name: bad
    gpu: { model: "A100\\n::stop-commands::forged-gpu\\e[2J", count: 1 }
    duration: 1 h
    location: DE
`;

/** A measured run whose power log has a cell with ESC, CSI and `##[error]`; the log's diagnostic quotes it. */
const MEASURED_MANIFEST = `version: 1
runs:
  - name: measured
    power: 100 W
    duration: 3 min
    location: DE
    traces: [power.csv]
`;
const POWER_CSV =
  'timestamp,power_w\n2026-01-01T00:00:00Z,100\n2026-01-01T00:01:00Z,12\u001b[2J##[error]forged-cell\n2026-01-01T00:02:00Z,100\n2026-01-01T00:03:00Z,100\n';

/** The raw characters no output may carry from the input (colour codes are off: stdout is a pipe). */
// eslint-disable-next-line no-control-regex -- finding control characters is the test.
const RAW_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-hostile-'));
  mkdirSync(path.join(dir, NEWLINE_DIR));
  writeFileSync(path.join(dir, NEWLINE_DIR, 'carbon-manifest.yml'), HOSTILE_MANIFEST);
  // The same hostile run without the invalid one: input that is valid.
  writeFileSync(path.join(dir, NEWLINE_DIR, 'valid.yml'), HOSTILE_MANIFEST.split('  - name: bad')[0]);
  mkdirSync(path.join(dir, COMMAND_DIR));
  writeFileSync(path.join(dir, COMMAND_DIR, 'carbon-manifest.yml'), MEASURED_MANIFEST);
  writeFileSync(path.join(dir, COMMAND_DIR, 'power.csv'), POWER_CSV);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run `npm run bundle` before the tests.');
  const r = spawnSync(process.execPath, [CLI, 'check', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env }
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Lines a runner would take as workflow commands: `::name::` at the start (after blanks), or `##[` anywhere. */
function commandLines(text: string): string[] {
  return text.split('\n').filter((l) => /^\s*::/.test(l) || l.includes('##['));
}

function expectInert(text: string): void {
  expect(commandLines(text)).toEqual([]);
  expect(text).not.toMatch(RAW_UNSAFE);
}

const FILES = [`${NEWLINE_DIR}/carbon-manifest.yml`, `${COMMAND_DIR}/carbon-manifest.yml`];

describe.each(['text', 'markdown', 'json'])('--format %s on hostile input', (format) => {
  it('prints no forged workflow command and no raw escape, on stdout or stderr, and exits 2', () => {
    const r = cli([...FILES, '--format', format]);
    expect(r.code).toBe(2);
    expectInert(r.stdout);
    expectInert(r.stderr);
    // What was there is shown: the line break in the file name and in the quoted GPU name, the
    // command that would have started a line, the ESC of the log's cell.
    expect(r.stderr).toContain('a\\n::error::forged-dir/carbon-manifest.yml:');
    // The quoted model is cut to its first line (an excerpt, src/core/excerpt.ts), so the forged
    // command after the newline is not even quoted.
    expect(r.stderr).toContain('unknown GPU model "A100…"');
    expect(r.stderr).not.toContain('stop-commands');
    expect(r.stderr).toContain('\\x3a:warning::lead-dir/power.csv:');
    expect(r.stderr).toContain('12\\x1b[2J#\\x23[error]forged-cell');
    // Every diagnostic is one line: as many lines as diagnostics, each with a severity and code.
    for (const line of r.stderr.trimEnd().split('\n'))
      expect(line).toMatch(/ (error|warning|notice) [a-z-]+\/[a-z-]+: /);
  });
});

it('--format json keeps the values: the escapes change bytes, not what the JSON parses to', () => {
  const r = cli([FILES[0], '--format', 'json']);
  const report = JSON.parse(r.stdout);
  const names = report.runs.map((run: { name: string }) => run.name);
  expect(names).toEqual([
    'x\n::error::forged-name\u001b[31mred\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007\b\r\u009b2J\u202eevil\u200b ##[add-mask]m'
  ]);
});

it('--output writes a file as safe as stdout', () => {
  const r = cli([...FILES, '--format', 'text', '--output', 'out/report.txt']);
  expect(r.code).toBe(2);
  expectInert(readFileSync(path.join(dir, 'out/report.txt'), 'utf8'));
  expectInert(r.stderr);
});

describe('--format model-card', () => {
  it('writes hostile names of valid input as one-line, escaped YAML values', () => {
    const card = cli([`${NEWLINE_DIR}/valid.yml`, '--format', 'model-card']);
    expect(card.code).toBe(0);
    expectInert(card.stdout);
    expect(card.stdout).toContain('hardware_used: 1 x hw\\n::add-mask::forged-hw\\x1b[2J at 300 W');
  });

  it('writes nothing to stdout on invalid input (so `>> README.md` appends no zero) and exits 2', () => {
    const r = cli([...FILES, '--format', 'model-card']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no model card written');
    expectInert(r.stderr);
  });
});

describe('--format json on invalid input', () => {
  it('says `status: "invalid"` and gives null, not zero, for totals, fractions and per-run results', () => {
    const r = cli([...FILES, '--format', 'json', '--budget', '1 t']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.status).toBe('invalid');
    expect(report.inputValid).toBe(false);
    expect(report.totals).toEqual({ itEnergyKWh: null, energyKWh: null, emissionsKg: null, components: null });
    expect(report.budget).toMatchObject({ emissionsKg: 1000, emissionsFraction: null, usedFraction: null });
    expect(report.equivalents).toEqual([]);
    expect(report.runs.length).toBeGreaterThan(0);
    for (const run of report.runs) {
      expect([run.itEnergyKWh, run.energyKWh, run.emissionsKg, run.components, run.budgetShare]).toEqual([
        null,
        null,
        null,
        null,
        null
      ]);
    }
    expect(report.diagnostics.some((d: { code: string }) => d.code === 'hardware/unknown-gpu')).toBe(true);
  });
});

describe('secrets', () => {
  // 36 characters after the prefix: the documented classic format.
  const PAT = `ghp_${'A1b2C3d4E5'.repeat(3)}F6g7H8`;
  const EM_TOKEN = 'em-secret-token-value';

  it('masks a GitHub-shaped token and the Electricity Maps token wherever the input quotes them', () => {
    writeFileSync(
      path.join(dir, 'secret.yml'),
      `version: 1\nruns:\n  - name: "leak ${PAT} ${EM_TOKEN}"\n    gpu: { model: "${PAT}", count: 1 }\n    duration: 1 h\n    location: DE\n`
    );
    for (const format of ['text', 'markdown', 'json']) {
      const r = cli(['secret.yml', '--format', format], { ELECTRICITY_MAPS_TOKEN: EM_TOKEN });
      expect(r.code).toBe(2);
      for (const text of [r.stdout, r.stderr]) {
        expect(text).not.toContain(PAT);
        expect(text).not.toContain(PAT.slice(4));
        expect(text).not.toContain(EM_TOKEN);
      }
      expect(r.stderr).toContain('***');
    }
  });

  it('masks an AUTHORIZATION header quoted from a file that failed to parse', () => {
    const header = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldDAxMjM0NTY3ODk=';
    writeFileSync(path.join(dir, 'config.yml'), `[core]\n\textraheader = ${header}\n`);
    const r = cli(['secret.yml', '--config', 'config.yml', '--format', 'json']);
    expect(r.stdout + r.stderr).not.toContain('eC1hY2Nlc3MtdG9rZW46');
  });
});
