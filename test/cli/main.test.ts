/**
 * `carbon-gate` end to end in-process: main(argv, io) over real files in a temporary folder, with
 * fake streams. Expected numbers are worked out by hand in each test.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main, type CliIo } from '../../src/cli/main.js';

/** One manifest run, chosen so every number is easy to check by hand:
 *  IT power 2 x 400 W = 800 W; 10 h -> 8 kWh; x PUE 1.5 = 12 kWh; x 500 g/kWh = 6 kg. */
const SMALL = `version: 1
runs:
  - name: small
    gpu: { watts: 400 W, count: 2 }
    duration: 10 h
    pue: 1.5
    intensity: 500 g/kWh
`;
const SMALL_KWH = (2 * 400 * 10 * 1.5) / 1000;
const SMALL_KG = (SMALL_KWH * 500) / 1000;

/** A manifest with a misspelt key on line 4, column 5. */
const TYPO = `version: 1
runs:
  - name: typo
    durration: 10 h
    gpu: { watts: 400 W, count: 2 }
    intensity: 500 g/kWh
`;

const ESC = '\u001b[';

let dir: string;

function put(rel: string, content: string | Buffer): void {
  const abs = path.join(dir, rel);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

interface Captured {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
}

function fakeIo(options: { isTTY?: boolean; env?: Record<string, string> } = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      cwd: dir,
      env: options.env ?? {},
      isTTY: options.isTTY ?? false
    },
    stdout: () => out.join(''),
    stderr: () => err.join('')
  };
}

