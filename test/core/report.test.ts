import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { diagnostic } from '../../src/core/diagnostics.js';
import { estimateRun } from '../../src/core/estimate.js';
import { buildReport } from '../../src/core/report.js';
import { TOOL_VERSION } from '../../src/core/version.js';
import { gpu, intensity, pue, resolved, spec } from './render/report-fixture.js';

const HOUR_S = 3600;
const LB_KG = 0.45359237;

// Three runs in two manifests, given out of order: 8 x 300 W for 10 h; 1,000 W measured average
// for 5 h x 4 repeats; 2 x 400 W for 1 h. PUE 1.1 / 1.58, intensities 300 and 0.954 lb/kWh.
const runs = [
  estimateRun(
    resolved(
      spec({ manifest: 'b.yml', name: 'late', position: { file: 'b.yml', line: 9, column: 5 } }),
      { gpuW: 800 },
      { pue: pue(1.1), intensity: intensity(300, 'Test grid', 2023) }
    ),
    1 * HOUR_S
  ),
  estimateRun(
    resolved(
      spec({ manifest: 'a.yml', name: 'second', position: { file: 'a.yml', line: 20, column: 5 }, repeats: 4 }),
      { otherW: 1000 }
    ),
    5 * HOUR_S
  ),
  estimateRun(
    resolved(
      spec({ manifest: 'a.yml', name: 'first', position: { file: 'a.yml', line: 4, column: 5 } }),
      { gpuW: 2400 },
      {
        pue: pue(1.1),
        intensity: intensity(300, 'Test grid', 2023),
        hardwareSpecs: [gpu('NVIDIA V100-SXM2-16GB', 300)]
      }
    ),
    10 * HOUR_S
  )
];
const expectedEnergyKWh = ((800 * 1) / 1000) * 1.1 + ((1000 * 5) / 1000) * 1.58 * 4 + ((2400 * 10) / 1000) * 1.1; // 0.88 + 31.6 + 26.4
const expectedKg = (0.88 * 300) / 1000 + (31.6 * 0.954 * LB_KG * 1000) / 1000 + (26.4 * 300) / 1000;

describe('buildReport', () => {
  const report = buildReport({
    runs,
    diagnostics: [],
    budget: { emissionsKg: 50, warnAtFraction: 0.8, origin: 'budget.yml' },
    toolVersion: '9.9.9'
  });

  it('has the schema fields', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.tool).toEqual({ name: 'carbon-gate', version: '9.9.9' });
    expect(report.inputValid).toBe(true);
  });

  it('orders runs by manifest, then position', () => {
    expect(report.runs.map((r) => `${r.manifest}:${r.name}`)).toEqual(['a.yml:first', 'a.yml:second', 'b.yml:late']);
  });

  it('totals energy, IT energy and emissions', () => {
    expect(report.totals.energyKWh).toBeCloseTo(58.88, 9);
    expect(report.totals.energyKWh).toBeCloseTo(expectedEnergyKWh, 9);
    expect(report.totals.itEnergyKWh).toBeCloseTo(0.8 + 5 * 4 + 24, 9);
    expect(report.totals.emissionsKg).toBeCloseTo(expectedKg, 9);
    const c = report.totals.components;
    expect(c.gpuKWh).toBeCloseTo(0.8 + 24, 9);
    expect(c.otherKWh).toBeCloseTo(20, 9);
    expect(c.gpuKWh + c.cpuKWh + c.memoryKWh + c.otherKWh + c.pueOverheadKWh).toBeCloseTo(report.totals.energyKWh, 9);
  });

  it('takes the budget verdict and each run share', () => {
    expect(report.budget?.usedFraction).toBeCloseTo(expectedKg / 50, 9);
    // 0.264 + 13.67 + 7.92 = about 21.9 kg of 50 kg: 44%, under the 80% warning.
    expect(report.status).toBe('pass');
    for (const run of report.runs) expect(run.budgetShare).toBeCloseTo(run.emissionsKg / 50, 12);
  });

  it('computes equivalents from the total', () => {
    expect(report.equivalents[0].ratio).toBeCloseTo(expectedKg / LB_KG / 1984, 9);
  });

  it('states every choice in the methodology notes', () => {
    const notes = report.methodology.notes.join('\n');
    expect(notes).toMatch(/facility energy = IT energy x PUE x repeats/);
    expect(notes).toMatch(/Estimated from rated power \(3\): "first", "second", "late"/);
    expect(notes).toMatch(
      /Grid intensity 300 g\/kWh for Test grid \(test source for Test grid, 2023\): "first", "late"/
    );
    expect(notes).toMatch(/PUE 1.58 \(Strubell et al. 2019 preset\): "second"/);
    expect(notes).toMatch(/1 lb = 0.45359237 kg/);
    expect(notes).toMatch(/1 lb\/kWh = 453.592 g\/kWh/);
  });

  it('lists every source once, ordered by name, with Table 1', () => {
    const names = report.methodology.sources.map((s) => s.name);
    expect(names).toEqual([...new Set(names)]);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(
      expect.arrayContaining(['NVIDIA V100-SXM2-16GB test datasheet', 'test PUE', 'Strubell et al. 2019 preset'])
    );
    expect(names.some((n) => n.startsWith('Strubell, Ganesh & McCallum (2019)'))).toBe(true);
  });

  it('is deterministic: the same input gives the same JSON, whatever the run order', () => {
    const again = buildReport({
      runs: [...runs].reverse(),
      diagnostics: [],
      budget: { emissionsKg: 50, warnAtFraction: 0.8, origin: 'budget.yml' },
      toolVersion: '9.9.9'
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
  });
});

