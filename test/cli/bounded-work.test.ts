/**
 * Hostile input against the built CLI (`dist/cli/index.js`, as a pull request's files reach it):
 * every reader does bounded, linear work and ends in diagnostics, never in the engine's "Maximum
 * call stack size exceeded", a pinned core, `Infinity` in Markdown or `null` in JSON. Sizes are
 * chosen so that the old, quadratic or recursive code took minutes or crashed, and the fixed code
 * takes well under a second: the assertions are about the result, and jest's timeout catches a
 * regression to the old cost.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { put, useTempFolders } from '../support/temp-folders.js';

const cliBundle = path.join(process.cwd(), 'dist/cli/index.js');
const folders = useTempFolders();

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI bundle in the test's folder with a clean environment. */
function cli(args: string[]): Run {
  const r = spawnSync(process.execPath, [cliBundle, ...args], {
    cwd: folders.dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    // A bound, not a measurement: the old quadratic code ran for minutes, and a blocked child
    // would hold the test past jest's own timeout.
    timeout: 20_000,
    maxBuffer: 64 * 1024 * 1024
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonReport {
  status: string;
  inputValid: boolean;
  totals: { itEnergyKWh: number; energyKWh: number; emissionsKg: number };
  runs: { name: string; itEnergyKWh: number; energyKWh: number }[];
  diagnostics: { severity: string; code: string; message: string; file?: string; line?: number; column?: number }[];
}

/** `check` with `--format json` and no config: the parsed report. */
function checkJson(manifest: string, extra: string[] = []): { run: Run; report: JsonReport } {
  const run = cli(['check', manifest, '--format', 'json', ...extra]);
  return { run, report: JSON.parse(run.stdout) as JsonReport };
}

/** Nothing the engine says about its own stack or a crash reaches the user. */
function expectNoCrash(run: Run): void {
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr + run.stdout).not.toContain('Maximum call stack');
}

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

describe('a CSV record with one unmatched quote', () => {
  it('is skipped after 100 lines with a diagnostic, and the rest of a 1.6 MB CodeCarbon log is read', () => {
    // Line 1 the header, then one row per line, each its own run; line 2 holds a stray `"`.
    const rows = 36_000;
    const energyKWh = 0.001;
    const body = Array.from(
      { length: rows },
      (_, i) => `2026-05-12T10:00:00,${i === 0 ? 'pro"ject' : 'project'},run-${i},10,${energyKWh}`
    );
    put(folders.dir, 'emissions.csv', lines('timestamp,project_name,run_id,duration,energy_consumed', ...body));
    put(
      folders.dir,
      'carbon-manifest.yml',
      lines('version: 1', 'runs:', '  - name: r', '    traces: [ emissions.csv ]', '    location: US', '    pue: 1.0')
    );
    const { run, report } = checkJson('carbon-manifest.yml');
    expectNoCrash(run);
    // Lines 2 to 102 (the open record's 101 lines: the most a record may span, plus the one past
    // it) are one skipped record; the rows on lines 103 on are each a run of 0.001 kWh.
    const counted = rows - 101;
    expect(report.runs[0].itEnergyKWh).toBeCloseTo(counted * energyKWh, 9);
    const unclosed = report.diagnostics.filter((d) => d.code === 'traces/unclosed-quote');
    expect(unclosed).toHaveLength(1);
    expect(unclosed[0]).toMatchObject({ file: 'emissions.csv', line: 2, severity: 'warning' });
    expect(unclosed[0].message).toContain('not closed within 100 lines or 1048576 characters');
    expect(unclosed[0].message).toContain('lines 2-102 are skipped');
  });
});

describe('a Prometheus file of half a million invalid documents', () => {
  it('is summarised: ten diagnostics and one that counts the rest, not a crash', () => {
    put(folders.dir, 'q.json', '{}'.repeat(500_000));
    put(
      folders.dir,
      'carbon-manifest.yml',
      lines(
        'version: 1',
        'runs:',
        '  - name: r',
        '    traces: [ q.json ]',
        '    trace: { format: prometheus-range }',
        '    location: US'
      )
    );
    const { run, report } = checkJson('carbon-manifest.yml');
    expectNoCrash(run);
    expect(run.status).toBe(2);
    const errors = report.diagnostics.filter((d) => d.code === 'traces/prometheus-error');
    // Ten identical ones are kept (the report shows one of identical diagnostics), then the count.
    expect(errors.map((d) => d.message)).toEqual([
      expect.stringContaining('and 499,990 more traces/prometheus-error diagnostics like this in this file'),
      'Prometheus answer has status "undefined"; expected "success".'
    ]);
  });
});

describe('manifests and configs nested thousands deep', () => {
  const deep: [string, string, (n: number) => string][] = [
    ['flow [[[[ in YAML', 'carbon-manifest.yml', (n) => `version: 1\nruns: ${'['.repeat(n)}${']'.repeat(n)}\n`],
    ['block - - - in YAML', 'carbon-manifest.yml', (n) => `version: 1\nruns:\n${'- '.repeat(n)}x\n`],
    [
      'a JSON manifest',
      'carbon-manifest.json',
      (n) => `{"version": 1, "runs": [${'{"a":'.repeat(n)}1${'}'.repeat(n)}]}`
    ]
  ];
  describe.each([5_000, 100_000])('%i levels', (n) => {
    it.each(deep)('%s: refused with the limit named, before parsing', (_what, file, text) => {
      put(folders.dir, file, text(n));
      const { run, report } = checkJson(file);
      expectNoCrash(run);
      expect(run.status).toBe(2);
      const found = report.diagnostics.filter((d) => d.code === 'manifest/too-deep');
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain('more than 64 levels deep');
      expect(found[0].file).toBe(file);
    });
  });

  it('a budget config nested 1,000 deep by indentation: config/too-deep at its line', () => {
    put(
      folders.dir,
      'carbon-manifest.yml',
      lines('version: 1', 'runs:', '  - { name: a, power: 1 kW, duration: 1 h }')
    );
    // Each line one level deeper than the last: the 65th level is the key on line 65.
    put(folders.dir, 'budget.yml', lines(...Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}a:`)));
    const run = cli(['check', 'carbon-manifest.yml', '--config', 'budget.yml', '--location', 'US']);
    expectNoCrash(run);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'budget.yml:65:65: error config/too-deep: The budget config nests lists and mappings more than 64 levels deep and was not read'
    );
  });
});

describe('names that are prototype keys are ordinary unknown names', () => {
  describe.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('%s', (name) => {
    it('as a manifest and config key: unknown, with no hint printed from Object', () => {
      put(
        folders.dir,
        'carbon-manifest.yml',
        lines(
          'version: 1',
          `${name}: 1`,
          'runs:',
          '  - name: a',
          `    ${name}: 1`,
          `    gpu: { watts: 300 W, ${name}: 2 }`,
          '    duration: 1 h',
          '    location: US'
        )
      );
      put(folders.dir, 'budget.yml', lines(`budget: { emissions: 5 kg, ${name}: 1 }`, `${name}: 2`));
      const run = cli(['check', 'carbon-manifest.yml', '--config', 'budget.yml', '--format', 'json']);
      expectNoCrash(run);
      const report = JSON.parse(run.stdout) as JsonReport;
      const unknown = report.diagnostics.filter((d) => d.code.endsWith('/unknown-key'));
      expect(unknown.map((d) => `${d.file}:${d.line}`)).toEqual([
        'budget.yml:1',
        'budget.yml:2',
        'carbon-manifest.yml:2',
        'carbon-manifest.yml:5',
        'carbon-manifest.yml:6'
      ]);
      for (const d of unknown) {
        expect(d.message).toContain(`Unknown key \`${name}\``);
        expect(d.message).not.toMatch(/\[object Object\]|function|native code/);
      }
    });
  });
});

