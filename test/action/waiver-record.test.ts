/**
 * The waiver's record and coverage (src/action/waiver-record.ts), on hand-built reports: the
 * policy's verdicts, or the legacy single budget where a report has none.
 */
import { describe, expect, test } from '@jest/globals';
import type { BudgetVerdict, Report } from '../../src/core/model.js';
import {
  amountsOf,
  coverageOf,
  failingBudgets,
  formatWaiverRecord,
  judgedBudgets,
  parseWaiverRecord,
  recordFits,
  type WaiverRecord
} from '../../src/action/waiver-record.js';

const SHA = 'abc1234def5678abc1234def5678abc1234def56';

/** A report with only what the waiver logic reads; the rest empty. */
function report(fields: Partial<Report>): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'carbon-gate', version: '0.0.0' },
    status: 'pass',
    inputValid: true,
    totals: { itEnergyKWh: 0, energyKWh: 0, emissionsKg: 0, components: { gpuKWh: 0, cpuKWh: 0, memoryKWh: 0 } },
    budget: null,
    config: { file: null, searched: [] },
    runs: [],
    equivalents: [],
    methodology: { notes: [], sources: [] },
    diagnostics: [],
    ...fields
  } as Report;
}

/** A verdict with `used` emissions against an emissions limit. */
function verdict(name: string, usedKg: number, limitKg: number, extra: Partial<BudgetVerdict> = {}): BudgetVerdict {
  const fraction = usedKg / limitKg;
  return {
    name,
    scope: 'change',
    limit: { emissionsKg: limitKg },
    used: { emissionsKg: usedKg, energyKWh: usedKg * 2 },
    usedFraction: fraction,
    warnAtFraction: 0.8,
    status: fraction > 1 ? 'fail' : fraction >= 0.8 ? 'warn' : 'pass',
    preExisting: false,
    origin: '.github/carbon-budget.yml',
    ...extra
  };
}

const record = (budgets: WaiverRecord['budgets'], extra: Partial<WaiverRecord> = {}): WaiverRecord => ({
  v: 1,
  pr: 7,
  label: 'carbon-budget-approved',
  by: 'maintainer-alice',
  event: 42,
  at: '2026-01-01T00:00:05Z',
  sha: SHA,
  budgets,
  ...extra
});

describe('the budgets a waiver judges', () => {
  test('a report without policy verdicts is one budget named "budget", judged on the totals', () => {
    const r = report({
      status: 'fail',
      totals: { itEnergyKWh: 10, energyKWh: 12, emissionsKg: 6, components: { gpuKWh: 0, cpuKWh: 0, memoryKWh: 0 } },
      budget: { emissionsKg: 5, warnAtFraction: 0.8, emissionsFraction: 6 / 5, usedFraction: 6 / 5 }
    } as Partial<Report>);
    expect(judgedBudgets(r)).toEqual([
      {
        name: 'budget',
        status: 'fail',
        limit: { emissionsKg: 5, energyKWh: undefined },
        used: { emissionsKg: 6, energyKWh: 12 }
      }
    ]);
    expect(amountsOf(failingBudgets(r, 'over-budget')[0])).toEqual({ name: 'budget', emissionsKg: 6 });
  });

  test('no budget at all: nothing to judge', () => {
    expect(judgedBudgets(report({}))).toEqual([]);
  });

  test('with verdicts: the failing ones, and with fail-on warning the near ones too', () => {
    const r = report({
      status: 'fail',
      policy: {
        budgets: [verdict('per-pr', 300, 250), verdict('single-run', 90, 100), verdict('llm', 10, 100)],
        base: null
      }
    });
    expect(failingBudgets(r, 'over-budget').map((b) => b.name)).toEqual(['per-pr']);
    expect(failingBudgets(r, 'warning').map((b) => b.name)).toEqual(['per-pr', 'single-run']);
    expect(failingBudgets(r, 'never')).toEqual([]);
  });

  test('a record keeps only the quantities a budget limits', () => {
    const v = verdict('growth', 30, 100, {
      limit: { increaseFraction: 0.2, energyKWh: 50 },
      used: { emissionsKg: 30, energyKWh: 60, increaseFraction: 0.35 },
      status: 'fail'
    });
    expect(amountsOf(v)).toEqual({ name: 'growth', energyKWh: 60, increaseFraction: 0.35 });
  });
});