describe('buildReport: status', () => {
  it.each([
    { case: 'no budget', budget: undefined, errors: false, status: 'pass', budgetBlock: null },
    { case: 'input errors are invalid', budget: undefined, errors: true, status: 'invalid', budgetBlock: null },
    {
      case: 'over budget',
      budget: { emissionsKg: 1, warnAtFraction: 0.8 },
      errors: false,
      status: 'fail',
      budgetBlock: 'set'
    }
  ] as const)('$case', ({ budget, errors, status, budgetBlock }) => {
    const diagnostics = errors
      ? [diagnostic('error', 'manifest/bad-type', 'bad', { file: 'a.yml', line: 1, column: 1 })]
      : [];
    const report = buildReport({ runs, diagnostics, budget, toolVersion: '1' });
    expect(report.status).toBe(status);
    expect(report.inputValid).toBe(!errors);
    if (budgetBlock === null) expect(report.budget).toBeNull();
    else expect(report.budget).not.toBeNull();
  });

  it('sorts diagnostics and drops exact duplicates', () => {
    const d1 = diagnostic('warning', 'traces/gap', 'later', { file: 'b.yml', line: 2, column: 1 });
    const d2 = diagnostic('error', 'manifest/bad-type', 'earlier', { file: 'a.yml', line: 9, column: 3 });
    const report = buildReport({ runs: [], diagnostics: [d1, d2, d1], toolVersion: '1' });
    expect(report.diagnostics).toEqual([d2, d1]);
  });

  it('an empty report has zero totals', () => {
    const report = buildReport({ runs: [], diagnostics: [], toolVersion: '1' });
    expect(report.totals).toEqual({
      itEnergyKWh: 0,
      energyKWh: 0,
      emissionsKg: 0,
      components: { gpuKWh: 0, cpuKWh: 0, memoryKWh: 0, otherKWh: 0, pueOverheadKWh: 0 }
    });
    expect(report.status).toBe('pass');
  });
});

describe('buildReport: the budget config', () => {
  const notesOf = (config?: { file: string | null; searched: string[] }) =>
    buildReport({ runs, diagnostics: [], toolVersion: '1', ...(config ? { config } : {}) }).methodology.notes;

  it('names the config read, and where it was looked for', () => {
    const config = {
      file: '../.github/carbon-budget.yml',
      searched: ['.github/carbon-budget.yml', '../.github/carbon-budget.yml']
    };
    const report = buildReport({ runs, diagnostics: [], toolVersion: '1', config });
    expect(report.config).toEqual(config);
    expect(Object.keys(report).indexOf('config')).toBe(Object.keys(report).indexOf('budget') + 1);
    expect(report.methodology.notes).toContain('Budget config read from ../.github/carbon-budget.yml.');
  });

  it('says where none was found, every place listed', () => {
    expect(notesOf({ file: null, searched: ['a.yml'] })).toContain('No budget config read: none at a.yml.');
    expect(notesOf({ file: null, searched: ['a.yml', '../a.yml', '../../a.yml'] })).toContain(
      'No budget config read: none at a.yml, ../a.yml or ../../a.yml.'
    );
  });

  it('says nothing when nothing was looked for (a caller of the core without a config)', () => {
    expect(buildReport({ runs, diagnostics: [], toolVersion: '1' }).config).toEqual({ file: null, searched: [] });
    expect(notesOf().filter((n) => /budget config/i.test(n))).toEqual([]);
  });
});

describe('TOOL_VERSION', () => {
  it("equals package.json's version", () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});