describe.each(['__proto__', 'constructor'])('%s, a prototype key in lower case,', (name) => {
  it('as a CSV column, a JSON Lines key or a unit: not an energy counter, not a unit', () => {
    put(
      folders.dir,
      'power.csv',
      lines(`timestamp,${name},power [W]`, '2026-05-12T10:00:00Z,5,100', '2026-05-12T10:00:10Z,5,100')
    );
    // The second object lacks the key: it must read as missing, not as Object's own property.
    put(
      folders.dir,
      'power.jsonl',
      lines(
        `{"timestamp": "2026-05-12T10:00:00Z", "${name}": 5, "power_w": 200}`,
        '{"timestamp": "2026-05-12T10:00:10Z", "power_w": 200}'
      )
    );
    put(
      folders.dir,
      'carbon-manifest.yml',
      lines(
        'version: 1',
        'runs:',
        '  - name: csv',
        '    traces: [ power.csv ]',
        '    location: US',
        '  - name: jsonl',
        '    traces: [ power.jsonl ]',
        '    location: US'
      )
    );
    // The unit in a manifest of its own: an invalid input's JSON has no numbers (status `invalid`).
    put(
      folders.dir,
      'units/carbon-manifest.yml',
      lines('version: 1', 'runs:', '  - name: units', `    power: 400 ${name}`, '    duration: 1 h', '    location: US')
    );
    const { run, report } = checkJson('carbon-manifest.yml');
    expectNoCrash(run);
    // The power columns are integrated (100 W and 200 W for 10 s); the other column is just a column.
    expect(report.runs.map((r) => [r.name, r.itEnergyKWh])).toEqual([
      ['csv', (100 * 10) / 3.6e6],
      ['jsonl', (200 * 10) / 3.6e6]
    ]);
    expect(report.diagnostics.filter((d) => d.code.startsWith('traces/'))).toEqual([]);
    const units = checkJson('units/carbon-manifest.yml');
    expectNoCrash(units.run);
    const unit = units.report.diagnostics.find((d) => d.code === 'manifest/bad-unit');
    expect(unit?.line).toBe(4);
    expect(unit?.message).toContain(`"${name}" is not a power unit`);
  });
});

