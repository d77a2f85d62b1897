/**
 * The figures the ledger dashboard shows, computed from ledger records: pure arithmetic, no
 * formatting. Kept apart from the page so the tests can check the numbers without a browser.
 */

/**
 * The fields of a ledger record (ledger v1, docs/ledger.md) the dashboard reads. The full record
 * type of src/core/ledger/record.ts is assignable to it.
 */
export interface DashboardRecord {
  id: string;
  repo: string;
  commit: string;
  pr: number | null;
  manifest: string;
  run: string;
  method: 'estimated' | 'measured';
  energyKWh: number;
  emissionsKg: number;
  /** ISO 8601 UTC: when the energy was spent. */
  spentAt: string;
  recordedAt: string;
  /** The id of the estimate this measured record reconciles, or null. */
  estimateOf: string | null;
}

/** A budget over a time window, as the policy resolved it for "now". */
export interface DashboardBudget {
  /** The policy rule's name. */
  name: string;
  /** What the window is called on the page (`90d`, `quarter`). */
  label: string;
  /** First instant of the window, ms since the epoch (UTC). */
  startMs: number;
  /**
   * Last instant of the window, ms since the epoch: a calendar window's end (after now, so a
   * projection is drawn); for a rolling window, now (it always ends now: no projection).
   */
  endMs: number;
  /** Emissions limit, kg CO2e. */
  emissionsKg?: number;
  /** Energy limit, kWh. */
  energyKWh?: number;
}

/** Energy and emissions added up. */
export interface Spend {
  energyKWh: number;
  emissionsKg: number;
  /** Records counted. */
  runs: number;
}

/** One row of a "spend by" table. */
export interface SpendRow extends Spend {
  key: string;
}

/** An estimate and the measured record that reconciles it. */
export interface ReconciledPair {
  manifest: string;
  run: string;
  commit: string;
  estimateKg: number;
  measuredKg: number;
  estimateKWh: number;
  measuredKWh: number;
}

/** The budget's window: spent so far, what is left and where the current rate leads. */
export interface WindowSummary {
  budget: DashboardBudget;
  /** Spend with spentAt in [startMs, min(endMs, now)]. */
  spent: Spend;
  /** Limit − spent per limited quantity (negative when over). */
  remainingKg?: number;
  remainingKWh?: number;
  /** Spent so far continued at the window's average rate to endMs; absent when endMs <= now. */
  projectedKg?: number;
  projectedKWh?: number;
  /** Cumulative spend at each counted record's spentAt, in time order (ms, kg, kWh). */
  cumulative: { atMs: number; kg: number; kWh: number }[];
}

/** Everything the page shows. */
export interface DashboardSummary {
  /** All counted spend (see {@link countedRecords}). */
  total: Spend;
  estimated: Spend;
  measured: Spend;
  /** UTC month (YYYY-MM) of spentAt, oldest first. */
  byMonth: SpendRow[];
  /** Top-level folder of the manifest path (`.` for a manifest at the root), largest first. */
  byPath: SpendRow[];
  /** Counted records, largest emissions first. */
  largest: DashboardRecord[];
  pairs: ReconciledPair[];
  window?: WindowSummary;
  /** Cumulative counted spend over all time, in time order (ms, kg, kWh). */
  cumulative: WindowSummary['cumulative'];
  /** Records left out because a number or a timestamp was not usable, with why. */
  skipped: { id: string; why: string }[];
  /** Estimates not counted because a measured record reconciles them. */
  superseded: number;
}

const EMPTY: Spend = { energyKWh: 0, emissionsKg: 0, runs: 0 };

function add(a: Spend, r: { energyKWh: number; emissionsKg: number }): Spend {
  return { energyKWh: a.energyKWh + r.energyKWh, emissionsKg: a.emissionsKg + r.emissionsKg, runs: a.runs + 1 };
}

/** Why a record cannot be counted, or undefined when it can. */
function unusable(r: DashboardRecord): string | undefined {
  if (!Number.isFinite(r.energyKWh) || r.energyKWh < 0) return 'energyKWh is not a finite number >= 0';
  if (!Number.isFinite(r.emissionsKg) || r.emissionsKg < 0) return 'emissionsKg is not a finite number >= 0';
  if (!Number.isFinite(Date.parse(r.spentAt))) return 'spentAt is not an ISO 8601 time';
  return undefined;
}

/**
 * The records that count as spend. The ledger keeps an estimate and the measurement that
 * reconciles it (`estimateOf`); both describe one training, so counting both would double it. A
 * measured record replaces the estimate it names; an estimate nobody measured counts as it is.
 */
