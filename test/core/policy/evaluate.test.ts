/**
 * The policy judged end to end through `analyze`: head and base manifests (the base snapshot
 * built by hand, as the adapters build it), every scope, paths, increase, pre-existing violations,
 * overrides and coverage. Every expected number is computed here from watts x hours x PUE x
 * intensity, never pasted from an output.
 */
import { describe, expect, it } from '@jest/globals';
import { analyze, type MeasureRun } from '../../../src/core/analyze.js';
import type {
  AnalyzeInput,
  BaseSnapshot,
  BudgetVerdict,
  MeasurementSummary,
  Report,
  TraceReader
} from '../../../src/core/model.js';
import { NO_BASE_NOTE } from '../../../src/core/policy/evaluate.js';

const PUE = 1.2;
const INTENSITY_G_PER_KWH = 400;
const CONFIG = '.github/carbon-budget.yml';

/** kg CO2e of a run drawing `watts` for `hours`: W x h / 1000 = kWh, x PUE, x g/kWh / 1000. */
function kg(watts: number, hours: number): number {
  return (((watts * hours) / 1000) * PUE * INTENSITY_G_PER_KWH) / 1000;
}

/** Facility kWh of the same run. */
function kWh(watts: number, hours: number): number {
  return ((watts * hours) / 1000) * PUE;
}

/** A run of a manifest: a whole-machine power for a duration, at the fixed PUE and intensity. */
interface RunDef {
  name: string;
  watts: number;
  hours: number;
}

/** The manifest text of some runs. */
function manifest(...runs: RunDef[]): string {
  return [
    'version: 1',
    'runs:',
    ...runs.flatMap((r) => [
      `  - name: ${r.name}`,
      `    power: ${r.watts} W`,
      `    duration: ${r.hours} h`,
      `    pue: ${PUE}`,
      `    intensity: ${INTENSITY_G_PER_KWH} g/kWh`
    ])
  ].join('\n');
}

/** Watts that make `targetKg` in `hours` (so a run of a given mass can be written). */
function wattsFor(targetKg: number, hours: number): number {
  return (targetKg * 1000 * 1000) / (hours * PUE * INTENSITY_G_PER_KWH);
}

const lines = (...rows: string[]): string => rows.join('\n') + '\n';

/** The policy of the issue, minus coverage and waivers. */
const POLICY = lines(
  'version: 1',
  'budgets:',
  '  - name: per-pr',
  '    scope: change',
  '    emissions: 250 kg',
  '  - name: single-run',
  '    scope: run',
  '    emissions: 100 kg',
  '  - name: llm',
  '    paths: ["experiments/llm/**"]',
  '    scope: total',
  '    energy: 2 MWh',
  '  - name: everything',
  '    scope: total',
  '    emissions: 1 t',
  '  - name: growth',
  '    scope: change',
  '    increase: 20%'
);

type Files = Record<string, string>;

/** A base snapshot as the adapters build it: the base manifests, named as the head names them. */
function baseOf(manifests: Files, changed: string[], config?: string): BaseSnapshot {
  return {
    ref: 'abc1234',
    sha: 'abc1234'.padEnd(40, '0'),
    manifests: Object.entries(manifests).map(([file, text]) => ({ file, text })),
    ...(config !== undefined ? { config: { file: CONFIG, text: config } } : {}),
    changedManifests: changed,
    diagnostics: []
  };
}

async function run(head: Files, base: BaseSnapshot | undefined, extra: Partial<AnalyzeInput> = {}): Promise<Report> {
  return analyze({
    manifests: Object.entries(head).map(([file, text]) => ({ file, text })),
    config: { file: CONFIG, text: POLICY },
    toolVersion: '0.0.0-test',
    ...(base ? { base } : {}),
    ...extra
  });
}

function verdict(report: Report, name: string): BudgetVerdict {
  const found = report.policy?.budgets.find((v) => v.name === name);
  if (!found) throw new Error(`no verdict "${name}" in ${JSON.stringify(report.policy)}`);
  return found;
}