async function runCli(argv: string[], options: { isTTY?: boolean; env?: Record<string, string> } = {}) {
  const captured = fakeIo(options);
  const code = await main(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-cli-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('exit codes', () => {
  it.each([
    // 6 kg of 10 kg = 60%: below the default 80% warning.
    ['within budget', '10 kg', 0, 'pass'],
    // 6 kg of 7 kg = 85.7%: warns, still exit 0.
    ['near budget (warn)', '7 kg', 0, 'warn'],
    // 6 kg of 5 kg = 120%: over.
    ['over budget', '5 kg', 1, 'fail'],
    // 12 kWh of 10 kWh = 120%: an energy budget fails just the same.
    ['over an energy budget', '10 kWh', 1, 'fail']
  ])('%s: --budget %s exits %i (%s)', async (_label, budget, code, status) => {
    put('carbon-manifest.yml', SMALL);
    const result = await runCli(['check', '--budget', budget, '--format', 'json']);
    expect(result.code).toBe(code);
    expect(JSON.parse(result.stdout).status).toBe(status);
    expect(result.stderr).toBe('');
  });

  it.each([
    // SMALL is 6 kg: 10 kg is 60% (pass), 7 kg is 85.7% (warn), 5 kg is 120% (fail).
    ['over-budget', '10 kg', 0],
    ['over-budget', '7 kg', 0],
    ['over-budget', '5 kg', 1],
    ['warning', '10 kg', 0],
    ['warning', '7 kg', 1],
    ['warning', '5 kg', 1],
    ['never', '7 kg', 0],
    ['never', '5 kg', 0]
  ])('--fail-on %s with --budget %s exits %i', async (failOn, budget, code) => {
    put('carbon-manifest.yml', SMALL);
    const result = await runCli(['check', '--budget', budget, '--fail-on', failOn, '--format', 'json']);
    expect(result.code).toBe(code);
    expect(result.stderr).toBe('');
  });

  it('--fail-on never still exits 2 for invalid input', async () => {
    put('carbon-manifest.yml', TYPO);
    expect((await runCli(['check', '--fail-on', 'never'])).code).toBe(2);
  });

  it('exits 0 without a budget', async () => {
    put('carbon-manifest.yml', SMALL);
    expect((await runCli(['check'])).code).toBe(0);
  });

  it('exits 2 for an invalid manifest and prints file:line:col: severity code: message', async () => {
    put('runs/bad/carbon-manifest.yml', TYPO);
    const result = await runCli(['check', '--budget', '10 kg']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^runs\/bad\/carbon-manifest\.yml:4:5: error manifest\/[a-z-]+: .*durration.*duration/m
    );
  });

  it.each([[['check', '--bogus']], [['check', '--format', 'yaml']], [['chek']], [[]]])(
    'exits 2 for the usage error %j, with a pointer to --help and no stack trace',
    async (argv) => {
      put('carbon-manifest.yml', SMALL);
      const result = await runCli(argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^carbon-gate: .+\nRun 'carbon-gate --help' for usage\.\n$/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  );

  it('exits 2 for a missing file, naming it', async () => {
    put('carbon-manifest.yml', SMALL);
    const result = await runCli(['check', 'carbon-manifest.yml', 'nope.yml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^nope\.yml: error io\/not-found: /m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a manifest over 1 MiB, without reading it', async () => {
    put('carbon-manifest.yml', `# ${'x'.repeat(1024 * 1024)}\n`);
    const result = await runCli(['check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^carbon-manifest\.yml: error io\/too-large: /m);
  });

  it('exits 2 for a folder without manifests', async () => {
    const result = await runCli(['check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^\.: error io\/no-manifests: /m);
  });

  it('exits 2 for an invalid --budget, even when the runs are within any budget', async () => {
    put('carbon-manifest.yml', SMALL);
    const result = await runCli(['check', '--budget', '500']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/error budget\/invalid: .*bare number/);
  });

  it('exits 2 with a one-line internal error, not a stack trace, when something unexpected throws', async () => {
    put('carbon-manifest.yml', SMALL);
    const captured = fakeIo();
    const io: CliIo = {
      ...captured.io,
      stdout: () => {
        throw new Error('stdout exploded\nsecond line');
      }
    };
    expect(await main(['check'], io)).toBe(2);
    expect(captured.stderr()).toBe('carbon-gate: internal error: stdout exploded (this is a bug; please report it)\n');
  });
});

describe('--format json', () => {
  it('prints the report with schemaVersion, totals and runs as calculated by hand', async () => {
    put('carbon-manifest.yml', SMALL);
    const result = await runCli(['check', '--format', 'json', '--budget', '10 kg']);
    const report = JSON.parse(result.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.totals.energyKWh).toBeCloseTo(SMALL_KWH, 9);
    expect(report.totals.emissionsKg).toBeCloseTo(SMALL_KG, 9);
    expect(report.budget.emissionsKg).toBe(10);
    expect(report.budget.usedFraction).toBeCloseTo(SMALL_KG / 10, 9);
    expect(report.runs).toHaveLength(1);
    expect(report.runs[0]).toMatchObject({
      manifest: 'carbon-manifest.yml',
      name: 'small',
      method: 'estimated',
      pue: 1.5,
      intensityGPerKWh: 500,
      repeats: 1
    });
    expect(report.diagnostics).toEqual([]);
  });

  it("reproduces Strubell et al. 2019's BERT-base figure with the strubell-2019 preset", async () => {
    put(
      'carbon-manifest.yml',
      `version: 1
runs:
  - name: bert-base
    power: 12041.51 W
    duration: 79.2 h
    location: strubell-2019
`
    );
    const result = await runCli(['check', '--format', 'json']);
    const report = JSON.parse(result.stdout);
    // The paper: kWh = 1.58 x hours x watts / 1000; lb = 0.954 x kWh (Table 3: 1,438 lb).
    const expectedKWh = (1.58 * 79.2 * 12041.51) / 1000;
    const expectedLb = 0.954 * expectedKWh;
    const expectedKg = expectedLb * 0.45359237;
    expect(report.totals.energyKWh).toBeCloseTo(expectedKWh, 6);
    expect(report.totals.emissionsKg).toBeCloseTo(expectedKg, 6);
    expect(Math.round(expectedLb)).toBe(1438);
  });
});

describe('--output', () => {
  it('writes the report to the file, creating its folder, and prints nothing on stdout', async () => {
    put('carbon-manifest.yml', SMALL);
    const result = await runCli(['check', '--format', 'markdown', '--output', 'out/report.md', '--budget', '10 kg'], {
      isTTY: true
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const written = readFileSync(path.join(dir, 'out/report.md'), 'utf8');
    expect(written).toContain('small');
    expect(written).not.toContain(ESC);
    expect(result.stderr).toBe('carbon-gate: pass — report written to out/report.md\n');
  });

  it('writes JSON that parses', async () => {
    put('carbon-manifest.yml', SMALL);
    await runCli(['check', '--format', 'json', '-o', 'r.json']);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')).totals.emissionsKg).toBeCloseTo(SMALL_KG, 9);
  });

  it('exits 2 when the file cannot be written', async () => {
    put('carbon-manifest.yml', SMALL);
    mkdirSync(path.join(dir, 'taken'));
    const result = await runCli(['check', '--output', 'taken']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^taken: error io\/write-failed: /m);
  });
});

describe('colour', () => {
  it.each([
    ['a terminal', true, [], { isTTY: true }],
    ['a pipe', false, [], { isTTY: false }],
    ['a terminal with NO_COLOR=1', false, [], { isTTY: true, env: { NO_COLOR: '1' } }],
    ['a terminal with --no-color', false, ['--no-color'], { isTTY: true }],
    ['a terminal with TERM=dumb', false, [], { isTTY: true, env: { TERM: 'dumb' } }]
  ])('text report to %s: colour %s', async (_label, coloured, flags, options) => {
    put('carbon-manifest.yml', SMALL);
    const result = await runCli(['check', '--budget', '10 kg', ...flags], options);
    expect(result.code).toBe(0);
    expect(result.stdout.includes(ESC)).toBe(coloured);
    expect(result.stderr.includes(ESC)).toBe(false);
  });

  it('never colours JSON, even on a terminal', async () => {
    put('carbon-manifest.yml', SMALL);
    const result = await runCli(['check', '--format', 'json'], { isTTY: true });
    expect(result.stdout.includes(ESC)).toBe(false);
  });
});

describe('diagnostics on a terminal', () => {
  it('are listed in the text report instead of twice (report and stderr)', async () => {
    put('carbon-manifest.yml', TYPO);
    const tty = await runCli(['check', '--no-color'], { isTTY: true });
    expect(tty.stderr).toBe('');
    expect(tty.stdout).toMatch(/carbon-manifest\.yml:4:5: error /);
    const piped = await runCli(['check'], { isTTY: false });
    expect(piped.stderr).toMatch(/^carbon-manifest\.yml:4:5: error /m);
  });
});

describe('--help and --version', () => {
  it('documents every option, format, exit code and NO_COLOR', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const needle of [
      'carbon-gate check [FILES|GLOBS...]',
      '--config FILE',
      '--budget',
      '--warn-at',
      '--location',
      '--timezone',
      '--intensity-series FILE',
      '--electricity-maps-token TOKEN',
      '--electricity-maps-url URL',
      'ELECTRICITY_MAPS_TOKEN',
      '--format',
      '--output FILE',
      '--no-color',
      '--help',
      '--version',
      'text',
      'markdown',
      'json',
      'model-card',
      '0  Within budget',
      '1  Over budget',
      '2  Invalid input or usage',
      'NO_COLOR',
      '.github/carbon-budget.yml',
      '**/carbon-manifest.{yml,yaml,json}',
      'Examples:'
    ]) {
      expect(result.stdout).toContain(needle);
    }
  });

  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'));
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `carbon-gate ${pkg.version}\n`, stderr: '' });
  });
});

describe('finding manifests and the config', () => {
  it('searches **/carbon-manifest.{yml,yaml,json} by default, skipping node_modules and .git', async () => {
    put('a/carbon-manifest.yml', SMALL);
    put(
      'b/c/carbon-manifest.json',
      JSON.stringify({
        version: 1,
        runs: [{ name: 'json-run', gpu: { watts: '100 W', count: 1 }, duration: '1 h', pue: 1, intensity: '100 g/kWh' }]
      })
    );
    // Invalid manifests where the search must not look: reading them would exit 2.
    put('node_modules/pkg/carbon-manifest.yml', TYPO);
    put('.git/carbon-manifest.yml', TYPO);
    const result = await runCli(['check', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.runs.map((r: { manifest: string; name: string }) => `${r.manifest}#${r.name}`).sort()).toEqual([
      'a/carbon-manifest.yml#small',
      'b/c/carbon-manifest.json#json-run'
    ]);
    // 12 kWh (SMALL) + 100 W x 1 h x PUE 1 = 0.1 kWh.
    expect(report.totals.energyKWh).toBeCloseTo(SMALL_KWH + (100 * 1 * 1) / 1000, 9);
  });

  it('reads a folder argument as the default globs under it', async () => {
    put('examples/x/carbon-manifest.yml', SMALL);
    put('elsewhere/carbon-manifest.yml', TYPO);
    const result = await runCli(['check', 'examples', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).runs.map((r: { manifest: string }) => r.manifest)).toEqual([
      'examples/x/carbon-manifest.yml'
    ]);
  });

  it('uses .github/carbon-budget.yml when present, and --budget overrides it', async () => {
    put('carbon-manifest.yml', SMALL);
    // 6 kg of 5 kg: over budget.
    put('.github/carbon-budget.yml', 'budget:\n  emissions: 5 kg\n');
    const fromConfig = await runCli(['check', '--format', 'json']);
    expect(fromConfig.code).toBe(1);
    expect(JSON.parse(fromConfig.stdout).budget).toMatchObject({ emissionsKg: 5, origin: '.github/carbon-budget.yml' });
    // 6 kg of 20 kg = 30%: within.
    const overridden = await runCli(['check', '--format', 'json', '--budget', '20 kg']);
    expect(overridden.code).toBe(0);
    expect(JSON.parse(overridden.stdout).budget.emissionsKg).toBe(20);
  });

  it('uses --config instead of the default, and exits 2 when it is missing', async () => {
    put('carbon-manifest.yml', SMALL);
    put('.github/carbon-budget.yml', 'budget:\n  emissions: 5 kg\n');
    // 6 kg of 7 kg = 85.7% >= 80%: warn, exit 0.
    put('budgets/team.yml', 'budget:\n  emissions: 7 kg\n  warn-at: 80%\n');
    const result = await runCli(['check', '--config', 'budgets/team.yml', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      status: 'warn',
      budget: { emissionsKg: 7, origin: 'budgets/team.yml' }
    });
    const missing = await runCli(['check', '--config', 'budgets/none.yml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^budgets\/none\.yml: error io\/not-found: /m);
  });

  it('reports a default config that exists but is not a readable file (only its absence is silent)', async () => {
    put('carbon-manifest.yml', SMALL);
    mkdirSync(path.join(dir, '.github/carbon-budget.yml'), { recursive: true });
    const result = await runCli(['check', '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^\.github\/carbon-budget\.yml: error io\/not-a-file: /m);
  });

  it('applies --warn-at: 6 kg of 10 kg = 60% warns at 50%', async () => {
    put('carbon-manifest.yml', SMALL);
    const result = await runCli(['check', '--format', 'json', '--budget', '10 kg', '--warn-at', '50%']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'warn', budget: { warnAtFraction: 0.5 } });
  });
});

describe('measured runs', () => {
  it("reads a run's nvidia-smi log through the trace reader and integrates it", async () => {
    // Two GPUs, 10 s apart: GPU 0 at 100 W then 300 W, GPU 1 at 200 W then 200 W.
    // Trapezoid: GPU 0 (100 + 300) / 2 x 10 s = 2000 J; GPU 1 200 x 10 = 2000 J; 4000 J in all.
    const log = [
      'timestamp, index, power.draw [W]',
      '2026/01/01 00:00:00.000, 0, 100.00 W',
      '2026/01/01 00:00:00.000, 1, 200.00 W',
      '2026/01/01 00:00:10.000, 0, 300.00 W',
      '2026/01/01 00:00:10.000, 1, 200.00 W',
      ''
    ].join('\n');
    put('run/logs/gpu.csv', log);
    put(
      'run/carbon-manifest.yml',
      `version: 1
runs:
  - name: measured
    pue: 1.5
    intensity: 500 g/kWh
    traces: [ "logs/*.csv" ]
`
    );
    const result = await runCli(['check', '--format', 'json']);
    const report = JSON.parse(result.stdout);
    const expectedItKWh = 4000 / 3.6e6;
    expect(report.runs[0].method).toBe('measured');
    expect(report.runs[0].measurement.files).toEqual(['run/logs/gpu.csv']);
    expect(report.totals.energyKWh).toBeCloseTo(expectedItKWh * 1.5, 12);
    expect(report.totals.emissionsKg).toBeCloseTo((expectedItKWh * 1.5 * 500) / 1000, 12);
  });

  it('reads the traces of a manifest named outside the working folder', async () => {
    // One GPU at a constant 360 W for 10 s: 3600 J = 0.001 kWh; x PUE 1 x 1000 g/kWh = 1 g.
    put(
      'other/logs/gpu.csv',
      'timestamp, index, power.draw [W]\n2026/01/01 00:00:00.000, 0, 360.00 W\n2026/01/01 00:00:10.000, 0, 360.00 W\n'
    );
    put(
      'other/carbon-manifest.yml',
      'version: 1\nruns:\n  - name: elsewhere\n    pue: 1\n    intensity: 1000 g/kWh\n    traces: [ "logs/gpu.csv" ]\n'
    );
    mkdirSync(path.join(dir, 'repo'));
    const captured = fakeIo();
    const code = await main(['check', '../other/carbon-manifest.yml', '--format', 'json'], {
      ...captured.io,
      cwd: path.join(dir, 'repo')
    });
    expect(code).toBe(0);
    const report = JSON.parse(captured.stdout());
    expect(report.runs[0].measurement.files).toEqual(['../other/logs/gpu.csv']);
    expect(report.totals.energyKWh).toBeCloseTo((360 * 10) / 3.6e6, 12);
    expect(report.totals.emissionsKg).toBeCloseTo((((360 * 10) / 3.6e6) * 1000) / 1000, 12);
  });

  it('refuses a trace pattern that leaves the folder being checked', async () => {
    put('outside.csv', 'timestamp, index, power.draw [W]\n');
    put(
      'repo/carbon-manifest.yml',
      `version: 1
runs:
  - name: sneaky
    gpu: { watts: 400 W, count: 1 }
    duration: 1 h
    intensity: 500 g/kWh
    traces: [ "../outside.csv" ]
`
    );
    const captured = fakeIo();
    const code = await main(['check', '--format', 'json'], { ...captured.io, cwd: path.join(dir, 'repo') });
    expect(code).toBe(2);
    expect(captured.stderr()).toMatch(/^carbon-manifest\.yml: error io\/outside-root: /m);
  });
});
