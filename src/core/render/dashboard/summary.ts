/**
 * The figures the ledger dashboard shows beyond the ledger summary (src/core/ledger/summary.ts,
 * which the CLI prints too, so both show the same totals): spend by top-level folder, cumulative
 * spend over time, and the budget window with its linear projection. Pure arithmetic, no formatting.
 * Reconciled estimates are left out everywhere, as in the summary and the window budgets.
 */
import type { BudgetRule } from '../../model.js';
import { pathMatcher } from '../../policy/paths.js';
import type { LedgerRecord } from '../../ledger/record.js';
import { summarizeLedger, type LedgerSummary, type LedgerTotal } from '../../ledger/summary.js';
import {
  reconciledEstimates,
  windowLabel,
  windowSpend,
  type WindowSpec,
  type WindowSpend
} from '../../ledger/window.js';

/** A window budget (a policy rule with `scope: window`). */
export interface DashboardBudget {
  /** The policy rule's name. */
  name: string;
  window: WindowSpec;
  /** Emissions limit, kg CO2e. */
  emissionsKg?: number;
  /** Energy limit, kWh. */
  energyKWh?: number;
  /** The rule's `paths` (manifest globs); absent: every manifest. */
  paths?: readonly string[];
}

/**
 * The budget line the dashboard draws: the policy's first `scope: window` rule (the CLI's page and
 * the ledger branch's page agree on it), or undefined when the policy has none.
 */
export function dashboardBudget(rules: readonly BudgetRule[]): DashboardBudget | undefined {
  const rule = rules.find((r) => r.scope === 'window' && r.window !== undefined);
  if (!rule?.window) return undefined;
  return {
    name: rule.name,
    window: rule.window,
    ...(rule.emissionsKg !== undefined ? { emissionsKg: rule.emissionsKg } : {}),
    ...(rule.energyKWh !== undefined ? { energyKWh: rule.energyKWh } : {}),
    ...(rule.paths ? { paths: rule.paths } : {})
  };
}

/** Cumulative counted spend at one record's spentAt. */
export interface CumulativePoint {
  atMs: number;
  kg: number;
  kWh: number;
}

/** The budget's window: spent so far, what is left and where the current rate leads. */
export interface WindowSummary {
  budget: DashboardBudget;
  /** `90d`, `quarter`. */
  label: string;
  /** The window's spend, as the policy's window budget counts it. */
  spend: WindowSpend;
  /** Limit − spent per limited quantity (negative when over). */
  remainingKg?: number;
  remainingKWh?: number;
  /**
   * For a calendar window (it ends after now): spent so far continued at the window's average rate
   * to its end. A rolling window always ends now, so it has none.
   */
  projectedKg?: number;
  projectedKWh?: number;
  /** Cumulative spend in the window, in time order. */
  cumulative: CumulativePoint[];
}

/** Everything the page shows. */
export interface DashboardSummary extends LedgerSummary {
  /** Per top-level folder of the manifest path (`.` for a manifest at the root), largest first. */
  byPath: (LedgerTotal & { path: string })[];
  /** Cumulative counted spend up to now, over all time. */
  cumulative: CumulativePoint[];
  window?: WindowSummary;
  /** Estimates not counted because a measured record reconciles them. */
  superseded: number;
  /** Counted records per method. */
  measured: number;
  estimated: number;
}

/** Top-level folder of a repo-relative manifest path; `.` for a file at the root. */
function pathGroup(manifest: string): string {
  const parts = manifest.replace(/^\.\//, '').split('/');
  return parts.length > 1 && parts[0] !== '' ? parts[0] : '.';
}

/** Counted records with spentAt in [fromMs, untilMs], added up in time order. */
function accumulate(counted: readonly LedgerRecord[], fromMs: number, untilMs: number): CumulativePoint[] {
  const inRange = counted
    .map((r) => ({ r, atMs: Date.parse(r.spentAt) }))
    .filter(({ atMs }) => atMs >= fromMs && atMs <= untilMs)
    .sort((a, b) => a.atMs - b.atMs);
  let kg = 0;
  let kWh = 0;
  return inRange.map(({ r, atMs }) => {
    kg += r.emissionsKg;
    kWh += r.energyKWh;
    return { atMs, kg, kWh };
  });
}

function windowSummary(
  records: readonly LedgerRecord[],
  counted: readonly LedgerRecord[],
  budget: DashboardBudget,
  nowMs: number
): WindowSummary {
  const spend = windowSpend(records, budget.window, nowMs, budget.paths);
  const selects = pathMatcher(budget.paths);
  const { startMs, endMs } = spend.bounds;
  const out: WindowSummary = {
    budget,
    label: windowLabel(budget.window),
    spend,
    cumulative: accumulate(
      counted.filter((r) => selects(r.manifest)),
      startMs,
      nowMs
    )
  };
  if (budget.emissionsKg !== undefined) out.remainingKg = budget.emissionsKg - spend.emissionsKg;
  if (budget.energyKWh !== undefined) out.remainingKWh = budget.energyKWh - spend.energyKWh;
  const elapsedMs = nowMs - startMs;
  if (endMs > nowMs && elapsedMs > 0) {
    const scale = (endMs - startMs) / elapsedMs;
    out.projectedKg = spend.emissionsKg * scale;
    out.projectedKWh = spend.energyKWh * scale;
  }
  return out;
}

/** The dashboard's figures from the ledger's records, as of `nowMs` (the adapter's clock). */
export function summariseDashboard(
  records: readonly LedgerRecord[],
  options: { nowMs: number; budget?: DashboardBudget }
): DashboardSummary {
  const reconciled = reconciledEstimates(records);
  const counted = records.filter((r) => !reconciled.has(r.id));
  const paths = new Map<string, LedgerTotal>();
  for (const r of counted) {
    const key = pathGroup(r.manifest);
    const t = paths.get(key) ?? { emissionsKg: 0, energyKWh: 0, records: 0 };
    t.emissionsKg += r.emissionsKg;
    t.energyKWh += r.energyKWh;
    t.records++;
    paths.set(key, t);
  }
  const summary: DashboardSummary = {
    ...summarizeLedger(records, options.nowMs),
    byPath: [...paths]
      .map(([path, t]) => ({ path, ...t }))
      .sort((a, b) => b.emissionsKg - a.emissionsKg || (a.path < b.path ? -1 : 1)),
    cumulative: accumulate(counted, -Infinity, options.nowMs),
    superseded: records.length - counted.length,
    measured: counted.filter((r) => r.method === 'measured').length,
    estimated: counted.filter((r) => r.method === 'estimated').length
  };
  if (options.budget) summary.window = windowSummary(records, counted, options.budget, options.nowMs);
  return summary;
}
