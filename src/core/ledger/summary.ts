/**
 * Totals of a ledger for the CLI and the dashboard: all time, per standard window ending now, per
 * UTC month of `spentAt`, the largest runs, and estimate-vs-measured pairs (a measured record and
 * the estimate it names in `estimateOf`). Reconciled estimates are left out of the sums (the
 * measurement replaces them), as in the window budgets.
 */
import type { BudgetRule } from '../model.js';
import type { LedgerRecord } from './record.js';
import { reconciledEstimates, windowLabel, windowSpend, type WindowSpec } from './window.js';

/** The windows the summary always shows. */
const SUMMARY_WINDOWS: readonly WindowSpec[] = [
  { kind: 'days', days: 30 },
  { kind: 'days', days: 90 },
  { kind: 'days', days: 365 },
  { kind: 'month' },
  { kind: 'quarter' }
];

/** Emissions, energy and the number of records they come from. */
export interface LedgerTotal {
  emissionsKg: number;
  energyKWh: number;
  records: number;
}

/** One estimate and the measurement that reconciles it. */
export interface EstimatePair {
  manifest: string;
  run: string;
  commit: string;
  estimatedKg: number;
  measuredKg: number;
  estimatedKWh: number;
  measuredKWh: number;
  /** measured / estimated emissions; absent when the estimate is zero. */
  ratio?: number;
}

/** Everything the CLI prints about a ledger. */
export interface LedgerSummary {
  /** ISO 8601 UTC: the clock the windows end at. */
  now: string;
  total: LedgerTotal;
  windows: (LedgerTotal & { window: string; startsAt: string })[];
  /** Per UTC month of `spentAt`, oldest first. */
  months: (LedgerTotal & { month: string })[];
  /** The largest counted records by emissions, largest first (ties: older first). */
  largest: LedgerRecord[];
  pairs: EstimatePair[];
}

/** How many largest runs the summary lists. */
const LARGEST_RUNS = 10;

/** Sums the ledger's records as of `nowMs`. */
export function summarizeLedger(records: readonly LedgerRecord[], nowMs: number): LedgerSummary {
  const reconciled = reconciledEstimates(records);
  const counted = records.filter((r) => !reconciled.has(r.id));
  const total: LedgerTotal = { emissionsKg: 0, energyKWh: 0, records: 0 };
  const months = new Map<string, LedgerTotal>();
  for (const r of counted) {
    add(total, r);
    const month = r.spentAt.slice(0, 7);
    const m = months.get(month) ?? { emissionsKg: 0, energyKWh: 0, records: 0 };
    add(m, r);
    months.set(month, m);
  }
  const windows = SUMMARY_WINDOWS.map((spec) => {
    const spend = windowSpend(records, spec, nowMs);
    return {
      window: windowLabel(spec),
      startsAt: new Date(spend.bounds.startMs).toISOString(),
      emissionsKg: spend.emissionsKg,
      energyKWh: spend.energyKWh,
      records: spend.records
    };
  });
  const largest = [...counted]
    .sort((a, b) => b.emissionsKg - a.emissionsKg || (a.spentAt < b.spentAt ? -1 : a.spentAt > b.spentAt ? 1 : 0))
    .slice(0, LARGEST_RUNS);
  const byId = new Map(records.map((r) => [r.id, r]));
  const pairs: EstimatePair[] = [];
  for (const r of records) {
    if (r.method !== 'measured' || r.estimateOf === null) continue;
    const estimate = byId.get(r.estimateOf);
    if (!estimate) continue;
    const pair: EstimatePair = {
      manifest: r.manifest,
      run: r.run,
      commit: r.commit,
      estimatedKg: estimate.emissionsKg,
      measuredKg: r.emissionsKg,
      estimatedKWh: estimate.energyKWh,
      measuredKWh: r.energyKWh
    };
    if (estimate.emissionsKg > 0) pair.ratio = r.emissionsKg / estimate.emissionsKg;
    pairs.push(pair);
  }
  return {
    now: new Date(nowMs).toISOString(),
    total,
    windows,
    months: [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, t]) => ({ month, ...t })),
    largest,
    pairs
  };
}

function add(total: LedgerTotal, r: LedgerRecord): void {
  total.emissionsKg += r.emissionsKg;
  total.energyKWh += r.energyKWh;
  total.records++;
}

/** A window budget's standing from the ledger alone (no change): for `carbon-gate ledger`. */
export interface WindowBudgetStatus {
  name: string;
  window: string;
  paths?: string[];
  limit: { emissionsKg?: number; energyKWh?: number };
  spent: { emissionsKg: number; energyKWh: number };
  remaining: { emissionsKg?: number; energyKWh?: number };
  /** The largest share of a limit spent. */
  usedFraction: number;
  status: 'pass' | 'warn' | 'fail';
  /** ISO 8601 UTC, when the oldest counted spending leaves the window. */
  oldestLeavesAt?: string;
}

/** The policy's `window` budgets judged on the ledger's spend as of `nowMs`. */
export function windowBudgetStatus(
  rules: readonly BudgetRule[],
  records: readonly LedgerRecord[],
  nowMs: number
): WindowBudgetStatus[] {
  return rules
    .filter((rule) => rule.scope === 'window' && rule.window !== undefined)
    .map((rule) => {
      const window = rule.window as WindowSpec;
      const spend = windowSpend(records, window, nowMs, rule.paths);
      const limit: WindowBudgetStatus['limit'] = {};
      const remaining: WindowBudgetStatus['remaining'] = {};
      let usedFraction = 0;
      if (rule.emissionsKg !== undefined) {
        limit.emissionsKg = rule.emissionsKg;
        remaining.emissionsKg = rule.emissionsKg - spend.emissionsKg;
        usedFraction = Math.max(usedFraction, spend.emissionsKg / rule.emissionsKg);
      }
      if (rule.energyKWh !== undefined) {
        limit.energyKWh = rule.energyKWh;
        remaining.energyKWh = rule.energyKWh - spend.energyKWh;
        usedFraction = Math.max(usedFraction, spend.energyKWh / rule.energyKWh);
      }
      const status = usedFraction > 1 ? 'fail' : usedFraction >= rule.warnAtFraction ? 'warn' : 'pass';
      return {
        name: rule.name,
        window: windowLabel(window),
        ...(rule.paths ? { paths: [...rule.paths] } : {}),
        limit,
        spent: { emissionsKg: spend.emissionsKg, energyKWh: spend.energyKWh },
        remaining,
        usedFraction,
        status,
        ...(spend.oldestLeavesMs !== undefined ? { oldestLeavesAt: new Date(spend.oldestLeavesMs).toISOString() } : {})
      };
    });
}
