/**
 * The budget verdict: how much of the emissions and energy limits the runs use, and whether that
 * passes, warns or fails the check.
 */
import type { BudgetSpec, Report, RunResult, Status } from './model.js';

/** Fraction of a limit at which the status becomes `warn`, when none is configured. */
export const DEFAULT_WARN_AT_FRACTION = 0.8;

/** The report's `budget` block: the limits and the fractions used. */
export type BudgetReport = NonNullable<Report['budget']>;

/** Totals the verdict is taken on. */
export interface BudgetTotals {
  emissionsKg: number;
  energyKWh: number;
}

/** True when the spec sets at least one limit. */
export function hasLimit(spec: BudgetSpec | undefined): spec is BudgetSpec {
  return spec !== undefined && (spec.emissionsKg !== undefined || spec.energyKWh !== undefined);
}

/**
 * Compares totals with the limits. `usedFraction` is the larger of the fractions set, so that a
 * run within its emissions budget but over its energy budget still fails.
 * Returns null when no limit is set.
 */
export function budgetUse(spec: BudgetSpec | undefined, totals: BudgetTotals): BudgetReport | null {
  if (!hasLimit(spec)) return null;
  const out: BudgetReport = { warnAtFraction: spec.warnAtFraction };
  const used: number[] = [];
  if (spec.emissionsKg !== undefined) {
    out.emissionsKg = spec.emissionsKg;
    out.emissionsFraction = fraction(totals.emissionsKg, spec.emissionsKg);
    used.push(out.emissionsFraction);
  }
  if (spec.energyKWh !== undefined) {
    out.energyKWh = spec.energyKWh;
    out.energyFraction = fraction(totals.energyKWh, spec.energyKWh);
    used.push(out.energyFraction);
  }
  out.usedFraction = Math.max(...used);
  if (spec.origin !== undefined) out.origin = spec.origin;
  return out;
}

/**
 * The verdict: `fail` when the input is invalid or any limit is exceeded (used > 100%), `warn`
 * when any limit is used at or above the warning fraction (so exactly 100% warns and exactly 80%
 * warns at the default), `pass` otherwise, and `pass` without a budget.
 */
export function budgetStatus(budget: BudgetReport | null, inputValid: boolean): Status {
  if (!inputValid) return 'fail';
  if (budget === null || budget.usedFraction === undefined) return 'pass';
  if (budget.usedFraction > 1) return 'fail';
  if (budget.usedFraction >= budget.warnAtFraction) return 'warn';
  return 'pass';
}

/**
 * The share of the budget one run uses: of the emissions limit where one is set (emissions are
 * what the budget is for), else of the energy limit. Undefined without a budget.
 */
export function runBudgetShare(run: Pick<RunResult, 'emissionsKg' | 'energyKWh'>, spec: BudgetSpec | undefined): number | undefined {
  if (spec?.emissionsKg !== undefined) return fraction(run.emissionsKg, spec.emissionsKg);
  if (spec?.energyKWh !== undefined) return fraction(run.energyKWh, spec.energyKWh);
  return undefined;
}

/** used / limit, where a zero limit is used fully by anything above zero. */
function fraction(used: number, limit: number): number {
  if (limit > 0) return used / limit;
  return used > 0 ? Number.POSITIVE_INFINITY : 0;
}