/** A large repository: ten runs of 400 kg each, over every budget together (4 t > 1 t). */
const BIG_REPO: Files = Object.fromEntries(
  Array.from({ length: 10 }, (_, i) => [
    `models/m${i}/carbon-manifest.yml`,
    manifest({ name: `train-${i}`, watts: wattsFor(400, 100), hours: 100 })
  ])
);

describe('the done-when cases', () => {
  it('a PR that adds a 300 kg run fails per-pr (250 kg)', async () => {
    const watts = wattsFor(300, 50);
    const added = manifest({ name: 'big', watts, hours: 50 });
    const report = await run(
      { 'experiments/new/carbon-manifest.yml': added },
      baseOf({}, ['experiments/new/carbon-manifest.yml'])
    );
    expect(report.inputValid).toBe(true);
    const perPr = verdict(report, 'per-pr');
    expect(perPr.used.emissionsKg).toBeCloseTo(kg(watts, 50), 9);
    expect(perPr.used.emissionsKg).toBeCloseTo(300, 9);
    expect(perPr.usedFraction).toBeCloseTo(300 / 250, 9);
    expect(perPr.status).toBe('fail');
    expect(perPr.preExisting).toBe(false);
    expect(report.status).toBe('fail');
    expect(report.changes).toEqual([
      {
        manifest: 'experiments/new/carbon-manifest.yml',
        run: 'big',
        kind: 'added',
        head: { emissionsKg: expect.closeTo(kg(watts, 50), 9), energyKWh: expect.closeTo(kWh(watts, 50), 9) },
        deltaEmissionsKg: expect.closeTo(kg(watts, 50), 9),
        deltaEnergyKWh: expect.closeTo(kWh(watts, 50), 9)
      }
    ]);
    expect(report.policy?.base).toEqual({ ref: 'abc1234', sha: 'abc1234'.padEnd(40, '0') });
  });

  it('a PR that edits only a README passes although the total is far over every budget', async () => {
    const report = await run(BIG_REPO, baseOf(BIG_REPO, []));
    expect(report.inputValid).toBe(true);
    const totalKg = 10 * kg(wattsFor(400, 100), 100);
    expect(report.totals.emissionsKg).toBeCloseTo(totalKg, 6);
    expect(totalKg).toBeGreaterThan(1000); // over `everything` (1 t)
    expect(verdict(report, 'per-pr')).toMatchObject({ status: 'pass', used: { emissionsKg: 0, energyKWh: 0 } });
    expect(verdict(report, 'growth')).toMatchObject({ status: 'pass', used: { increaseFraction: 0 } });
    expect(verdict(report, 'everything')).toMatchObject({ status: 'warn', preExisting: true });
    expect(verdict(report, 'everything').note).toContain('Already over at the base');
    expect(verdict(report, 'single-run')).toMatchObject({ status: 'warn', preExisting: true });
    // Pre-existing rows do not count towards the status: the PR passes, also under fail-on: warning.
    expect(report.status).toBe('pass');
    expect(report.changes?.every((c) => c.kind === 'unchanged' && c.deltaEmissionsKg === 0)).toBe(true);
    expect(report.changes).toHaveLength(10);
  });

  it('a PR that grows a run from 100 kg to 150 kg shows +50 kg (+50%)', async () => {
    const path = 'models/a/carbon-manifest.yml';
    const watts = wattsFor(100, 100);
    const before = manifest({ name: 'train', watts, hours: 100 });
    const after = manifest({ name: 'train', watts, hours: 150 });
    const report = await run({ [path]: after }, baseOf({ [path]: before }, [path]));
    const change = report.changes?.[0];
    expect(change?.kind).toBe('changed');
    expect(change?.base?.emissionsKg).toBeCloseTo(kg(watts, 100), 9);
    expect(change?.head?.emissionsKg).toBeCloseTo(kg(watts, 150), 9);
    expect(change?.deltaEmissionsKg).toBeCloseTo(kg(watts, 150) - kg(watts, 100), 9);
    expect(change?.deltaEmissionsKg).toBeCloseTo(50, 9);
    expect(change?.deltaFraction).toBeCloseTo(0.5, 12);
    expect(change?.deltaEnergyKWh).toBeCloseTo(kWh(watts, 150) - kWh(watts, 100), 9);
    // per-pr: 50 of 250 kg passes; growth: +50% against 20% fails; single-run: 150 > 100 kg, grew: fails.
    expect(verdict(report, 'per-pr')).toMatchObject({ status: 'pass', usedFraction: expect.closeTo(50 / 250, 9) });
    expect(verdict(report, 'growth')).toMatchObject({
      status: 'fail',
      used: { increaseFraction: expect.closeTo(0.5, 9) },
      usedFraction: expect.closeTo(0.5 / 0.2, 9)
    });
    expect(verdict(report, 'single-run')).toMatchObject({
      status: 'fail',
      preExisting: false,
      worstRun: { manifest: path, run: 'train' }
    });
  });
});