describe('coverage', () => {
  test("a budget grown past the waived amount is no longer covered, in the issue's words", () => {
    const [c] = coverageOf(record([{ name: 'per-pr', emissionsKg: 300 }]), [verdict('per-pr', 450, 250)]);
    expect(c).toEqual({
      name: 'per-pr',
      covered: false,
      text: 'per-pr: waived 300 kg at abc1234; now 450 kg.'
    });
  });

  test('at or below the waived amount it is covered', () => {
    const waived = record([{ name: 'per-pr', emissionsKg: 300 }]);
    for (const now of [300, 260]) {
      const [c] = coverageOf(waived, [verdict('per-pr', now, 250)]);
      expect(c.covered).toBe(true);
      expect(c.text).toBe(`per-pr: waived 300 kg at abc1234; now ${now} kg (covered).`);
    }
  });

  test('a sum taken in another order (last-bit difference) is still covered; one gram more is not', () => {
    const waivedKg = 0.1 + 0.2 + 0.3;
    const sameOtherOrder = 0.3 + 0.2 + 0.1;
    expect(sameOtherOrder).not.toBe(waivedKg);
    const waived = record([{ name: 'per-pr', emissionsKg: waivedKg }]);
    expect(coverageOf(waived, [verdict('per-pr', sameOtherOrder, 0.5)])[0].covered).toBe(true);
    expect(coverageOf(waived, [verdict('per-pr', waivedKg + 0.001, 0.5)])[0].covered).toBe(false);
  });

  test('a budget that was not failing when the waiver was given is not covered', () => {
    const [c] = coverageOf(record([{ name: 'per-pr', emissionsKg: 300 }]), [verdict('single-run', 120, 100)]);
    expect(c.covered).toBe(false);
    expect(c.text).toBe(
      'single-run: within its limit when the waiver was given at abc1234; now 120 kg CO2e of 100 kg, which the waiver does not cover.'
    );
  });

  test('each limited quantity is judged: energy and increase too', () => {
    const v = verdict('growth', 30, 100, {
      limit: { increaseFraction: 0.2, energyKWh: 50 },
      used: { emissionsKg: 30, energyKWh: 2000, increaseFraction: 0.5 },
      status: 'fail'
    });
    const [c] = coverageOf(record([{ name: 'growth', energyKWh: 1500, increaseFraction: 0.35 }]), [v]);
    expect(c.covered).toBe(false);
    expect(c.text).toBe('growth: waived 1.5 MWh at abc1234; now 2 MWh; waived +35% at abc1234; now +50%.');
  });
});

describe('a coverage failure', () => {
  /** The coverage row as the core makes it: no amounts, the runs whose logs cover too little. */
  const coverageRow = (runs: string[]): BudgetVerdict => ({
    ...verdict('coverage', 0, 1),
    scope: 'run',
    limit: {},
    used: { emissionsKg: 0, energyKWh: 0 },
    usedFraction: 0,
    status: 'fail',
    coverage: { minFraction: 0.9, runs: runs.map((run) => ({ manifest: 'm.yml', run, coverageFraction: 0.1 })) }
  });

  test('is waived for the runs below the minimum then; another run falling below is not covered', () => {
    const r = report({ status: 'fail', policy: { budgets: [coverageRow(['a', 'b'])], base: null } });
    const amounts = failingBudgets(r, 'over-budget').map(amountsOf);
    expect(amounts).toEqual([
      {
        name: 'coverage',
        runs: [
          { manifest: 'm.yml', run: 'a' },
          { manifest: 'm.yml', run: 'b' }
        ]
      }
    ]);
    const waived = record(amounts);
    const later = (runs: string[]) =>
      coverageOf(
        waived,
        failingBudgets(report({ status: 'fail', policy: { budgets: [coverageRow(runs)], base: null } }), 'over-budget')
      )[0];
    expect(later(['a'])).toEqual({
      name: 'coverage',
      covered: true,
      text: 'coverage: waived for 2 runs at abc1234; now 1 run of them (covered).'
    });
    expect(later(['a', 'c'])).toEqual({
      name: 'coverage',
      covered: false,
      text: 'coverage: waived for 2 runs at abc1234; now also "c" (m.yml), which the waiver does not cover.'
    });
    // Round trip: the runs survive the comment.
    expect(parseWaiverRecord(`m\n${formatWaiverRecord(waived)}`)).toEqual(waived);
  });
});

