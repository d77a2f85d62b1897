/**
 * Numbers no double holds are errors at the manifest field that made them, and the run is not
 * computed: never `Infinity` in a total, never `null` in JSON. Each case's product is worked out
 * in its comment; anything past about 1.8e308 overflows.
 */
import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../src/core/analyze.js';
import type { AnalyzeInput, Report } from '../../src/core/model.js';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

async function check(manifest: string, extra: Partial<AnalyzeInput> = {}): Promise<Report> {
  return analyze({ manifests: [{ file: 'm.yml', text: manifest }], toolVersion: '0.1.0', ...extra });
}

/** Every number in the report is finite (JSON would write the others as null). */
function expectFinite(report: Report): void {
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'number') expect([path, Number.isFinite(v)]).toEqual([path, true]);
    else if (v !== null && typeof v === 'object')
      for (const [k, inner] of Object.entries(v)) walk(inner, `${path}.${k}`);
  };
  walk(report, 'report');
}

describe('a run whose numbers overflow', () => {
  it.each([
    // 1e300 W x (2^53 - 1) GPUs = 9e315 W.
    {
      run: ['gpu: { watts: 1e300 W, count: 9007199254740991 }', 'duration: 1 h'],
      field: 'gpu',
      line: 4,
      what: 'power'
    },
    // 1e300 W x 1e300 h = 1e600 Wh.
    { run: ['power: 1e300 W', 'duration: 1e300 h'], field: 'duration', line: 5, what: 'energy' },
    // 1e300 W x 1 h = 1e297 kWh, x 1.56 (US PUE) x 2^53 repeats = 1.4e313 kWh.
    {
      run: ['power: 1e300 W', 'duration: 1 h', 'repeats: 9007199254740991'],
      field: 'repeats',
      line: 6,
      what: 'energy'
    },
    // 1e297 kWh x 1e300 g/kWh = 1e597 g.
    {
      run: ['power: 1e300 W', 'duration: 1 h', 'intensity: 1e300 g/kWh'],
      field: 'intensity',
      line: 6,
      what: 'emissions'
    },
    // 1e300 TB = 1e303 GB, x 0.3725 W/GB = 3.7e302 W: a number; x 1e10 h = 3.7e312 Wh: not.
    { run: ['memory: 1e300 TB', 'duration: 1e10 h'], field: 'duration', line: 5, what: 'energy' }
  ])('$field: an error at its line, the run left out', async ({ run, field, line, what }) => {
    const report = await check(
      lines(
        'version: 1',
        'runs:',
        '  - name: big',
        ...run.map((r) => `    ${r}`),
        '    location: US',
        '  - name: small',
        '    power: 1 kW',
        '    duration: 2 h',
        '    location: US',
        '    pue: 1.0'
      )
    );
    expect(report.runs.map((r) => r.name)).toEqual(['small']);
    expect(report.totals.itEnergyKWh).toBe(2);
    expect(report.inputValid).toBe(false);
    expect(report.status).toBe('invalid');
    const found = report.diagnostics.filter((d) => d.code === 'run/overflow');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', file: 'm.yml', line });
    expect(found[0].message).toBe(
      `Run "big": computing its ${what} with this \`${field}\` gives a number beyond the largest there is (about 1.8e308); the run is not computed. Check the value and its unit.`
    );
    expectFinite(report);
  });

  it('a run that fits alone but not in the total is refused at its name', async () => {
    // Each: 1e305 W x 1,000 h = 1e308 Wh = 1e305 kWh, x 1,000 repeats = 1e308 kWh (PUE 1);
    // 1 g/kWh keeps the emissions finite. Two of them are 2e308 kWh.
    const run = (name: string) => [
      `  - name: ${name}`,
      '    power: 1e305 W',
      '    duration: 1000 h',
      '    repeats: 1000',
      '    pue: 1',
      '    intensity: 1 g/kWh'
    ];
    const report = await check(lines('version: 1', 'runs:', ...run('a'), ...run('b')));
    expect(report.runs.map((r) => r.name)).toEqual(['a']);
    expect(report.totals.energyKWh).toBe(1e308);
    expect(report.diagnostics.map((d) => [d.code, d.line])).toEqual([['run/overflow', 9]]);
    expect(report.diagnostics[0].message).toContain('the total of the runs before it and this one is too large');
    expectFinite(report);
  });

  it('a quantity whose unit conversion overflows is refused where it is written', async () => {
    // 1e308 MW = 1e314 W.
    const report = await check(
      lines('version: 1', 'runs:', '  - name: a', '    power: 1e308 MW', '    duration: 1 h', '    location: US')
    );
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        code: 'manifest/out-of-range',
        line: 4,
        message: expect.stringContaining('"1e308 MW" is too large: in W it exceeds the largest number there is')
      })
    ]);
  });
});

describe('a budget limit too small to compare with', () => {
  it('is an error at the limit, and no fraction is reported', async () => {
    // 1 kW x 1 h = 1 kWh (PUE 1), x 1 g/kWh = 0.001 kg. Of 1e-320 kg that is 1e317 times: beyond
    // a double. Of 1e-308 MWh (1e-305 kWh) it is 1e305 times: large, but a number.
    const report = await check(
      lines(
        'version: 1',
        'runs:',
        '  - name: a',
        '    power: 1 kW',
        '    duration: 1 h',
        '    pue: 1',
        '    intensity: 1 g/kWh'
      ),
      { config: { file: 'budget.yml', text: lines('budget:', '  emissions: 1e-320 kg', '  energy: 1e-308 MWh') } }
    );
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ code: 'budget/overflow', file: 'budget.yml', line: 2, severity: 'error' })
    ]);
    expect(report.status).toBe('invalid');
    expect(report.budget?.emissionsFraction).toBeUndefined();
    expect(report.budget?.energyFraction).toBeCloseTo(1e305, -295);
    expect(report.budget?.usedFraction).toBe(report.budget?.energyFraction);
    expect(report.runs[0].budgetShare).toBeUndefined();
    expectFinite(report);
  });
});