describe('head/base pairs', () => {
  const A = 'models/a/carbon-manifest.yml';
  const B = 'models/b/carbon-manifest.yml';
  const w = wattsFor(80, 10);
  const runA = { name: 'a', watts: w, hours: 10 };
  const runB = { name: 'b', watts: w, hours: 10 };

  it.each<{ title: string; head: Files; base: Files; kinds: Record<string, string>; deltaKg: number }>([
    {
      title: 'added manifest',
      head: { [A]: manifest(runA), [B]: manifest(runB) },
      base: { [A]: manifest(runA) },
      kinds: { a: 'unchanged', b: 'added' },
      deltaKg: kg(w, 10)
    },
    {
      title: 'deleted manifest (the change saves; net negative)',
      head: { [A]: manifest(runA) },
      base: { [A]: manifest(runA), [B]: manifest(runB) },
      kinds: { a: 'unchanged', b: 'removed' },
      deltaKg: -kg(w, 10)
    },
    {
      title: 'modified manifest: a run added and one removed in the same file',
      head: { [A]: manifest(runA, { name: 'c', watts: w, hours: 20 }) },
      base: { [A]: manifest(runA, runB) },
      kinds: { a: 'unchanged', b: 'removed', c: 'added' },
      deltaKg: kg(w, 20) - kg(w, 10)
    },
    {
      // The adapter names a renamed manifest's base text as the head names it.
      title: 'renamed manifest, same runs',
      head: { 'models/renamed/carbon-manifest.yml': manifest(runA) },
      base: { 'models/renamed/carbon-manifest.yml': manifest(runA) },
      kinds: { a: 'unchanged' },
      deltaKg: 0
    },
    {
      title: 'a run renamed inside its manifest is one removed and one added',
      head: { [A]: manifest({ ...runA, name: 'a2' }) },
      base: { [A]: manifest(runA) },
      kinds: { a: 'removed', a2: 'added' },
      deltaKg: 0
    }
  ])('$title', async ({ head, base, kinds, deltaKg }) => {
    const report = await run(head, baseOf(base, Object.keys({ ...head, ...base })));
    expect(report.inputValid).toBe(true);
    expect(Object.fromEntries((report.changes ?? []).map((c) => [c.run, c.kind]))).toEqual(kinds);
    const perPr = verdict(report, 'per-pr');
    expect(perPr.used.emissionsKg).toBeCloseTo(deltaKg, 9);
    expect(perPr.usedFraction).toBeCloseTo(Math.max(0, deltaKg) / 250, 9);
    expect(perPr.status).toBe('pass');
  });

  it('a removed run has no head and a delta of minus its base', async () => {
    const report = await run({ [A]: manifest(runA) }, baseOf({ [A]: manifest(runA, runB) }, [A]));
    expect(report.changes?.find((c) => c.run === 'b')).toEqual({
      manifest: A,
      run: 'b',
      kind: 'removed',
      base: { emissionsKg: expect.closeTo(kg(w, 10), 9), energyKWh: expect.closeTo(kWh(w, 10), 9) },
      deltaEmissionsKg: expect.closeTo(-kg(w, 10), 9),
      deltaEnergyKWh: expect.closeTo(-kWh(w, 10), 9),
      deltaFraction: -1
    });
  });
});

