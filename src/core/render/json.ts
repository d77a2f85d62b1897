/**
 * The JSON report (CLI `--format json`, the action's report file): the Report as it is, indented,
 * with a final newline. Key order is the order the report was built in, so output is stable.
 *
 * Two things differ from `JSON.stringify(report)`. On invalid input the report carries no number
 * that reads as a result: `status` is `invalid`, and the totals, the budget's fractions, each
 * run's energy and emissions, each policy budget's use and status, the run changes and the
 * equivalents are `null` (or empty, or `invalid`), so a script that reads
 * `totals.emissionsKg` gets no zero to mistake for a measurement. And characters that JSON allows
 * raw but that act on a terminal or hide text (DEL and C1 controls, bidirectional overrides,
 * zero-width characters, the line separators) are written as `\u` escapes, as is the `#` of
 * the runner's `##[command]` syntax: the parsed values are the same, the bytes are inert.
 */
import type { BudgetVerdict, Report, RunResult } from '../model.js';
import { escapeJsonText } from './escape.js';

/** Renders the report as indented JSON. */
export function renderJson(report: Report): string {
  return `${escapeJsonText(JSON.stringify(report.inputValid ? report : withoutResults(report), null, 2))}\n`;
}

/**
 * The report of invalid input as the JSON shows it: the diagnostics, the runs' names, hardware
 * and sources, the budget's limits; and `null` in place of every total, fraction and per-run
 * energy or emissions, because with errors in the input none of them is the answer.
 */
function withoutResults(report: Report): unknown {
  const budget = report.budget && {
    ...report.budget,
    ...(report.budget.emissionsKg !== undefined ? { emissionsFraction: null } : {}),
    ...(report.budget.energyKWh !== undefined ? { energyFraction: null } : {}),
    usedFraction: null
  };
  return {
    ...report,
    totals: { itEnergyKWh: null, energyKWh: null, emissionsKg: null, components: null },
    budget,
    ...(report.policy
      ? { policy: { ...report.policy, budgets: report.policy.budgets.map(verdictWithoutResults) } }
      : {}),
    ...(report.changes !== undefined ? { changes: null } : {}),
    runs: report.runs.map(runWithoutResults),
    equivalents: []
  };
}

/**
 * A budget's verdict in an invalid report: what the budget is (name, scope, paths, limits), with
 * no amount used, no share and the status `invalid`: nothing was judged.
 */
function verdictWithoutResults(verdict: BudgetVerdict): unknown {
  // A window row's spend is a number of the ledger, but `change` and `remaining` are of the input: none is shown.
  const { note: _note, worstRun: _worstRun, coverage, window, ...rest } = verdict;
  return {
    ...rest,
    used: null,
    usedFraction: null,
    status: 'invalid',
    preExisting: null,
    ...(coverage ? { coverage: { minFraction: coverage.minFraction, runs: null } } : {}),
    ...(window ? { window: null } : {})
  };
}

/** A run of an invalid report: what it is and what it was resolved to, without its energy or emissions. */
function runWithoutResults(run: RunResult): unknown {
  const { estimate: _estimate, ...rest } = run;
  const m = run.measurement;
  return {
    ...rest,
    itEnergyKWh: null,
    energyKWh: null,
    emissionsKg: null,
    components: null,
    ...(run.budgetShare !== undefined ? { budgetShare: null } : {}),
    ...(m
      ? {
          measurement: {
            ...m,
            itEnergyKWh: null,
            ...(m.timeResolvedEmissionsKg !== undefined ? { timeResolvedEmissionsKg: null } : {})
          }
        }
      : {})
  };
}
