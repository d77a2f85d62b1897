/**
 * Window budgets judged end to end through `analyze`: a ledger built in the test (chained with
 * node:crypto), a head and a base, and the adapter's clock. Expected amounts are computed here from
 * watts x hours x PUE x intensity and the ledger's records, never pasted from an output.
 */
import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../../src/core/analyze.js';
import type { AnalyzeInput, BudgetVerdict, LedgerInput, Report } from '../../../src/core/model.js';
import { renderMarkdown } from '../../../src/core/render/index.js';
import { chain, type Spend } from '../ledger/support.js';

const PUE = 1.5;
const INTENSITY_G_PER_KWH = 200;
const CONFIG = '.github/carbon-budget.yml';
const DAY_MS = 86_400_000;
const NOW_MS = Date.parse('2026-12-10T12:00:00Z');

/** kg CO2e of `watts` for `hours`: W x h / 1000 = kWh, x PUE, x g/kWh / 1000. */
function kg(watts: number, hours: number): number {
  return (((watts * hours) / 1000) * PUE * INTENSITY_G_PER_KWH) / 1000;
}

function manifest(name: string, watts: number, hours: number): string {
  return [
    'version: 1',
    'runs:',
    `  - name: ${name}`,
    `    power: ${watts} W`,
    `    duration: ${hours} h`,
    `    pue: ${PUE}`,
    `    intensity: ${INTENSITY_G_PER_KWH} g/kWh`
  ].join('\n');
}

const policy = (missing?: 'warn' | 'fail'): string =>
  [
    'version: 1',
    'budgets:',
    '  - name: quarter',
    '    scope: window',
    '    window: 90d',
    '    emissions: 1 t',
    '    warn-at: 80%',
    ...(missing ? ['ledger:', `  missing: ${missing}`] : [])
  ].join('\n') + '\n';

/** 900 kg over three months, 700 kg of it inside the 90 days ending NOW_MS. */
const SPENDS: Spend[] = [
  { run: 'old', spentAt: '2026-09-01T00:00:00Z', emissionsKg: 200 },
  { run: 'sep', spentAt: '2026-09-20T06:00:00Z', emissionsKg: 300 },
  { run: 'nov', spentAt: '2026-11-15T00:00:00Z', emissionsKg: 400 }
];

async function judge(headKg: number, ledger: LedgerInput | undefined, missing?: 'warn' | 'fail'): Promise<Report> {
  // 10 h at the watts that make headKg.
  const watts = (headKg * 1e6) / (10 * PUE * INTENSITY_G_PER_KWH);
  const input: AnalyzeInput = {
    manifests: [{ file: 'train/carbon-manifest.yml', text: manifest('new', watts, 10) }],
    config: { file: CONFIG, text: policy(missing) },
    toolVersion: '0.0.0-test',
    base: { ref: 'abc1234', manifests: [], changedManifests: ['train/carbon-manifest.yml'], diagnostics: [] },
    nowMs: NOW_MS,
    ...(ledger ? { ledger } : {})
  };
  expect(kg(watts, 10)).toBeCloseTo(headKg, 9);
  return analyze(input);
}

function verdict(report: Report): BudgetVerdict {
  const v = report.policy?.budgets.find((b) => b.name === 'quarter');
  if (!v) throw new Error('no quarter verdict');
  return v;
}

const ledger = (): LedgerInput => ({ shards: chain(SPENDS), source: 'branch carbon-ledger' });

describe('window budgets', () => {
  it('adds the PR to the window spend; a PR that crosses the limit fails', async () => {
    // In the 90 days ending 2026-12-10T12:00Z (from 2026-09-11T12:00Z): sep 300 + nov 400 = 700 kg.
    const spent = 300 + 400;
    const report = await judge(350, ledger());
    const v = verdict(report);
    expect(v.window?.spent.emissionsKg).toBe(spent);
    expect(v.window?.change.emissionsKg).toBeCloseTo(350, 9);
    expect(v.used.emissionsKg).toBeCloseTo(spent + 350, 9);
    expect(v.usedFraction).toBeCloseTo((spent + 350) / 1000, 9);
    expect(v.window?.remaining.emissionsKg).toBeCloseTo(1000 - spent - 350, 9);
    expect(v.window?.oldestLeavesAt).toBe(new Date(Date.parse('2026-09-20T06:00:00Z') + 90 * DAY_MS).toISOString());
    expect(v.status).toBe('fail');
    expect(report.status).toBe('fail');
    expect(v.period).toBe('90d');
    expect(v.note).toContain('this change adds 350 kg CO2e');
    expect(v.note).toContain('50 kg CO2e over');
    expect(v.note).toContain('leaves the window on 2026-12-19');
  });

  it('the comment shows the window, spent, this PR, remaining and the leaving date', async () => {
    const md = renderMarkdown(await judge(350, ledger()), {});
    expect(md).toContain('| quarter | window 90d |');
    expect(md).toContain('Spent 700 kg CO2e in the last 90 days');
    expect(md).toContain('leaves the window on 2026-12-19');
  });

  it('a PR that stays under warns past warn-at and passes below it', async () => {
    expect(verdict(await judge(150, ledger())).status).toBe('warn'); // 850 / 1000 >= 80%
    expect(verdict(await judge(50, ledger())).status).toBe('pass'); // 750 / 1000 < 80%
  });

  it('a missing ledger is stated and passes under missing: warn, fails under missing: fail', async () => {
    const none: LedgerInput = { shards: [], source: 'branch carbon-ledger' };
    const warned = await judge(50, none);
    expect(verdict(warned).status).toBe('pass');
    expect(verdict(warned).note).toContain('Not judged: there is no ledger yet');
    expect(warned.diagnostics.map((d) => [d.code, d.severity])).toContainEqual(['ledger/missing', 'notice']);
    expect(warned.status).toBe('pass');

    const failed = await judge(50, none, 'fail');
    expect(verdict(failed).status).toBe('fail');
    expect(failed.diagnostics.map((d) => [d.code, d.severity])).toContainEqual(['ledger/missing', 'warning']);
    expect(failed.status).toBe('fail');
  });

  it('a tampered ledger is unreadable: not judged against, and says where it breaks', async () => {
    const shards = chain(SPENDS);
    const sep = shards.find((s) => s.file === 'ledger/2026-09.jsonl')!;
    sep.text = sep.text.replace('"emissionsKg":200', '"emissionsKg":2');
    const report = await judge(50, { shards, source: 'branch carbon-ledger' }, 'fail');
    const unreadable = report.diagnostics.find((d) => d.code === 'ledger/unreadable');
    expect(unreadable?.message).toContain('ledger/2026-09.jsonl:2');
    expect(verdict(report).status).toBe('fail');
  });
});