describe('scopes, paths and increase', () => {
  const LLM = 'experiments/llm/carbon-manifest.yml';
  const OTHER = 'models/other/carbon-manifest.yml';

  it('paths select manifests: `llm` sums only experiments/llm/**', async () => {
    const wLlm = 20000; // 20 kW for 50 h = 1 MWh IT, 1.2 MWh facility
    const wOther = 50000; // would push any unfiltered energy total over 2 MWh
    const report = await run(
      {
        [LLM]: manifest({ name: 'llm', watts: wLlm, hours: 50 }),
        [OTHER]: manifest({ name: 'other', watts: wOther, hours: 50 })
      },
      undefined
    );
    const llm = verdict(report, 'llm');
    expect(llm.used.energyKWh).toBeCloseTo(kWh(wLlm, 50), 9);
    expect(llm.usedFraction).toBeCloseTo(kWh(wLlm, 50) / 2000, 9);
    expect(llm.paths).toEqual(['experiments/llm/**']);
    expect(llm.status).toBe('pass');
  });

  it('run: each run alone; the largest share is the worst run', async () => {
    const report = await run(
      {
        [OTHER]: manifest(
          { name: 'small', watts: wattsFor(30, 10), hours: 10 },
          { name: 'large', watts: wattsFor(90, 10), hours: 10 }
        )
      },
      undefined
    );
    expect(verdict(report, 'single-run')).toMatchObject({
      worstRun: { manifest: OTHER, run: 'large' },
      used: { emissionsKg: expect.closeTo(90, 9) },
      usedFraction: expect.closeTo(90 / 100, 9),
      status: 'warn'
    });
  });

  it('increase: growth against the base footprint of the selected manifests', async () => {
    const w = wattsFor(100, 10);
    const report = await run(
      { [OTHER]: manifest({ name: 'r', watts: w, hours: 11.7 }) },
      baseOf({ [OTHER]: manifest({ name: 'r', watts: w, hours: 10 }) }, [OTHER])
    );
    const growth = verdict(report, 'growth');
    const expected = (kg(w, 11.7) - kg(w, 10)) / kg(w, 10);
    expect(growth.used.increaseFraction).toBeCloseTo(expected, 12);
    expect(growth.usedFraction).toBeCloseTo(expected / 0.2, 12);
    // +17% of a 20% limit is 85% of it: at or above the default 80%, a warning.
    expect(growth.status).toBe('warn');
  });

  it('increase: a base footprint of zero leaves the increase limit out, with a note', async () => {
    const report = await run({ [OTHER]: manifest({ name: 'r', watts: 1000, hours: 10 }) }, baseOf({}, [OTHER]));
    const growth = verdict(report, 'growth');
    expect(growth.used.increaseFraction).toBeUndefined();
    expect(growth.usedFraction).toBe(0);
    expect(growth.status).toBe('pass');
    expect(growth.note).toContain('no emissions at the base');
  });

  it('without a base every run is added, change budgets judge the whole footprint, changes are null', async () => {
    const w = wattsFor(200, 10);
    const report = await run({ [OTHER]: manifest({ name: 'r', watts: w, hours: 10 }) }, undefined);
    expect(report.changes).toBeNull();
    expect(report.policy?.base).toBeNull();
    const perPr = verdict(report, 'per-pr');
    expect(perPr.used.emissionsKg).toBeCloseTo(kg(w, 10), 9);
    expect(perPr.note?.toLowerCase()).toContain(NO_BASE_NOTE);
    expect(verdict(report, 'growth').note).toContain('needs a base');
  });
});

