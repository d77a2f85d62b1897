/**
 * The budget verdict: how much of the emissions and energy limits the runs use, and whether that
 * passes, warns or fails the check.
 */
import { diagnostic, type Diagnostic } from './diagnostics.js';
import { excerpt } from './excerpt.js';
import type { BudgetSpec, Config, Report, RunResult, Status } from './model.js';
import { parseFraction, parseQuantity } from './units.js';

/** Every diagnostic code this module emits (documented in docs/diagnostics/report.md). */
export const BUDGET_CODES = ['budget/invalid', 'budget/invalid-warn-at', 'budget/overflow'] as const;

/** Fraction of a limit at which the status becomes `warn`, when none is configured (80%, as issue #2 specifies). */
export const DEFAULT_WARN_AT_FRACTION = 0.8;

/** The report's `budget` block: the limits and the fractions used. */
export type BudgetReport = NonNullable<Report['budget']>;

/** Totals the verdict is taken on. */
export interface BudgetTotals {
  emissionsKg: number;
  energyKWh: number;
}

/** True when the spec sets at least one limit. */
function hasLimit(spec: BudgetSpec | undefined): spec is BudgetSpec {
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
  // A fraction too large for a double is left out; `budgetOverflow` reports it as an error.
  if (spec.emissionsKg !== undefined) {
    out.emissionsKg = spec.emissionsKg;
    const f = fraction(totals.emissionsKg, spec.emissionsKg);
    if (Number.isFinite(f)) used.push((out.emissionsFraction = f));
  }
  if (spec.energyKWh !== undefined) {
    out.energyKWh = spec.energyKWh;
    const f = fraction(totals.energyKWh, spec.energyKWh);
    if (Number.isFinite(f)) used.push((out.energyFraction = f));
  }
  if (used.length > 0) out.usedFraction = used.reduce((a, b) => Math.max(a, b));
  if (spec.origin !== undefined) out.origin = spec.origin;
  return out;
}

/**
 * Errors for limits the totals cannot be compared with: a limit so small (1e-300 kg) that the
 * fraction used is beyond the largest double. At the limit's line where it comes from a config.
 */
export function budgetOverflow(spec: BudgetSpec | undefined, totals: BudgetTotals): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (limit: number | undefined, used: number, key: 'emissionsKg' | 'energyKWh', noun: string): void => {
    if (limit === undefined || Number.isFinite(fraction(used, limit))) return;
    out.push(
      diagnostic(
        'error',
        'budget/overflow',
        `The budget's ${noun} limit (${limit}) is too small to compare with: the runs use more than 1.8e308 times it. Check the limit's value and unit.`,
        spec?.at?.[key] ?? (spec?.origin !== undefined ? { file: spec.origin } : undefined)
      )
    );
  };
  check(spec?.emissionsKg, totals.emissionsKg, 'emissionsKg', 'emissions');
  check(spec?.energyKWh, totals.energyKWh, 'energyKWh', 'energy');
  return out;
}

/**
 * The verdict: `invalid` when the input is invalid, `fail` when any limit is exceeded (used > 100%), `warn`
 * when any limit is used at or above the warning fraction (so exactly 100% warns and exactly 80%
 * warns at the default), `pass` otherwise, and `pass` without a budget.
 */
export function budgetStatus(budget: BudgetReport | null, inputValid: boolean): Status {
  if (!inputValid) return 'invalid';
  if (budget === null || budget.usedFraction === undefined) return 'pass';
  if (budget.usedFraction > 1) return 'fail';
  if (budget.usedFraction >= budget.warnAtFraction) return 'warn';
  return 'pass';
}

/**
 * The share of the budget one run uses: of the emissions limit where one is set (emissions are
 * what the budget is for), else of the energy limit. Undefined without a budget.
 */
export function runBudgetShare(
  run: Pick<RunResult, 'emissionsKg' | 'energyKWh'>,
  spec: BudgetSpec | undefined
): number | undefined {
  const share =
    spec?.emissionsKg !== undefined
      ? fraction(run.emissionsKg, spec.emissionsKg)
      : spec?.energyKWh !== undefined
        ? fraction(run.energyKWh, spec.energyKWh)
        : undefined;
  // Too large for a double: left out, as `budgetOverflow` reports the limit.
  return share !== undefined && Number.isFinite(share) ? share : undefined;
}

/**
 * used / limit. The parsers refuse a zero limit; should one arrive anyway, anything above zero
 * exceeds it, as the largest finite number (JSON has no Infinity).
 */
function fraction(used: number, limit: number): number {
  if (limit > 0) return used / limit;
  return used > 0 ? Number.MAX_VALUE : 0;
}

/** Budget limits parsed from a budget string such as `500 kg` or `500 kg; 2 MWh`. */
export interface BudgetLimits {
  emissionsKg?: number;
  energyKWh?: number;
}

const BUDGET_EXPECTED =
  'a mass of CO2e such as "500 kg", "1.2 t" or "1400 lb", or an energy such as "2 MWh", or one of each separated by ";"';

