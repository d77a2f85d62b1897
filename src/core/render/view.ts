/**
 * What every renderer says, as plain strings: the verdict, the budget lines, one row per run, the
 * component slices. The renderers only lay these out and escape them for their medium, so the
 * Markdown comment and the terminal report can never disagree about a number.
 *
 * Strings here are NOT escaped; fields that can carry text from manifests or logs are marked.
 */
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { BudgetVerdict, Report, RunChange, RunResult } from '../model.js';
import {
  formatDuration,
  formatEnergy,
  formatIntensity,
  formatMass,
  formatNumber,
  formatPercent,
  formatPue,
  formatRatio
} from '../format.js';

/** The verdict's kind, which picks the icon and the colour. */
export type VerdictKind = 'within' | 'near' | 'over' | 'invalid' | 'no-budget';

/** The one-line verdict. */
export interface Verdict {
  kind: VerdictKind;
  /** "Within budget", "Near budget", "Over budget", "Invalid input", "No budget set". */
  headline: string;
  /** The numbers behind it: "1.2 t CO2e of 5 t (24.6%)". Contains no user text. */
  detail: string;
}

/** Count of errors, warnings and notices. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** `3 errors`, `1 warning`. */
export function plural(count: number, noun: string): string {
  return `${formatNumber(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** Each limit that is set, as "used of limit (percent)". */
export function limitPhrases(report: Report): string[] {
  const b = report.budget;
  if (!b) return [];
  const out: string[] = [];
  if (b.emissionsKg !== undefined && b.emissionsFraction !== undefined) {
    out.push(
      `${formatMass(report.totals.emissionsKg)} CO2e of ${formatMass(b.emissionsKg)} (${formatPercent(b.emissionsFraction)})`
    );
  }
  if (b.energyKWh !== undefined && b.energyFraction !== undefined) {
    out.push(
      `${formatEnergy(report.totals.energyKWh)} of ${formatEnergy(b.energyKWh)} (${formatPercent(b.energyFraction)})`
    );
  }
  return out;
}

/** The verdict for the report's status, budget and diagnostics. */
export function verdictOf(report: Report): Verdict {
  const totals = `${formatMass(report.totals.emissionsKg)} CO2e, ${formatEnergy(report.totals.energyKWh)}`;
  if (!report.inputValid) {
    const errors = countBySeverity(report.diagnostics).error;
    // Without a run, "0 kg CO2e, 0 kWh" would read as a result; the runs section says there is none.
    const computed = report.runs.length > 0 ? ` Runs that could be computed: ${totals}.` : '';
    return {
      kind: 'invalid',
      headline: 'Invalid input',
      detail: `${plural(errors, 'error')} in the input; the check fails until ${errors === 1 ? 'it is' : 'they are'} fixed.${computed}`
    };
  }
  const limits = limitPhrases(report);
  const verdicts = report.policy?.budgets ?? [];
  if (verdicts.length > 0 && showsBudgetTable(report)) return policyVerdict(report, verdicts, totals);
  if (report.budget === null || limits.length === 0) {
    return { kind: 'no-budget', headline: 'No budget set', detail: `${totals}.` };
  }
  const joined = limits.join(' and ');
  const warnAt = formatPercent(report.budget.warnAtFraction);
  if (report.status === 'fail') return { kind: 'over', headline: 'Over budget', detail: `${joined}.` };
  if (report.status === 'warn')
    return { kind: 'near', headline: 'Near budget', detail: `${joined}; warning from ${warnAt}.` };
  return { kind: 'within', headline: 'Within budget', detail: `${joined}.` };
}

/**
 * The verdict over several budgets: how many fail, warn (and of those, how many only because the
 * base was already over) and pass. Names stay in the budgets table, so the detail has no user text.
 */
function policyVerdict(report: Report, verdicts: readonly BudgetVerdict[], totals: string): Verdict {
  const count = (test: (v: BudgetVerdict) => boolean) => verdicts.filter(test).length;
  const over = count((v) => v.status === 'fail');
  const near = count((v) => v.status === 'warn' && !v.preExisting);
  const already = count((v) => v.preExisting);
  const parts: string[] = [];
  if (over > 0) parts.push(`${formatNumber(over)} of ${plural(verdicts.length, 'budget')} over`);
  if (near > 0) parts.push(`${formatNumber(near)} near ${near === 1 ? 'its limit' : 'their limits'}`);
  if (already > 0) parts.push(`${formatNumber(already)} already over at the base, not made worse`);
  if (parts.length === 0)
    parts.push(
      verdicts.length === 1
        ? '1 budget, within its limit'
        : `all ${plural(verdicts.length, 'budget')} within their limits`
    );
  const detail = `${capitalise(parts.join('; '))}. Total ${totals}.`;
  if (report.status === 'fail') return { kind: 'over', headline: 'Over budget', detail };
  if (report.status === 'warn') return { kind: 'near', headline: 'Near budget', detail };
  return { kind: 'within', headline: 'Within budget', detail };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whether the renderers show the policy's budgets as a table. Not for a lone `total` budget
 * over every manifest judged without a base and with nothing to note (the `budget:` block or a
 * `--budget` as they always were): its bars say everything.
 */
export function showsBudgetTable(report: Report): boolean {
  const verdicts = report.policy?.budgets ?? [];
  if (verdicts.length === 0) return false;
  if (verdicts.length > 1 || report.policy?.base) return true;
  const v = verdicts[0];
  return !(report.budget !== null && v.scope === 'total' && v.paths === undefined && !v.preExisting && !v.note);
}

/** A budget as table cells. `name`, `paths` and `note` carry user text. */
export interface BudgetRow {
  name: string;
  scope: string;
  /** The globs, comma-separated; empty when the budget covers every manifest. */
  paths: string;
  used: string;
  limit: string;
  share: string;
  /** `none`: not judged, because the input has errors. */
  status: 'pass' | 'warn' | 'fail' | 'none';
  /** "pass", "warn", "fail", "warn (pre-existing)", "not judged". */
  statusLabel: string;
  note?: string;
}

/** A signed amount for `change` budgets: `+50 kg`, `-20 kg`. */
function signed(value: number, format: (v: number) => string): string {
  if (value === 0) return format(0);
  return `${value > 0 ? '+' : '-'}${format(Math.abs(value))}`;
}

/**
 * The cells of one budget's verdict. With `judged` false (the input has errors) the row shows the
 * budget and its limit but no use and no status: an invalid report has no number to judge, and a
 * "0 kg, pass" would read as one.
 */
export function budgetRow(v: BudgetVerdict, judged = true): BudgetRow {
  if (!judged) return { ...budgetRow(v), used: '—', share: '—', status: 'none', statusLabel: 'not judged' };
  const used: string[] = [];
  const limit: string[] = [];
  const mass = v.scope === 'change' ? (x: number) => signed(x, formatMass) : formatMass;
  const energy = v.scope === 'change' ? (x: number) => signed(x, formatEnergy) : formatEnergy;
  if (v.coverage) {
    const lowest = v.coverage.runs.reduce((m, r) => Math.min(m, r.coverageFraction), 1);
    used.push(
      v.coverage.runs.length > 0
        ? `${formatPercent(lowest)} coverage (${plural(v.coverage.runs.length, 'run')} below)`
        : 'every run covered'
    );
    limit.push(`${formatPercent(v.coverage.minFraction)} coverage`);
  }
  if (v.limit.emissionsKg !== undefined) {
    used.push(`${mass(v.used.emissionsKg)} CO2e`);
    limit.push(`${formatMass(v.limit.emissionsKg)} CO2e`);
  }
  if (v.limit.energyKWh !== undefined) {
    used.push(energy(v.used.energyKWh));
    limit.push(formatEnergy(v.limit.energyKWh));
  }
  if (v.limit.increaseFraction !== undefined) {
    used.push(
      v.used.increaseFraction !== undefined ? `${signed(v.used.increaseFraction, formatPercent)} growth` : 'growth n/a'
    );
    limit.push(`+${formatPercent(v.limit.increaseFraction)} growth`);
  }
  return {
    name: v.name,
    scope: v.period ? `${v.scope} ${v.period}` : v.scope,
    paths: (v.paths ?? []).join(', '),
    used: used.join(' · '),
    limit: limit.join(' · '),
    share: v.coverage ? '—' : formatPercent(v.usedFraction),
    status: v.status,
    statusLabel: v.preExisting ? `${v.status} (pre-existing)` : v.status,
    ...(v.note !== undefined ? { note: v.note } : {})
  };
}

/**
 * The line under the budgets table: what the budgets were judged against, or why they were not.
 * `escapeRef` escapes the base's ref for the output (it may be a user's `--base` text).
 */
export function judgedAgainst(report: Report, escapeRef: (ref: string) => string): string {
  if (!report.inputValid) return 'Not judged: the input has errors (see the diagnostics).';
  const base = report.policy?.base;
  return base ? `Judged against the base ${escapeRef(base.ref)}.` : 'No base to compare with: every run counts as new.';
}

/** A changed, added or removed run as cells. `manifest` and `run` carry user text. */
export interface ChangeRow {
  manifest: string;
  run: string;
  kind: 'added' | 'changed' | 'removed';
  /** "added", "100 kg -> 150 kg", "removed". */
  what: string;
  /** "+50 kg". */
  delta: string;
  /** "+50%", or "—" where the base had no emissions. */
  percent: string;
}

/** The runs the change touches, largest change first, and how many it leaves as they were. */
export function changeRows(report: Report): { rows: ChangeRow[]; unchanged: number } | undefined {
  // Invalid input has no numbers to compare: no changes are listed rather than "no run changed".
  if (!report.changes || !report.inputValid) return undefined;
  const touched = report.changes.filter((c): c is RunChange & { kind: ChangeRow['kind'] } => c.kind !== 'unchanged');
  const rows = touched
    .map((c, i) => ({ c, i }))
    .sort((a, b) => Math.abs(b.c.deltaEmissionsKg) - Math.abs(a.c.deltaEmissionsKg) || a.i - b.i)
    .map(({ c }) => ({
      manifest: c.manifest,
      run: c.run,
      kind: c.kind,
      what:
        c.kind === 'added'
          ? 'added'
          : c.kind === 'removed'
            ? 'removed'
            : `${formatMass(c.base?.emissionsKg ?? 0)} -> ${formatMass(c.head?.emissionsKg ?? 0)}`,
      delta: `${signed(c.deltaEmissionsKg, formatMass)} CO2e`,
      percent: c.deltaFraction !== undefined ? signed(c.deltaFraction, formatPercent) : '—'
    }));
  return { rows, unchanged: report.changes.length - touched.length };
}

/** One budget bar: which limit, its fraction, and "of 5 t CO2e". */
export interface BudgetLine {
  label: 'Emissions' | 'Energy';
  fraction: number;
  percent: string;
  of: string;
}

/** The budget's bars, one per limit set. */
export function budgetLines(report: Report): BudgetLine[] {
  const b = report.budget;
  if (!b) return [];
  const out: BudgetLine[] = [];
  if (b.emissionsKg !== undefined && b.emissionsFraction !== undefined) {
    out.push({
      label: 'Emissions',
      fraction: b.emissionsFraction,
      percent: formatPercent(b.emissionsFraction),
      of: `of ${formatMass(b.emissionsKg)} CO2e`
    });
  }
  if (b.energyKWh !== undefined && b.energyFraction !== undefined) {
    out.push({
      label: 'Energy',
      fraction: b.energyFraction,
      percent: formatPercent(b.energyFraction),
      of: `of ${formatEnergy(b.energyKWh)}`
    });
  }
  return out;
}

/** A run as table cells. `name`, `manifest` and `hardware` carry user text. */
export interface RunRow {
  name: string;
  manifest: string;
  line: number;
  method: string;
  hardware: string;
  duration: string;
  pue: string;
  energy: string;
  intensity: string;
  emissions: string;
  share: string;
}

/** "estimated", or "measured, 97% coverage, estimate 1.1 x". */
function methodLabel(run: RunResult): string {
  if (run.method === 'estimated') return 'estimated';
  const parts = ['measured'];
  if (run.measurement) {
    parts.push(`${formatPercent(run.measurement.coverage)} coverage`);
    const dropped = run.measurement.droppedSamples;
    if (dropped > 0) parts.push(`${plural(dropped, 'sample')} dropped`);
  }
  if (run.estimate) parts.push(`estimate ${formatRatio(run.estimate.ratioEstimateToMeasured)}`);
  return parts.join(', ');
}

/** The cells of one run. */
export function runRow(run: RunResult): RunRow {
  const duration = run.durationS !== undefined ? formatDuration(run.durationS) : '—';
  return {
    name: run.name,
    manifest: run.manifest,
    line: run.position.line,
    method: methodLabel(run),
    hardware: run.hardware,
    duration: run.repeats === 1 ? duration : `${duration} x ${formatNumber(run.repeats)}`,
    pue: formatPue(run.pue),
    energy: formatEnergy(run.energyKWh),
    intensity: formatIntensity(run.intensityGPerKWh),
    emissions: formatMass(run.emissionsKg),
    share: run.budgetShare !== undefined ? formatPercent(run.budgetShare) : '—'
  };
}

/** One slice of the component breakdown. */
export interface Slice {
  label: string;
  energyKWh: number;
}

/** Non-zero components of the total facility energy, in a fixed order. */
export function componentSlices(report: Report): Slice[] {
  const c = report.totals.components;
  const slices: Slice[] = [
    { label: 'GPU', energyKWh: c.gpuKWh },
    { label: 'CPU', energyKWh: c.cpuKWh },
    { label: 'Memory', energyKWh: c.memoryKWh },
    { label: 'Whole machine (measured)', energyKWh: c.otherKWh },
    { label: 'PUE overhead', energyKWh: c.pueOverheadKWh }
  ];
  return slices.filter((s) => s.energyKWh > 0);
}

/**
 * Whether the report has a method and sources worth printing: only when at least one run was
 * computed. Without runs the notes are the generic formulas and the sources only Table 1, which
 * explain numbers the report does not have and push the diagnostics (the reason there are no
 * runs) out of a short terminal or comment.
 */
export function showsMethodology(report: Report): boolean {
  return report.runs.length > 0 && (report.methodology.notes.length > 0 || report.methodology.sources.length > 0);
}

/** "0.72 x Air travel, 1 passenger, NY<->SF (1,984 lb CO2e)". */
export function equivalentLine(e: Report['equivalents'][number]): { ratio: string; label: string; reference: string } {
  return { ratio: formatRatio(e.ratio), label: e.label, reference: `${formatNumber(e.referenceLb)} lb CO2e` };
}

/** `file:line:column`, as much of it as is known. Carries user text (the path). */
export function where(d: Diagnostic): string {
  if (!d.file) return '';
  return `${d.file}${d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : ''}`;
}

/** Diagnostics with errors first, then warnings, then notices, each in report order. */
export function bySeverity(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank[a.d.severity] - rank[b.d.severity] || a.i - b.i)
    .map((x) => x.d);
}

/** The `limit` runs with the most emissions, kept in report order. */
export function largestRuns(runs: readonly RunResult[], limit: number): RunResult[] {
  if (runs.length <= limit) return [...runs];
  const keep = new Set(
    runs
      .map((r, i) => ({ e: r.emissionsKg, i }))
      .sort((a, b) => b.e - a.e || a.i - b.i)
      .slice(0, limit)
      .map((x) => x.i)
  );
  return runs.filter((_, i) => keep.has(i));
}