describe('pre-existing violations', () => {
  const A = 'models/a/carbon-manifest.yml';
  const over = { name: 'huge', watts: wattsFor(150, 10), hours: 10 };

  it('run: a run over the limit at the base and unchanged warns (pre-existing)', async () => {
    const report = await run({ [A]: manifest(over) }, baseOf({ [A]: manifest(over) }, []));
    expect(verdict(report, 'single-run')).toMatchObject({ status: 'warn', preExisting: true });
    expect(verdict(report, 'single-run').note).toContain('"huge"');
  });

  it('run: the same run grown fails (made worse)', async () => {
    const report = await run({ [A]: manifest({ ...over, hours: 11 }) }, baseOf({ [A]: manifest(over) }, [A]));
    expect(verdict(report, 'single-run')).toMatchObject({ status: 'fail', preExisting: false });
  });

  it('run: the same run shrunk but still over warns (not made worse)', async () => {
    const report = await run({ [A]: manifest({ ...over, hours: 9 }) }, baseOf({ [A]: manifest(over) }, [A]));
    expect(verdict(report, 'single-run')).toMatchObject({ status: 'warn', preExisting: true });
  });

  it('run: a new run over the limit fails even when another was over at the base', async () => {
    const report = await run(
      { [A]: manifest(over, { ...over, name: 'another' }) },
      baseOf({ [A]: manifest(over) }, [A])
    );
    expect(verdict(report, 'single-run')).toMatchObject({ status: 'fail', preExisting: false });
  });

  it('total: over at the base and larger at the head fails', async () => {
    const grown = { ...BIG_REPO, 'models/extra/carbon-manifest.yml': manifest({ name: 'x', watts: 100, hours: 1 }) };
    const report = await run(grown, baseOf(BIG_REPO, ['models/extra/carbon-manifest.yml']));
    expect(verdict(report, 'everything')).toMatchObject({ status: 'fail', preExisting: false });
  });

  it('total: over at the base and smaller at the head warns', async () => {
    const { ['models/m0/carbon-manifest.yml']: _gone, ...smaller } = BIG_REPO;
    const report = await run(smaller, baseOf(BIG_REPO, ['models/m0/carbon-manifest.yml']));
    const everything = verdict(report, 'everything');
    expect(everything).toMatchObject({ status: 'warn', preExisting: true });
    expect(everything.used.emissionsKg).toBeCloseTo(9 * kg(wattsFor(400, 100), 100), 6);
  });

  it('without a base nothing is pre-existing: over is over', async () => {
    const report = await run(BIG_REPO, undefined);
    expect(verdict(report, 'everything')).toMatchObject({ status: 'fail', preExisting: false });
    expect(report.status).toBe('fail');
  });
});

