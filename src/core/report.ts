/**
 * Assembles the Report: runs in a stable order, totals, the budget verdict, equivalents, and the
 * methodology notes that state every choice behind the numbers. Pure and deterministic: the same
 * inputs give the same report, byte for byte, with no clock or environment read.
 */
import { budgetOverflow, budgetStatus, budgetUse, runBudgetShare } from './budget.js';
import { capDiagnostics } from './diagnostic-cap.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { equivalents, STRUBELL_2019_TABLE1 } from './equivalents.js';
import type {
  BudgetSpec,
  ComponentEnergy,
  ConfigUse,
  MeasurementSummary,
  Report,
  RunChange,
  RunResult,
  SourceRef
} from './model.js';
import { KG_PER_LB } from './units.js';
import { worstStatus } from './policy/evaluate.js';

/** What {@link buildReport} assembles a report from. */
export interface ReportInput {
  runs: RunResult[];
  diagnostics: Diagnostic[];
  budget?: BudgetSpec;
  toolVersion: string;
  /** Sources used beyond those on the runs (per-core CPU and DRAM W/GB defaults). */
  extraSources?: SourceRef[];
  /** Notes on choices made outside the runs (e.g. where a default location came from). */
  extraNotes?: string[];
  /** The config read and where it was looked for; absent: none, looked for nowhere. */
  config?: ConfigUse;
  /**
   * The policy's verdicts and the base they were judged against; the status is the worst of
   * them. Absent: the legacy `budget` alone decides (callers of the report builder without a policy).
   */
  policy?: NonNullable<Report['policy']>;
  /** Each run's change against the base; null (or absent) without a base. */
  changes?: RunChange[] | null;
}

/** Runs named in one methodology note before the rest are counted. */
const MAX_NAMES_IN_NOTE = 10;

/** Builds the report from the computed runs and every diagnostic collected on the way. */
export function buildReport(input: ReportInput): Report {
  const runs = [...input.runs].sort(compareRuns).map((run) => {
    const share = runBudgetShare(run, input.budget);
    return share === undefined ? run : { ...run, budgetShare: share };
  });
  const components = sumComponents(runs);
  const totals = {
    itEnergyKWh: runs.reduce((sum, r) => sum + r.itEnergyKWh * r.repeats, 0),
    energyKWh: runs.reduce((sum, r) => sum + r.energyKWh, 0),
    emissionsKg: runs.reduce((sum, r) => sum + r.emissionsKg, 0),
    components
  };
  const found = [...input.diagnostics, ...budgetOverflow(input.budget, totals)];
  // Capped per file and code before sorting, so the first ones found of a kind are the ones kept.
  const diagnostics = sortDiagnostics(capDiagnostics(dedupeDiagnostics(found)));
  const inputValid = !hasErrors(diagnostics);
  const budget = budgetUse(input.budget, totals);
  const config: ConfigUse = input.config ?? { file: null, searched: [] };
  return {
    schemaVersion: 1,
    tool: { name: 'carbon-gate', version: input.toolVersion },
    status: input.policy
      ? inputValid
        ? worstStatus(input.policy.budgets)
        : 'invalid'
      : budgetStatus(budget, inputValid),
    inputValid,
    totals,
    budget,
    config,
    ...(input.policy ? { policy: input.policy, changes: input.changes ?? null } : {}),
    runs,
    equivalents: equivalents(totals.emissionsKg),
    methodology: {
      notes: [...methodologyNotes(runs), ...configNote(config), ...(input.extraNotes ?? [])],
      sources: collectSources(runs, input.extraSources ?? [])
    },
    diagnostics
  };
}

/**
 * The note that names the budget config read, or says where none was found, so that a budget
 * missing because the config was not where the check looked is never silent. None when the
 * adapter looked nowhere (a caller of the core with no config).
 */
function configNote(config: ConfigUse): string[] {
  if (config.file !== null) return [`Budget config read from ${config.file}.`];
  if (config.searched.length === 0) return [];
  return [`No budget config read: none at ${listOr(config.searched)}.`];
}

/** `a`, `a or b`, `a, b or c`. */
function listOr(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Orders runs by manifest path, then position in the file, then name. */
function compareRuns(a: RunResult, b: RunResult): number {
  return (
    compareText(a.manifest, b.manifest) ||
    a.position.line - b.position.line ||
    a.position.column - b.position.column ||
    compareText(a.name, b.name)
  );
}

/** Code-point order: unlike localeCompare, independent of the machine's ICU data and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sums component energies over runs. */
function sumComponents(runs: readonly RunResult[]): ComponentEnergy {
  const total: ComponentEnergy = { gpuKWh: 0, cpuKWh: 0, memoryKWh: 0, otherKWh: 0, pueOverheadKWh: 0 };
  for (const run of runs) {
    total.gpuKWh += run.components.gpuKWh;
    total.cpuKWh += run.components.cpuKWh;
    total.memoryKWh += run.components.memoryKWh;
    total.otherKWh += run.components.otherKWh;
    total.pueOverheadKWh += run.components.pueOverheadKWh;
  }
  return total;
}

/** Drops exact duplicates (the same problem found by two stages), keeping the first. */
function dedupeDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.severity, d.code, d.message, d.file, d.line, d.column]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `a`, `b` and 3 more: names of runs, bounded so that a note stays one line. */
function nameList(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMES_IN_NOTE).map((n) => `"${n}"`);
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/** A source as a phrase: "name, year". */
function sourcePhrase(source: SourceRef): string {
  return source.year !== undefined ? `${source.name}, ${source.year}` : source.name;
}

