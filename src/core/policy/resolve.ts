/**
 * The policy in force: the config's, with the `--budget` / `budget` and `--warn-at` / `warn-at`
 * overrides applied as they always were. A budget override replaces every budget of the file with
 * one `total` budget (it names the whole budget, so nothing of the file silently survives it); a
 * warn-at override sets every budget's warning fraction.
 */
import { OVERRIDE_ORIGIN, resolveBudget } from '../budget.js';
import type { Diagnostic } from '../diagnostics.js';
import type { BudgetRule, BudgetSpec, Config, Policy } from '../model.js';
import { defaultWaivers, LEGACY_RULE_NAME } from './parse.js';

/** The policy and the single budget the report's `budget` block keeps for older consumers. */
export interface ResolvedPolicy {
  policy: Policy;
  /**
   * The legacy budget: the override, or the file's `budget:` block, or else its first `total`
   * budget without `paths` (the one that means what `budget:` meant); absent otherwise.
   */
  budget?: BudgetSpec;
  diagnostics: Diagnostic[];
}

/** Applies the overrides to the config's policy. Problems with the overrides are errors. */
export function resolvePolicy(
  config: Config | undefined,
  overrides: { budget?: string; warnAt?: string } | undefined
): ResolvedPolicy {
  const legacy = resolveBudget(config, overrides);
  const filePolicy = config?.policy ?? { budgets: [], waivers: defaultWaivers() };
  const overridden = legacy.budget?.origin === OVERRIDE_ORIGIN;
  const warnAtOverride = overrides?.warnAt !== undefined && overrides.warnAt.trim() !== '';
  let budgets: BudgetRule[];
  if (overridden && legacy.budget) {
    const rule: BudgetRule = {
      name: LEGACY_RULE_NAME,
      scope: 'total',
      warnAtFraction: legacy.budget.warnAtFraction,
      origin: OVERRIDE_ORIGIN
    };
    if (legacy.budget.emissionsKg !== undefined) rule.emissionsKg = legacy.budget.emissionsKg;
    if (legacy.budget.energyKWh !== undefined) rule.energyKWh = legacy.budget.energyKWh;
    budgets = [rule];
  } else {
    // resolveBudget has read the warn-at override (or reported it); every budget takes it.
    const warnAt = warnAtOverride && legacy.diagnostics.length === 0 ? warnAtOf(legacy.budget, overrides) : undefined;
    budgets = filePolicy.budgets.map((rule) => (warnAt === undefined ? rule : { ...rule, warnAtFraction: warnAt }));
  }
  const policy: Policy = { ...filePolicy, budgets };
  let budget = legacy.budget;
  if (!budget && legacy.diagnostics.length === 0) {
    const total = budgets.find((r) => r.scope === 'total' && r.paths === undefined && hasAmount(r));
    if (total) budget = specOf(total);
  }
  return { policy, ...(budget ? { budget } : {}), diagnostics: legacy.diagnostics };
}

/** The warn-at override as a fraction (resolveBudget accepted it). */
function warnAtOf(
  budget: BudgetSpec | undefined,
  overrides: { budget?: string; warnAt?: string } | undefined
): number | undefined {
  if (budget) return budget.warnAtFraction;
  // Without a legacy budget resolveBudget returns no spec; read the fraction through it anyway.
  const probe = resolveBudget({ budget: { emissionsKg: 1 } }, { warnAt: overrides?.warnAt });
  return probe.budget?.warnAtFraction;
}

/** True when the rule limits emissions or energy (not only growth). */
function hasAmount(rule: BudgetRule): boolean {
  return rule.emissionsKg !== undefined || rule.energyKWh !== undefined;
}

/** A `total` budget as the legacy budget block. */
function specOf(rule: BudgetRule): BudgetSpec {
  const spec: BudgetSpec = { warnAtFraction: rule.warnAtFraction, origin: rule.origin };
  if (rule.emissionsKg !== undefined) spec.emissionsKg = rule.emissionsKg;
  if (rule.energyKWh !== undefined) spec.energyKWh = rule.energyKWh;
  return spec;
}