describe('which policy, and the overrides', () => {
  const A = 'models/a/carbon-manifest.yml';
  const w = wattsFor(60, 10);

  it("the base's policy applies, not the change's (a PR cannot loosen its own policy)", async () => {
    const loose = lines('budgets:', '  - name: per-pr', '    emissions: 1 t');
    const strict = lines('budgets:', '  - name: per-pr', '    emissions: 50 kg');
    const report = await analyze({
      manifests: [{ file: A, text: manifest({ name: 'r', watts: w, hours: 10 }) }],
      config: { file: CONFIG, text: loose },
      base: baseOf({}, [A], strict),
      toolVersion: '0'
    });
    expect(verdict(report, 'per-pr')).toMatchObject({ limit: { emissionsKg: 50 }, status: 'fail' });
  });

  it('a base policy with errors is reported, and the head policy applies', async () => {
    const report = await analyze({
      manifests: [{ file: A, text: manifest({ name: 'r', watts: w, hours: 10 }) }],
      config: { file: CONFIG, text: lines('budgets:', '  - name: per-pr', '    emissions: 50 kg') },
      base: baseOf({}, [A], lines('budgets: []')),
      toolVersion: '0'
    });
    expect(report.diagnostics.map((d) => d.code)).toContain('policy/base-config-invalid');
    expect(verdict(report, 'per-pr').limit.emissionsKg).toBe(50);
  });

  it('--budget replaces every budget with one total budget; --warn-at sets every warn-at', async () => {
    const report = await run({ [A]: manifest({ name: 'r', watts: w, hours: 10 }) }, undefined, {
      overrides: { budget: '100 kg', warnAt: '50%' }
    });
    expect(report.policy?.budgets).toEqual([
      expect.objectContaining({
        name: 'budget',
        scope: 'total',
        origin: '--budget / budget input',
        limit: { emissionsKg: 100 },
        warnAtFraction: 0.5,
        status: 'warn',
        usedFraction: expect.closeTo(kg(w, 10) / 100, 9)
      })
    ]);
    expect(report.budget).toMatchObject({ emissionsKg: 100, warnAtFraction: 0.5, origin: '--budget / budget input' });
    expect(report.status).toBe('warn');
  });

  it('--warn-at alone sets the warn-at of every budget of the file', async () => {
    const report = await run({ [A]: manifest({ name: 'r', watts: w, hours: 10 }) }, undefined, {
      overrides: { warnAt: '10%' }
    });
    expect(new Set(report.policy?.budgets.map((v) => v.warnAtFraction))).toEqual(new Set([0.1]));
  });

  it('the legacy budget block is one total budget, and the report keeps its `budget` block', async () => {
    const report = await analyze({
      manifests: [{ file: A, text: manifest({ name: 'r', watts: w, hours: 10 }) }],
      config: { file: CONFIG, text: lines('budget:', '  emissions: 50 kg') },
      toolVersion: '0'
    });
    expect(report.policy?.budgets).toEqual([
      expect.objectContaining({
        name: 'budget',
        scope: 'total',
        status: 'fail',
        usedFraction: expect.closeTo(kg(w, 10) / 50, 9)
      })
    ]);
    expect(report.budget).toMatchObject({ emissionsKg: 50, usedFraction: expect.closeTo(kg(w, 10) / 50, 9) });
    expect(report.status).toBe('fail');
  });

  it('a config with errors makes the report invalid: no guessed policy', async () => {
    const report = await analyze({
      manifests: [{ file: A, text: manifest({ name: 'r', watts: w, hours: 10 }) }],
      config: { file: CONFIG, text: lines('budgets:', '  - name: per-pr', '    emisions: 50 kg') },
      toolVersion: '0'
    });
    expect(report.inputValid).toBe(false);
    expect(report.status).toBe('invalid');
  });

  it('no config: no budget, status pass', async () => {
    const report = await analyze({
      manifests: [{ file: A, text: manifest({ name: 'r', watts: w, hours: 10 }) }],
      toolVersion: '0'
    });
    // The waiver policy in force is reported too (the action judges the waiver label by it): the defaults.
    expect(report.policy).toEqual({
      budgets: [],
      base: null,
      waivers: { minPermission: 'write', allowAuthor: false, teams: [] }
    });
    expect(report.status).toBe('pass');
  });
});