/**
 * The methodology notes: the formulas, the method of each run, every distinct grid intensity and
 * PUE with where it came from, and the unit conversions. Distinct values, not runs, set the
 * length, so a report of 500 runs in one region has a short footnote.
 */
function methodologyNotes(runs: readonly RunResult[]): string[] {
  const notes: string[] = [];
  const estimated = runs.filter((r) => r.method === 'estimated');
  const measured = runs.filter((r) => r.method === 'measured');
  notes.push(
    'Estimated IT power (W) = GPU count x rated W + CPU count x rated W (or cores x W per core) + memory GB x W per GB, ' +
      'times utilization; a whole-machine `power:` is a measured average and replaces the components without utilization.',
    'IT energy (kWh) = IT power x hours / 1000 for one training; facility energy = IT energy x PUE x repeats; ' +
      'emissions (kg CO2e) = facility energy x grid intensity (g/kWh) / 1000.'
  );
  if (estimated.length > 0) {
    notes.push(`Estimated from rated power (${estimated.length}): ${nameList(estimated.map((r) => r.name))}.`);
  }
  if (measured.length > 0) {
    notes.push(
      `Measured from power logs (${measured.length}): ${nameList(measured.map((r) => r.name))}; ` +
        'measured energy is used instead of the estimate, and each run states its coverage of wall time.'
    );
  }
  const intensities = new Map<string, RunResult[]>();
  for (const run of runs) {
    const i = run.sources.intensity;
    const key = `${i.key}\u0000${i.intensityGPerKWh}\u0000${i.source.name}`;
    intensities.set(key, [...(intensities.get(key) ?? []), run]);
  }
  for (const group of intensities.values()) {
    const i = group[0].sources.intensity;
    notes.push(
      `Grid intensity ${round(i.intensityGPerKWh)} g/kWh for ${i.label} (${sourcePhrase(i.source)}): ` +
        `${nameList(group.map((r) => r.name))}.`
    );
  }
  // Time-resolved series replace the intensity above hour by hour; it stays for hours they lack.
  const series = new Map<string, RunResult[]>();
  for (const run of runs) {
    const t = run.measurement?.timeResolvedIntensity;
    if (!t) continue;
    const key = `${t.label}\u0000${t.source.name}`;
    series.set(key, [...(series.get(key) ?? []), run]);
  }
  for (const group of series.values()) {
    const t = group[0].measurement?.timeResolvedIntensity as NonNullable<MeasurementSummary['timeResolvedIntensity']>;
    notes.push(
      `Time-resolved intensity ${t.label} (${sourcePhrase(t.source)}): each hour's measured energy x PUE x that hour's g/kWh, ` +
        `the grid intensity above for hours without a value: ${nameList(group.map((r) => r.name))}.`
    );
  }
  const pues = new Map<string, RunResult[]>();
  for (const run of runs) {
    const key = `${run.pue}\u0000${run.sources.pue.source.name}`;
    pues.set(key, [...(pues.get(key) ?? []), run]);
  }
  for (const group of pues.values()) {
    const p = group[0].sources.pue;
    notes.push(`PUE ${round(group[0].pue)} (${sourcePhrase(p.source)}): ${nameList(group.map((r) => r.name))}.`);
  }
  for (const run of measured) {
    for (const note of run.measurement?.notes ?? []) notes.push(`"${run.name}": ${note}`);
  }
  notes.push(
    `Conversions: 1 lb = ${KG_PER_LB} kg (exact), 1 t = 1,000 kg, 1 kWh = 3.6 MJ, 1 lb/kWh = ${round(KG_PER_LB * 1000)} g/kWh. ` +
      'Equivalents: total emissions in lb divided by the lb CO2e of each comparison in Strubell et al. (2019), Table 1.'
  );
  return notes;
}

/** Rounds for a note to 6 significant digits, so binary noise does not show in text. */
function round(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** Every source used, once, ordered by name: the runs', the extras, and Table 1's. */
function collectSources(runs: readonly RunResult[], extra: readonly SourceRef[]): SourceRef[] {
  const all: SourceRef[] = [STRUBELL_2019_TABLE1, ...extra];
  for (const run of runs) {
    all.push(run.sources.intensity.source, run.sources.pue.source);
    for (const h of run.sources.hardware) all.push(h.source);
    const series = run.measurement?.timeResolvedIntensity;
    if (series) all.push(series.source);
  }
  const byKey = new Map<string, SourceRef>();
  for (const source of all) {
    const key = JSON.stringify([source.name, source.url ?? '', source.year ?? '']);
    if (!byKey.has(key)) byKey.set(key, source);
  }
  return [...byKey.values()].sort((a, b) => compareText(a.name, b.name) || compareText(a.url ?? '', b.url ?? ''));
}