describe('numbers no double holds', () => {
  it('1e300 W x 2^53 GPUs is an error at `gpu`: status invalid, no number in the JSON, no Infinity in the Markdown', () => {
    put(
      folders.dir,
      'carbon-manifest.yml',
      lines(
        'version: 1',
        'runs:',
        '  - name: big',
        '    gpu: { watts: 1e300 W, count: 9007199254740991 }',
        '    duration: 1 h',
        '    location: US',
        '  - name: small',
        '    power: 1 kW',
        '    duration: 2 h',
        '    location: US',
        '    pue: 1.0'
      )
    );
    const { run, report } = checkJson('carbon-manifest.yml');
    expectNoCrash(run);
    expect(run.status).toBe(2);
    // Invalid input: the totals are null on purpose (docs/security.md), never a number made of Infinity.
    expect(report.status).toBe('invalid');
    expect(report.totals).toEqual({ itEnergyKWh: null, energyKWh: null, emissionsKg: null, components: null });
    expect(report.runs.map((r) => r.name)).toEqual(['small']);
    const overflow = report.diagnostics.filter((d) => d.code === 'run/overflow');
    expect(overflow).toEqual([
      expect.objectContaining({ severity: 'error', file: 'carbon-manifest.yml', line: 4, column: 10 })
    ]);
    expect(overflow[0].message).toContain('with this `gpu`');
    const markdown = cli(['check', 'carbon-manifest.yml', '--format', 'markdown']);
    expect(markdown.stdout).not.toContain('Infinity');
    expect(markdown.stdout).not.toContain('NaN');
  });
});

describe('a log whose timestamps jump across centuries', () => {
  it('is split into at most ten years of hours, the rest weighted at the annual intensity', () => {
    // An energy counter read every 300 days for 16,000 years: each reading is bridged (a counter
    // loses nothing between readings), and each would have been cut into 7,200 hours.
    const readings = 20_000;
    const stepS = 300 * 86_400;
    const rows = Array.from({ length: readings }, (_, i) => `${1_000_000_000 + i * stepS},${i}`);
    put(folders.dir, 'counter.csv', lines('timestamp,energy_j', ...rows));
    put(
      folders.dir,
      'carbon-manifest.yml',
      lines('version: 1', 'runs:', '  - name: r', '    traces: [ counter.csv ]', '    location: US', '    pue: 1.0')
    );
    const { run, report } = checkJson('carbon-manifest.yml');
    expectNoCrash(run);
    // One joule per reading, all of it counted.
    expect(report.runs[0].itEnergyKWh).toBeCloseTo((readings - 1) / 3.6e6, 12);
    expect(report.diagnostics.map((d) => d.code)).toContain('traces/too-many-hours');
  });
});