describe('the hidden record', () => {
  test("round-trips through the comment's second line", () => {
    const r = record([
      { name: 'per-pr', emissionsKg: 0.1 + 0.2 },
      { name: 'growth', increaseFraction: 0.35 }
    ]);
    const body = `<!-- carbon-gate:carbon-gate -->\n${formatWaiverRecord(r)}\n> [!IMPORTANT]\n`;
    expect(parseWaiverRecord(body)).toEqual(r);
    // CRLF, as a comment edited in the browser has them.
    expect(parseWaiverRecord(body.replace(/\n/g, '\r\n'))).toEqual(r);
  });

  test('is one line that no value can close early', () => {
    const r = record([{ name: 'per-pr', emissionsKg: 1 }], { label: 'x --> <script>', by: 'a\nb' });
    const line = formatWaiverRecord(r);
    expect(line.split('\n')).toHaveLength(1);
    expect(line.indexOf('-->')).toBe(line.length - 3);
    expect(line).not.toContain('<script>');
    expect(parseWaiverRecord(`m\n${line}`)).toEqual(r);
  });

  test('is read only from the second line: one further down (a run name, a quote) is no record', () => {
    const line = formatWaiverRecord(record([{ name: 'per-pr', emissionsKg: 1e9 }]));
    expect(parseWaiverRecord(`m\n\n${line}`)).toBeUndefined();
    expect(parseWaiverRecord(line)).toBeUndefined();
    expect(parseWaiverRecord(`m\n> ${line}`)).toBeUndefined();
  });

  test.each([
    ['not JSON', '<!-- carbon-gate:waiver v1 {nope} -->'],
    ['another version', '<!-- carbon-gate:waiver v1 {"v":2} -->'],
    ['a string for an amount', JSON.stringify({ ...record([]), budgets: [{ name: 'a', emissionsKg: '1e9' }] })],
    [
      'an infinite amount',
      JSON.stringify({ ...record([]), budgets: [{ name: 'a', emissionsKg: 1 }] }).replace(
        '"emissionsKg":1',
        '"emissionsKg":1e999'
      )
    ],
    ['a bad budget name', JSON.stringify({ ...record([]), budgets: [{ name: 'a b', emissionsKg: 1 }] })],
    ['a bad commit', JSON.stringify({ ...record([]), sha: 'HEAD' })],
    ['no PR', JSON.stringify({ ...record([]), pr: 0 })],
    ['an array', '[]']
  ])('a malformed record (%s) is no record', (_what, json) => {
    const line = json.startsWith('<!--') ? json : `<!-- carbon-gate:waiver v1 ${json} -->`;
    expect(parseWaiverRecord(`m\n${line}`)).toBeUndefined();
  });

  test('prototype names are plain budget names, never object keys', () => {
    const r = record([
      { name: '__proto__', emissionsKg: 5 },
      { name: 'constructor', emissionsKg: 6 }
    ]);
    const parsed = parseWaiverRecord(`m\n${formatWaiverRecord(r)}`);
    expect(parsed?.budgets).toEqual(r.budgets);
    expect(({} as Record<string, unknown>).emissionsKg).toBeUndefined();
    const [c] = coverageOf(parsed as WaiverRecord, [verdict('toString', 10, 5)]);
    expect(c.covered).toBe(false);
  });

  test('an oversized record is not read, and recordFits says so before one is relied on', () => {
    const budgets = Array.from({ length: 600 }, (_, i) => ({ name: `b${i}`, emissionsKg: i }));
    expect(parseWaiverRecord(`m\n${formatWaiverRecord(record(budgets))}`)).toBeUndefined();
    expect(recordFits(record(budgets))).toBe(false);
    const longRuns = [
      { name: 'coverage', runs: Array.from({ length: 400 }, (_, i) => ({ manifest: 'x'.repeat(100), run: `r${i}` })) }
    ];
    expect(recordFits(record(longRuns))).toBe(false);
    expect(recordFits(record([{ name: 'per-pr', emissionsKg: 1 }]))).toBe(true);
  });
});
