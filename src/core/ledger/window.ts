/**
 * Spend in a window: rolling (`30d`, `90d`, `365d`, any `<N>d`: the N days ending now) or calendar
 * (`month`, `quarter`: the UTC month or quarter holding now, from its first instant). A record counts
 * when its `spentAt` falls in the window. An estimated record that a measured record reconciles
 * (`estimateOf`) does not count: the measurement replaces it, so a run is never counted twice.
 * The clock is the caller's (`nowMs`): the core never reads it.
 */
import { pathMatcher } from '../policy/paths.js';
import type { LedgerRecord } from './record.js';

/** Milliseconds in a day. */
const DAY_MS = 86_400_000;

/** The longest rolling window accepted, in days (ten years). */
export const MAX_WINDOW_DAYS = 3660;

/** A budget window. */
export type WindowSpec = { kind: 'days'; days: number } | { kind: 'month' } | { kind: 'quarter' };

/** Reads `90d`, `month`, `quarter`; undefined for anything else (the caller reports it). */
export function parseWindow(text: string): WindowSpec | undefined {
  const trimmed = text.trim();
  if (trimmed === 'month' || trimmed === 'quarter') return { kind: trimmed };
  const match = /^(\d{1,4})d$/.exec(trimmed);
  if (!match) return undefined;
  const days = Number(match[1]);
  return days >= 1 && days <= MAX_WINDOW_DAYS ? { kind: 'days', days } : undefined;
}

/** `90d`, `month`, `quarter`: the window as the policy writes it. */
export function windowLabel(spec: WindowSpec): string {
  return spec.kind === 'days' ? `${spec.days}d` : spec.kind;
}

/** A window's bounds: records with `startMs <= spentAt <= nowMs` count. */
export interface WindowBounds {
  startMs: number;
  nowMs: number;
  /** For a calendar window, the first instant of the next month or quarter; for a rolling one, nowMs. */
  endMs: number;
}

/** The bounds of the window that ends at `nowMs`. */
export function windowBounds(spec: WindowSpec, nowMs: number): WindowBounds {
  if (spec.kind === 'days') return { startMs: nowMs - spec.days * DAY_MS, nowMs, endMs: nowMs };
  const now = new Date(nowMs);
  const year = now.getUTCFullYear();
  const firstMonth = spec.kind === 'month' ? now.getUTCMonth() : Math.floor(now.getUTCMonth() / 3) * 3;
  const months = spec.kind === 'month' ? 1 : 3;
  return { startMs: Date.UTC(year, firstMonth, 1), nowMs, endMs: Date.UTC(year, firstMonth + months, 1) };
}

/** What a window holds. */
export interface WindowSpend {
  emissionsKg: number;
  energyKWh: number;
  /** Records counted. */
  records: number;
  bounds: WindowBounds;
  /**
   * When the oldest counted spending leaves the window (ms): its `spentAt` plus the window's length
   * for a rolling window; the window's end for a calendar one (all of it leaves at once). Absent
   * when nothing is counted.
   */
  oldestLeavesMs?: number;
}

/**
 * The spend of the records in the window ending `nowMs`, of the manifests `paths` selects (absent:
 * every manifest).
 */
export function windowSpend(
  records: readonly LedgerRecord[],
  spec: WindowSpec,
  nowMs: number,
  paths?: readonly string[]
): WindowSpend {
  const bounds = windowBounds(spec, nowMs);
  const selects = pathMatcher(paths);
  const reconciled = reconciledEstimates(records);
  let emissionsKg = 0;
  let energyKWh = 0;
  let count = 0;
  let oldestMs: number | undefined;
  for (const record of records) {
    if (reconciled.has(record.id) || !selects(record.manifest)) continue;
    const spentMs = Date.parse(record.spentAt);
    if (!(spentMs >= bounds.startMs && spentMs <= bounds.nowMs)) continue;
    emissionsKg += record.emissionsKg;
    energyKWh += record.energyKWh;
    count++;
    if (oldestMs === undefined || spentMs < oldestMs) oldestMs = spentMs;
  }
  const spend: WindowSpend = { emissionsKg, energyKWh, records: count, bounds };
  if (oldestMs !== undefined)
    spend.oldestLeavesMs = spec.kind === 'days' ? oldestMs + spec.days * DAY_MS : bounds.endMs;
  return spend;
}

/** Ids of estimated records that a measured record names in `estimateOf`. */
export function reconciledEstimates(records: readonly LedgerRecord[]): Set<string> {
  const out = new Set<string>();
  for (const r of records) if (r.method === 'measured' && r.estimateOf !== null) out.add(r.estimateOf);
  return out;
}