export function countedRecords(records: readonly DashboardRecord[]): {
  counted: DashboardRecord[];
  skipped: { id: string; why: string }[];
  superseded: number;
} {
  const skipped: { id: string; why: string }[] = [];
  const usable: DashboardRecord[] = [];
  for (const r of records) {
    const why = unusable(r);
    if (why) skipped.push({ id: r.id, why });
    else usable.push(r);
  }
  const reconciled = new Set(
    usable.filter((r) => r.method === 'measured' && r.estimateOf).map((r) => r.estimateOf as string)
  );
  const counted = usable.filter((r) => !(r.method === 'estimated' && reconciled.has(r.id)));
  return { counted, skipped, superseded: usable.length - counted.length };
}

/** Top-level folder of a repo-relative manifest path; `.` for a file at the root. */
export function pathGroup(manifest: string): string {
  const parts = manifest.replace(/^\.\//, '').split('/');
  return parts.length > 1 && parts[0] !== '' ? parts[0] : '.';
}

function grouped(records: readonly DashboardRecord[], key: (r: DashboardRecord) => string): SpendRow[] {
  const rows = new Map<string, Spend>();
  for (const r of records) rows.set(key(r), add(rows.get(key(r)) ?? EMPTY, r));
  return [...rows].map(([k, s]) => ({ key: k, ...s }));
}

/** Spend with spentAt in [fromMs, untilMs], added up in time order. */
function accumulate(
  counted: readonly DashboardRecord[],
  fromMs: number,
  untilMs: number
): { spent: Spend; cumulative: WindowSummary['cumulative'] } {
  const inRange = counted
    .map((r) => ({ r, atMs: Date.parse(r.spentAt) }))
    .filter(({ atMs }) => atMs >= fromMs && atMs <= untilMs)
    .sort((a, b) => a.atMs - b.atMs);
  let spent = EMPTY;
  const cumulative: WindowSummary['cumulative'] = [];
  for (const { r, atMs } of inRange) {
    spent = add(spent, r);
    cumulative.push({ atMs, kg: spent.emissionsKg, kWh: spent.energyKWh });
  }
  return { spent, cumulative };
}

function windowSummary(counted: readonly DashboardRecord[], budget: DashboardBudget, nowMs: number): WindowSummary {
  const untilMs = Math.min(budget.endMs, nowMs);
  const { spent, cumulative } = accumulate(counted, budget.startMs, untilMs);
  const out: WindowSummary = { budget, spent, cumulative };
  if (budget.emissionsKg !== undefined) out.remainingKg = budget.emissionsKg - spent.emissionsKg;
  if (budget.energyKWh !== undefined) out.remainingKWh = budget.energyKWh - spent.energyKWh;
  const elapsedMs = untilMs - budget.startMs;
  if (budget.endMs > nowMs && elapsedMs > 0) {
    const scale = (budget.endMs - budget.startMs) / elapsedMs;
    out.projectedKg = spent.emissionsKg * scale;
    out.projectedKWh = spent.energyKWh * scale;
  }
  return out;
}

/** The dashboard's figures from the ledger's records. */
export function summariseLedger(
  records: readonly DashboardRecord[],
  options: { nowMs: number; budget?: DashboardBudget; largest?: number }
): DashboardSummary {
  const { counted, skipped, superseded } = countedRecords(records);
  const total = counted.reduce(add, EMPTY);
  const estimated = counted.filter((r) => r.method === 'estimated').reduce(add, EMPTY);
  const measured = counted.filter((r) => r.method === 'measured').reduce(add, EMPTY);
  const byMonth = grouped(counted, (r) => new Date(Date.parse(r.spentAt)).toISOString().slice(0, 7)).sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0
  );
  const byPath = grouped(counted, (r) => pathGroup(r.manifest)).sort(
    (a, b) => b.emissionsKg - a.emissionsKg || (a.key < b.key ? -1 : 1)
  );
  const largest = [...counted]
    .sort((a, b) => b.emissionsKg - a.emissionsKg || (a.id < b.id ? -1 : 1))
    .slice(0, options.largest ?? 10);
  const byId = new Map(records.map((r) => [r.id, r]));
  const pairs: ReconciledPair[] = [];
  for (const m of counted) {
    const e = m.method === 'measured' && m.estimateOf ? byId.get(m.estimateOf) : undefined;
    if (!e || e.method !== 'estimated' || unusable(e)) continue;
    pairs.push({
      manifest: m.manifest,
      run: m.run,
      commit: m.commit,
      estimateKg: e.emissionsKg,
      measuredKg: m.emissionsKg,
      estimateKWh: e.energyKWh,
      measuredKWh: m.energyKWh
    });
  }
  const summary: DashboardSummary = {
    total,
    estimated,
    measured,
    byMonth,
    byPath,
    largest,
    pairs,
    cumulative: accumulate(counted, -Infinity, options.nowMs).cumulative,
    skipped,
    superseded
  };
  if (options.budget) summary.window = windowSummary(counted, options.budget, options.nowMs);
  return summary;
}