/**
 * Parses a budget string. Whether it is a mass (an emissions limit) or an energy (an energy
 * limit) is read from its unit; `500 kg; 2 MWh` (or `500 kg, 2 MWh`) sets both. A comma counts
 * as a separator only before a space, so that `1,400 lb` is refused by the quantity parser with
 * its own hint instead of being split in two.
 */
export function parseBudget(text: string): { ok: true; value: BudgetLimits } | { ok: false; expected: string } {
  // Split at `;` and at `,` before a blank; each part is trimmed where it is read. (Blanks are not
  // matched around the separator: `\s*;` tried at every blank of a long run is quadratic.)
  const parts = text.split(/;|,(?=\s)/).filter((p) => p.trim() !== '');
  if (parts.length === 0) return { ok: false, expected: `${BUDGET_EXPECTED} (got an empty string)` };
  const value: BudgetLimits = {};
  for (const part of parts) {
    const mass = parseQuantity('mass', part);
    const energy = mass.ok ? undefined : parseQuantity('energy', part);
    const kind = mass.ok ? 'emissionsKg' : energy?.ok ? 'energyKWh' : undefined;
    if (kind === undefined) {
      const got = excerpt(part.trim());
      const why = /^[\d.]+$/.test(got) ? `got "${got}": a bare number has no unit` : `got "${got}", which is neither`;
      return { ok: false, expected: `${BUDGET_EXPECTED} (${why})` };
    }
    const amount = mass.ok ? mass.value : (energy as { value: number }).value;
    if (!(amount > 0)) return { ok: false, expected: `${BUDGET_EXPECTED}, above zero (got "${excerpt(part.trim())}")` };
    if (value[kind] !== undefined) {
      return {
        ok: false,
        expected: `${BUDGET_EXPECTED}, with at most one limit of each kind (got two ${kind === 'emissionsKg' ? 'masses' : 'energies'})`
      };
    }
    value[kind] = amount;
  }
  return { ok: true, value };
}

/** Where a budget override comes from, as the report names it. */
export const OVERRIDE_ORIGIN = '--budget / budget input';

/**
 * The budget in force: the config file's limits, replaced as a whole by a `--budget` / `budget`
 * input when one is given (an override names the whole budget, so a config's energy limit does
 * not silently survive an emissions override); the warning fraction from `--warn-at` /
 * `warn-at`, else the config, else 80%. Problems are diagnostics; the budget is then left out
 * and the caller's input is invalid.
 */
export function resolveBudget(
  config: Config | undefined,
  overrides: { budget?: string; warnAt?: string } | undefined
): { budget?: BudgetSpec; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let limits: BudgetLimits = { emissionsKg: config?.budget?.emissionsKg, energyKWh: config?.budget?.energyKWh };
  let origin = config?.budget?.origin ?? config?.file;
  if (overrides?.budget !== undefined && overrides.budget.trim() !== '') {
    const parsed = parseBudget(overrides.budget);
    if (parsed.ok) {
      limits = parsed.value;
      origin = OVERRIDE_ORIGIN;
    } else {
      diagnostics.push(
        diagnostic(
          'error',
          'budget/invalid',
          `The budget override (${OVERRIDE_ORIGIN}) "${overrides.budget}" is not a budget: expected ${parsed.expected}.`
        )
      );
    }
  }
  let warnAtFraction = config?.budget?.warnAtFraction ?? DEFAULT_WARN_AT_FRACTION;
  if (overrides?.warnAt !== undefined && overrides.warnAt.trim() !== '') {
    const parsed = parseFraction(overrides.warnAt);
    if (parsed.ok && parsed.value > 0) {
      warnAtFraction = parsed.value;
    } else {
      const expected = parsed.ok ? 'a fraction above 0 and at most 1, or a percentage such as "80%"' : parsed.expected;
      diagnostics.push(
        diagnostic(
          'error',
          'budget/invalid-warn-at',
          `The warn-at override (--warn-at / warn-at input) "${overrides.warnAt}" is not valid: expected ${expected}.`
        )
      );
    }
  }
  if (diagnostics.length > 0) return { diagnostics };
  const budget: BudgetSpec = { warnAtFraction };
  if (limits.emissionsKg !== undefined) budget.emissionsKg = limits.emissionsKg;
  if (limits.energyKWh !== undefined) budget.energyKWh = limits.energyKWh;
  if (origin !== undefined) budget.origin = origin;
  const written = origin === OVERRIDE_ORIGIN ? undefined : config?.positions;
  if (written?.['budget.emissions'] !== undefined || written?.['budget.energy'] !== undefined) {
    budget.at = {};
    if (written['budget.emissions'] !== undefined) budget.at.emissionsKg = written['budget.emissions'];
    if (written['budget.energy'] !== undefined) budget.at.energyKWh = written['budget.energy'];
  }
  return hasLimit(budget) ? { budget, diagnostics } : { diagnostics };
}