describe('coverage and zero values', () => {
  const A = 'models/a/carbon-manifest.yml';
  const MEASURED = lines(
    'version: 1',
    'runs:',
    '  - name: logged',
    '    duration: 100 h',
    `    intensity: ${INTENSITY_G_PER_KWH} g/kWh`,
    `    pue: ${PUE}`,
    '    traces: logs/*.csv'
  );
  const reader: TraceReader = {
    list: async () => ({ files: ['models/a/logs/p.csv'], diagnostics: [] }),
    open: () => (async function* () {})()
  };
  /** Two samples one second apart for a declared 100 h run: coverage 1 s / 100 h. */
  const coverageFraction = 1 / (100 * 3600);
  const summary: MeasurementSummary = {
    files: ['models/a/logs/p.csv'],
    formats: ['generic-csv'],
    devices: 1,
    samples: 2,
    droppedSamples: 0,
    coverage: coverageFraction,
    wallTimeS: 100 * 3600,
    measuredTimeS: 1,
    itEnergyKWh: 300 / 3.6e6,
    pueIncluded: false,
    notes: []
  };
  const measure: MeasureRun = async () => ({ measured: { summary }, diagnostics: [] });
  const policy = (below: string) => lines('coverage:', '  min: 90%', `  below: ${below}`);

  it.each([
    ['fail', 'fail'],
    ['warn', undefined]
  ])('below: %s', async (below, rowStatus) => {
    const report = await analyze(
      {
        manifests: [{ file: A, text: MEASURED }],
        config: { file: CONFIG, text: policy(below) },
        traces: reader,
        toolVersion: '0'
      },
      { measure }
    );
    const warning = report.diagnostics.find((d) => d.code === 'policy/low-coverage');
    expect(warning).toMatchObject({ severity: 'warning', file: A, line: 7 });
    const row = report.policy?.budgets.find((v) => v.name === 'coverage');
    expect(row?.status).toBe(rowStatus);
    if (rowStatus) {
      expect(row?.coverage).toEqual({
        minFraction: 0.9,
        runs: [{ manifest: A, run: 'logged', coverageFraction: expect.closeTo(coverageFraction, 15) }]
      });
      expect(report.status).toBe('fail');
    } else {
      expect(report.status).toBe('pass');
    }
  });

  it("the issue's case, with a real log: two lines one second apart for a declared 100 h run fail `below: fail`", async () => {
    const log = [
      'timestamp, index, power.draw [W]',
      '2026/01/01 00:00:00.000, 0, 300.00 W',
      '2026/01/01 00:00:01.000, 0, 300.00 W',
      ''
    ].join('\n');
    const files: Record<string, string> = { 'logs/p.csv': log };
    const realReader: TraceReader = {
      list: async (_manifest, pattern) => ({ files: pattern in files ? [pattern] : [], diagnostics: [] }),
      open: async function* (file) {
        yield new TextEncoder().encode(files[file]);
      }
    };
    const text = MEASURED.replace('traces: logs/*.csv', 'traces: logs/p.csv');
    const report = await analyze({
      manifests: [{ file: A, text }],
      config: { file: CONFIG, text: policy('fail') },
      traces: realReader,
      toolVersion: '0'
    });
    expect(report.inputValid).toBe(true);
    const row = report.policy?.budgets.find((v) => v.name === 'coverage');
    // 1 s measured of a declared 100 h.
    expect(row?.coverage?.runs[0].coverageFraction).toBeCloseTo(1 / (100 * 3600), 12);
    expect(row?.status).toBe('fail');
    expect(report.status).toBe('fail');
  });

  it('below: fail on a run unchanged from the base is pre-existing (warns)', async () => {
    const report = await analyze(
      {
        manifests: [{ file: A, text: MEASURED }],
        config: { file: CONFIG, text: policy('fail') },
        traces: reader,
        base: { ...baseOf({ [A]: MEASURED }, []), traces: reader },
        toolVersion: '0'
      },
      { measure }
    );
    expect(report.policy?.budgets.find((v) => v.name === 'coverage')).toMatchObject({
      status: 'warn',
      preExisting: true
    });
  });

  it('zero power over the whole log, intensity 0 and watts 0 warn at their line', async () => {
    const zeroLog: MeasureRun = async () => ({
      measured: { summary: { ...summary, itEnergyKWh: 0 } },
      diagnostics: []
    });
    const zeros = lines(
      'version: 1',
      'runs:',
      '  - name: free-grid',
      '    power: 100 W',
      '    duration: 1 h',
      '    intensity: 0 g/kWh',
      '  - name: free-gpu',
      '    gpu: { watts: 0, count: 8 }',
      '    duration: 1 h',
      '    location: DE'
    );
    const report = await analyze(
      {
        manifests: [
          { file: 'z.yml', text: zeros },
          { file: A, text: MEASURED }
        ],
        traces: reader,
        toolVersion: '0'
      },
      { measure: zeroLog }
    );
    const found = report.diagnostics.filter((d) => d.code.startsWith('run/zero')).map((d) => [d.code, d.file, d.line]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['run/zero-intensity', 'z.yml', 6],
        ['run/zero-watts', 'z.yml', 8],
        ['run/zero-measured', A, 7]
      ])
    );
    expect(report.diagnostics.filter((d) => d.code.startsWith('run/zero')).every((d) => d.severity === 'warning')).toBe(
      true
    );
  });
});
