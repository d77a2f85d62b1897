/**
 * Totals of a ledger for the CLI and the dashboard: all time, per standard window ending now, per
 * UTC month of `spentAt`, the largest runs, and estimate-vs-measured pairs (a measured record and
 * the estimate it names in `estimateOf`). Reconciled estimates are left out of the sums (the
 * measurement replaces them), as in the window budgets.
 */
import type { LedgerRecord } from './record.js';
import { reconciledEstimates, windowLabel, windowSpend, type WindowSpec } from './window.js';

/** The windows the summary always shows. */
export const SUMMARY_WINDOWS: readonly WindowSpec[] = [
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
export const LARGEST_RUNS = 10;

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
