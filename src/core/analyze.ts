/**
 * The whole pipeline, from texts to a Report: parse the config and the manifests, settle the
 * budget and the default location, resolve each run (hardware, intensity, PUE), measure it from
 * its traces where they can be read or estimate it otherwise, and assemble the report. The
 * adapters do the I/O and hand in texts and a trace reader; nothing here touches a file.
 */
import { DEFAULT_PUE, PROVIDER_PUE } from './catalog/index.js';
import { parseConfig } from './config.js';
import { diagnostic, type Diagnostic, type DiagnosticCode, type Position } from './diagnostics.js';
import { estimateRun, measuredRun, pueIncludedKWh, type ResolvedRun } from './estimate.js';
import { parseManifest } from './manifest/index.js';
import { formatDuration, formatEnergy, formatNumber, formatPue } from './format.js';
import type {
  AnalyzeInput,
  BaseSnapshot,
  Config,
  HourlyEnergy,
  MeasuredEnergy,
  MeasurementSummary,
  Policy,
  Report,
  RunResult,
  RunSpec,
  SourceRef,
  TextInput,
  TraceReader
} from './model.js';
import { runOverflow, RunTotals } from './overflow.js';
import { buildReport } from './report.js';
import { evaluatePolicy, type RunFacts } from './policy/evaluate.js';
import { readLedgerState, type LedgerState } from './ledger/read.js';
import { resolvePolicy } from './policy/resolve.js';
import { resolveRun, type DefaultLocation } from './resolve.js';
import { SeriesSource, weightMeasurement } from './time-resolved.js';
import { measureTraces } from './traces/index.js';
import type { OffloadRequest } from './traces/parts.js';
import { createTraceBudget, type TraceBudget } from './traces/limits.js';

/**
 * Every diagnostic code this stage emits itself (documented in docs/diagnostics/report.md); the
 * stages it calls have their own lists.
 */
export const ANALYZE_CODES = [
  'traces/not-read',
  'traces/no-match',
  'traces/unmeasured',
  'run/no-estimate',
  'run/default-pue',
  'run/pue-in-logs',
  'run/repeats-measured',
  'run/zero-intensity',
  'run/zero-watts',
  'run/zero-measured'
] as const;

/** Where a `--location` flag or `location` input comes from, as messages name it. */
const LOCATION_OVERRIDE_ORIGIN = '--location / location input';

/** What measuring a run from its traces gives: the measured energy, or diagnostics saying why not. */
export interface MeasureResult {
  /**
   * The measurement as one object, passed on as it is: its summary goes to the report. A stage
   * that leaves out `hourly` gets all its energy weighted at the run's annual intensity (and a
   * warning where a series applies).
   */
  measured?: MeasuredEnergy;
  diagnostics: Diagnostic[];
}

/** What every run's measurement shares: the default time zone, and the check's budget of decoded bytes. */
export interface MeasureRunOptions {
  timezone?: string;
  /** Counts the trace bytes of every run of one `analyze` call against the same limits. */
  budget?: TraceBudget;
}

/** Measures one run from its power logs, reading them through the adapter's reader. */
export type MeasureRun = (run: RunSpec, reader: TraceReader, options: MeasureRunOptions) => Promise<MeasureResult>;

/** Stages that can be swapped in {@link analyze}, e.g. by tests. */
export interface AnalyzeHooks {
  /** Reads a run's traces; default {@link measureRunTraces}. */
  measure?: MeasureRun;
}

/**
 * The default measurement stage: expands the run's trace globs through the reader, streams the
 * files through `measureTraces`, and returns the measurement unless any of it failed (an error
 * means part of the logs could not be measured, and a part must not pass for the whole run).
 * The manifest's `trace.timezone` beats the `--timezone` / `timezone` input: it is the more
 * specific of the two.
 */
const measureRunTraces: MeasureRun = async (spec, reader, options) => {
  const at = spec.fieldPositions['traces'] ?? spec.position;
  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  for (const pattern of spec.traces) {
    const listed = await reader.list(spec.manifest, pattern);
    for (const d of listed.diagnostics) diagnostics.push(d);
    for (const file of listed.files) if (!files.includes(file)) files.push(file);
  }
  if (files.length === 0) {
    if (diagnostics.length === 0) {
      const patterns = spec.traces.map((p) => `"${p}"`).join(', ');
      diagnostics.push(
        diagnostic('warning', 'traces/no-match', `Run "${spec.name}": its traces (${patterns}) match no file.`, at)
      );
    }
    return { diagnostics };
  }
  const trace = spec.traceOptions ?? {};
  // Everything but the diagnostics is the measured energy, passed on whole (never field by field).
  const { diagnostics: found, ...measured } = await measureTraces(
    files.map((path) => ({
      path,
      open: () => reader.open(path),
      ...(reader.offload ? { offload: (request: OffloadRequest) => reader.offload!(path, request) } : {})
    })),
    {
      timezone: trace.timezone ?? options.timezone,
      format: trace.format,
      columns: trace.columns,
      maxGapS: trace.maxGapS,
      wallTimeS: spec.durationS,
      ...(options.budget ? { budget: options.budget } : {})
    }
  );
  // Run-level findings (coverage, options) carry no file: place them at the run's `traces`.
  for (const d of found) {
    diagnostics.push(
      d.file
        ? d
        : { ...d, message: `Run "${spec.name}": ${d.message}`, file: at.file, line: at.line, column: at.column }
    );
  }
  if (found.some((d) => d.severity === 'error')) return { diagnostics };
  return { measured, diagnostics };
};

/**
 * Analyzes manifests against the budget policy and returns the report. Never throws for bad
 * input: every problem becomes a diagnostic, the report's `inputValid` is false and its status
 * `invalid`. With a base (`input.base`), the base's manifests go through the same pipeline with
 * the same data, so that the policy judges what the change adds (src/core/policy/evaluate.ts).
 */
export async function analyze(input: AnalyzeInput, hooks: AnalyzeHooks = {}): Promise<Report> {
  const diagnostics: Diagnostic[] = [...(input.diagnostics ?? [])];

  let config: Config | undefined;
  if (input.config) {
    const parsed = parseConfig(input.config.file, input.config.text);
    for (const d of parsed.diagnostics) diagnostics.push(d);
    config = parsed.config;
  }
  const baseConfig = readBaseConfig(input.base, diagnostics);
  // The base's policy applies when the base has one: a change cannot loosen its own policy.
  const resolved = resolvePolicy(baseConfig ?? config, input.overrides);
  for (const d of resolved.diagnostics) diagnostics.push(d);

  const headSeries = new SeriesSource(input);
  const head = await computeRuns(input.manifests, input, config, headSeries, hooks, diagnostics);
  let baseRuns: RunResult[] | null = null;
  if (input.base) {
    const baseDiagnostics: Diagnostic[] = [];
    const base = await computeRuns(
      input.base.manifests,
      { ...input, traces: input.base.traces },
      baseConfig ?? config,
      headSeries.sibling(input.base.traces),
      hooks,
      baseDiagnostics
    );
    baseRuns = base.runs;
    for (const d of input.base.diagnostics) diagnostics.push(d);
    for (const d of baseProblems(input.base.ref, baseDiagnostics)) diagnostics.push(d);
  }
  const ledger = windowLedger(resolved.policy, input, diagnostics);
  const outcome = evaluatePolicy({
    policy: resolved.policy,
    head: head.runs,
    base: baseRuns,
    facts: head.facts,
    ...(ledger ? { ledger } : {}),
    ...(input.nowMs !== undefined ? { nowMs: input.nowMs } : {}),
    ...(input.committedAs ? { committedAs: input.committedAs } : {})
  });
  for (const d of outcome.diagnostics) diagnostics.push(d);

  return buildReport({
    runs: head.runs,
    diagnostics,
    budget: resolved.budget,
    policy: {
      budgets: outcome.verdicts,
      base: input.base ? { ref: input.base.ref, ...(input.base.sha ? { sha: input.base.sha } : {}) } : null,
      // Who may waive, as the policy in force says: the action judges the waiver label by it.
      waivers: resolved.policy.waivers
    },
    changes: outcome.changes,
    toolVersion: input.toolVersion,
    extraSources: head.extraSources,
    extraNotes: head.notes,
    config: {
      file: input.config?.file ?? null,
      searched: input.configSearched ?? (input.config ? [input.config.file] : [])
    }
  });
}

/**
 * The ledger for the policy's `window` budgets, read only when it has one; a missing ledger is a
 * notice (a warning when the policy fails on it), an unreadable one a warning. The ledger's own
 * problems stay out of the report's diagnostics (they are no error of the change's input, and
 * `carbon-gate ledger verify` lists them): the first is quoted in the warning.
 */
function windowLedger(policy: Policy, input: AnalyzeInput, diagnostics: Diagnostic[]): LedgerState | undefined {
  if (!policy.budgets.some((rule) => rule.scope === 'window')) return undefined;
  const state = readLedgerState(input.ledger);
  const fails = policy.ledger?.missing === 'fail';
  const consequence = fails
    ? 'window budgets fail (`ledger: { missing: fail }`)'
    : 'window budgets are not judged (`ledger: { missing: warn }`)';
  if (state.kind === 'missing' || state.kind === 'not-read') {
    const why = state.kind === 'missing' ? `There is no ledger yet (${state.reason})` : 'The ledger was not read';
    diagnostics.push(diagnostic(fails ? 'warning' : 'notice', 'ledger/missing', `${why}: ${consequence}.`));
  } else if (state.kind === 'unreadable') {
    diagnostics.push(diagnostic('warning', 'ledger/unreadable', `${capitalise(state.reason)}: ${consequence}.`));
  }
  return state;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What computing one side's runs gives. */
interface ComputedRuns {
  runs: RunResult[];
  facts: Map<RunResult, RunFacts>;
  extraSources: SourceRef[];
  notes: string[];
}

/**
 * Parses, resolves and computes the runs of a set of manifests (the head's, or the base's with
 * its own trace reader): the same code for both, so that only the manifests make a difference.
 */
async function computeRuns(
  manifests: readonly TextInput[],
  input: AnalyzeInput,
  config: Config | undefined,
  series: SeriesSource,
  hooks: AnalyzeHooks,
  diagnostics: Diagnostic[]
): Promise<ComputedRuns> {
  const extraSources: SourceRef[] = [];
  const defaultLocation = pickDefaultLocation(config, input);
  const traceBudget = createTraceBudget(input.traceLimits);
  const runs: RunResult[] = [];
  const facts = new Map<RunResult, RunFacts>();
  const totals = new RunTotals();
  const onDefaultLocation: string[] = [];
  for (const text of manifests) {
    const parsed = parseManifest(text.file, text.text);
    for (const d of parsed.diagnostics) diagnostics.push(d);
    for (const d of checkRejectedRunNames(parsed.manifest?.rejectedRuns ?? [], defaultLocation)) diagnostics.push(d);
    for (const spec of parsed.manifest?.runs ?? []) {
      for (const d of zeroValueWarnings(spec)) diagnostics.push(d);
      const resolved = resolveRun(spec, defaultLocation);
      for (const d of resolved.diagnostics) diagnostics.push(d);
      for (const s of resolved.extraSources) extraSources.push(s);
      if (!resolved.run) continue;
      if (resolved.usedDefaultLocation) onDefaultLocation.push(spec.name);
      const computed = await computeRun(resolved.run, input, hooks, { series, traceBudget }, diagnostics);
      if (!computed) continue;
      const { result } = computed;
      // A result no double holds, alone or in the sum, is an error at its field, never a total.
      const overflow = runOverflow(resolved.run, result) ?? totals.add(result);
      if (overflow) {
        diagnostics.push(overflow);
        continue;
      }
      runs.push(result);
      for (const d of multiplierNotices(resolved.run, computed)) diagnostics.push(d);
      const tracesAt = spec.fieldPositions['traces'] ?? spec.position;
      facts.set(result, { declaresDuration: spec.durationS !== undefined, tracesAt });
      const zero = zeroMeasured(result, tracesAt);
      if (zero) diagnostics.push(zero);
    }
  }

  for (const d of series.finish()) diagnostics.push(d);
  const notes: string[] = [];
  if (defaultLocation && onDefaultLocation.length > 0) {
    notes.push(
      `Default location "${defaultLocation.location}" from ${defaultLocation.origin}, for runs that name none: ${onDefaultLocation.map((n) => `"${n}"`).join(', ')}.`
    );
  }
  return { runs, facts, extraSources, notes };
}

/**
 * The base's policy file, when the base has one that reads without errors. One that has errors
 * is reported (once, as a warning) and the head's applies: the base's check failed on it anyway.
 */
function readBaseConfig(base: BaseSnapshot | undefined, diagnostics: Diagnostic[]): Config | undefined {
  if (!base?.config) return undefined;
  const parsed = parseConfig(base.config.file, base.config.text);
  if (parsed.config) return parsed.config;
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error').length;
  diagnostics.push(
    diagnostic(
      'warning',
      'policy/base-config-invalid',
      `The budget config at the base (${base.ref}) has ${errors === 1 ? 'an error' : `${errors} errors`}, so the head's config applies.`,
      { file: base.config.file }
    )
  );
  return undefined;
}

/**
 * The base's own problems are not the change's: they are left out, except for one warning per
 * manifest whose base version has errors, since its runs that could not be computed there count
 * as added (in full) at the head.
 */
function baseProblems(ref: string, found: readonly Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const d of found) {
    if (d.severity !== 'error') continue;
    const file = d.file ?? '';
    counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  return [...counts].map(([file, errors]) =>
    diagnostic(
      'warning',
      'policy/base-invalid',
      `${file === '' ? 'The base' : `${file} at the base`} (${ref}) has ${errors === 1 ? 'an error' : `${errors} errors`}; runs that could not be computed there count as added, in full.`,
      file === '' ? undefined : { file }
    )
  );
}

/**
 * Warnings for values that make a run cost nothing: `intensity: 0 g/kWh`, `watts: 0` and a
 * whole-machine `power: 0 W`. Legal, and right for a test fixture, but in a real manifest they
 * hide a run from every budget.
 */
function zeroValueWarnings(spec: RunSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (key: string) => spec.fieldPositions[key] ?? spec.position;
  if (spec.intensityGPerKWh === 0) {
    out.push(
      diagnostic(
        'warning',
        'run/zero-intensity',
        `Run "${spec.name}": \`intensity\` is 0 g/kWh, so its emissions are zero whatever it draws; no grid is carbon-free over a year. Name a \`location\` instead, or the measured intensity.`,
        at('intensity')
      )
    );
  }
  for (const kind of ['gpu', 'cpu'] as const) {
    if (spec[kind]?.watts === 0) {
      out.push(
        diagnostic(
          'warning',
          'run/zero-watts',
          `Run "${spec.name}": \`${kind}.watts\` is 0, so its ${kind === 'gpu' ? 'GPUs' : 'CPUs'} count for nothing; give the rated power of one device (e.g. "400 W") or a \`model\`.`,
          at(`${kind}.watts`)
        )
      );
    }
  }
  if (spec.powerW === 0) {
    out.push(
      diagnostic(
        'warning',
        'run/zero-watts',
        `Run "${spec.name}": \`power\` is 0 W, so the run counts for nothing; give the measured average draw of the machine.`,
        at('power')
      )
    );
  }
  return out;
}

/** A warning when a run's logs read zero power over their whole span: nothing was measured. */
function zeroMeasured(run: RunResult, at: Position): Diagnostic | undefined {
  const m = run.measurement;
  if (!m || m.samples === 0 || m.itEnergyKWh !== 0) return undefined;
  return diagnostic(
    'warning',
    'run/zero-measured',
    `Run "${run.name}": its logs read zero power over their whole span (${m.samples} samples), so it counts for nothing; check that the logged column is the power draw.`,
    at
  );
}

/**
 * What the run's multipliers did, where the manifest may not expect it: a default PUE used (the
 * manifest states none and names no preset), a stated PUE replaced by the one the logs already include, and `repeats`
 * multiplying measured energy. Each once per run, at the field it is about.
 */
function multiplierNotices(run: ResolvedRun, computed: ComputedRun): Diagnostic[] {
  const { result, includedPues } = computed;
  const includedKWh = computed.pueIncludedKWh;
  const { spec } = run;
  const out: Diagnostic[] = [];
  const label = `Run "${spec.name}"`;
  const measurement = result.method === 'measured' ? result.measurement : undefined;
  const itKWh = measurement?.itEnergyKWh ?? result.itEnergyKWh;
  // `includedKWh`: the measured energy (one training) whose logs already carry a PUE, which the
  // run's PUE skips.
  const appliesRunPue = !(itKWh > 0 && includedKWh >= itKWh);
  const stated = spec.pue;
  // The generic 1.56 or a cloud provider's fleet value; a preset's PUE (strubell-2019's 1.58) is
  // part of the paper's numbers the preset reproduces, chosen with it, so it is not flagged.
  const isDefault = run.pue === DEFAULT_PUE || Object.values(PROVIDER_PUE).includes(run.pue);
  if (stated === undefined && isDefault && appliesRunPue) {
    const part = includedKWh > 0 ? `, applied to the ${formatEnergy(itKWh - includedKWh)} of logs that carry none` : '';
    out.push(
      diagnostic(
        'notice',
        'run/default-pue',
        `${label}: PUE ${formatPue(run.pue.pue)} is a default, not stated in the manifest: ${run.pue.source.name}${part}. To use the facility's own value, set \`pue:\` in the run or in \`defaults:\` (1.0 for a machine at home or in an office, which adds no data-centre cooling or power conversion).`,
        spec.position
      )
    );
  }
  if (stated !== undefined && includedKWh > 0) {
    const at = spec.fieldPositions['pue'] ?? spec.position;
    // "CodeCarbon's PUE 1.2" where the logs name it (several files may carry several values).
    const theirs =
      includedPues.length > 0
        ? `CodeCarbon's PUE ${includedPues.map(formatPue).join(' and ')}`
        : "CodeCarbon's own PUE (above 1; the report's notes name it)";
    const why = `CodeCarbon multiplied its \`pue\` setting into every \`*_energy\` value it logged, and a PUE is applied once`;
    const message = appliesRunPue
      ? `${label}: \`pue: ${formatPue(stated)}\` is applied only to ${formatEnergy(itKWh - includedKWh)} of the ${formatEnergy(itKWh)} measured per training; the other ${formatEnergy(includedKWh)} keeps ${theirs}, already in its logged energy, because ${why}. The run shows the effective PUE ${formatPue(result.pue)}.`
      : `${label}: \`pue: ${formatPue(stated)}\` is not applied: the PUE used is ${theirs}, already in the logged energy, because ${why}; the run shows PUE 1 ("already included"). To have ${formatPue(stated)} applied instead, log with CodeCarbon's \`pue\` at 1.0, its default.`;
    out.push(diagnostic('notice', 'run/pue-in-logs', message, at));
  }
  if (measurement && spec.repeats !== 1) {
    out.push(
      diagnostic(
        'notice',
        'run/repeats-measured',
        `${label}: the logged energy (${formatEnergy(itKWh)} per training, before PUE) is multiplied by \`repeats: ${formatNumber(spec.repeats)}\`. If the logs already cover every repeat (one log of the whole sweep), that counts them ${formatNumber(spec.repeats)} times: remove \`repeats\`, or keep one repeat's logs in \`traces\`.`,
        spec.fieldPositions['repeats'] ?? spec.position
      )
    );
  }
  return out;
}

/** Name problems that `resolveRun` finds; the only ones worth reporting for a run with errors. */
const NAME_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'hardware/unknown-gpu',
  'hardware/unknown-cpu',
  'hardware/no-rated-power',
  'location/unknown'
]);

/**
 * Runs with errors are not computed, but their GPU, CPU and location names are still looked up,
 * so a manifest with a bad duration and a misspelt GPU gets both errors in one pass. Other
 * resolve findings are left out: they may only follow from the fields that were refused.
 */
function checkRejectedRunNames(
  rejected: readonly RunSpec[],
  defaultLocation: DefaultLocation | undefined
): Diagnostic[] {
  return rejected.flatMap((spec) =>
    resolveRun(spec, defaultLocation).diagnostics.filter((d) => NAME_CODES.has(d.code))
  );
}

/**
 * The default location for runs that name none: the flag or input beats the config file, as every
 * override does; a run's own `location` (or its manifest's `defaults`) beats both. A location from
 * the config carries where the config writes it (through anchors and flow style alike), so its
 * note and any diagnostic about it name that line.
 */
function pickDefaultLocation(config: Config | undefined, input: AnalyzeInput): DefaultLocation | undefined {
  const override = input.overrides?.location?.trim();
  if (override) return { location: override, origin: LOCATION_OVERRIDE_ORIGIN };
  if (config?.location !== undefined) {
    const at: Partial<Position> | undefined =
      config.positions?.location ?? (config.file !== undefined ? { file: config.file } : undefined);
    return {
      location: config.location,
      origin: `the budget config${at ? ` ${place(at)}` : ''}`,
      ...(at ? { at } : {})
    };
  }
  return undefined;
}

/** `file:line:column`, the compiler convention, as far as the position goes. */
function place(at: Partial<Position>): string {
  return `${at.file ?? ''}${at.line !== undefined ? `:${at.line}${at.column !== undefined ? `:${at.column}` : ''}` : ''}`;
}

/** True when the manifest names a power source (GPU, CPU, memory or a whole-machine power). */
function hasPowerSource(spec: RunSpec): boolean {
  return spec.gpu !== undefined || spec.cpu !== undefined || spec.memoryGB !== undefined || spec.powerW !== undefined;
}

/** True when the manifest describes enough to estimate the run: a time and a power source. */
function canEstimate(spec: RunSpec): boolean {
  return spec.durationS !== undefined && hasPowerSource(spec);
}

/**
 * The estimate shown beside a measurement: over the declared duration, or, where the manifest
 * names hardware but no duration, over the logs' wall time, so estimate and measurement describe
 * the same stretch of time (and the report says so).
 */
function estimateBeside(
  run: ResolvedRun,
  estimate: RunResult | undefined,
  measurement: MeasurementSummary
): { estimate?: RunResult; measurement: MeasurementSummary } {
  if (estimate || !hasPowerSource(run.spec) || !(measurement.wallTimeS > 0)) return { estimate, measurement };
  const note = `The estimate beside the measurement uses the logs' wall time (${formatDuration(measurement.wallTimeS)}), since the manifest declares no \`duration\`.`;
  return {
    estimate: estimateRun(run, measurement.wallTimeS),
    measurement: { ...measurement, notes: [...measurement.notes, note] }
  };
}

/** A computed run, and how much of its measured energy (one training, kWh) already includes a PUE. */
interface ComputedRun {
  result: RunResult;
  pueIncludedKWh: number;
  /** The PUE values the logs say that energy includes (CodeCarbon's `pue`), where known. */
  includedPues: number[];
}

/**
 * One run's result: measured where its traces can be read (with the estimate beside it when the
 * manifest also describes the hardware), estimated otherwise, and left out with an error when
 * neither is possible (never a silent zero).
 */
async function computeRun(
  run: ResolvedRun,
  input: AnalyzeInput,
  hooks: AnalyzeHooks,
  shared: { series: SeriesSource; traceBudget: TraceBudget },
  diagnostics: Diagnostic[]
): Promise<ComputedRun | undefined> {
  const { spec } = run;
  const { series, traceBudget } = shared;
  const estimate = canEstimate(spec) ? estimateRun(run, spec.durationS as number) : undefined;
  // An estimated run has no timestamps: a series that would apply is set aside, with a notice.
  const estimated = (): ComputedRun | undefined => {
    if (!estimate) return undefined;
    for (const d of series.estimated(spec)) diagnostics.push(d);
    return { result: estimate, pueIncludedKWh: 0, includedPues: [] };
  };
  if (spec.traces.length === 0) {
    if (estimate) return estimated();
    diagnostics.push(
      diagnostic(
        'error',
        'run/no-estimate',
        `Run "${spec.name}" needs \`duration\` and a power source (\`gpu\`, \`cpu\`, \`memory\` or \`power\`) to be estimated.`,
        spec.position
      )
    );
    return undefined;
  }
  const at = spec.fieldPositions['traces'] ?? spec.position;
  const measure = hooks.measure ?? measureRunTraces;
  if (!input.traces) {
    if (estimate) {
      diagnostics.push(
        diagnostic(
          'notice',
          'traces/not-read',
          `Run "${spec.name}": its traces are not read here (no trace reader), so it is estimated from the manifest.`,
          at
        )
      );
      return estimated();
    }
    diagnostics.push(
      diagnostic(
        'error',
        'run/no-estimate',
        `Run "${spec.name}": its traces are not read here, and it has no \`duration\` with a power source to be estimated from instead.`,
        at
      )
    );
    return undefined;
  }
  const result = await measure(spec, input.traces, {
    timezone: input.overrides?.timezone,
    budget: traceBudget
  });
  for (const d of result.diagnostics) diagnostics.push(d);
  if (result.measured) {
    const { summary, detail } = result.measured;
    // Without hours, all of the energy is untimed: it is weighted at the run's own intensity.
    const hourly: HourlyEnergy = result.measured.hourly ?? {
      energyByHourKWh: new Map<number, number>(),
      untimedEnergyKWh: summary.itEnergyKWh
    };
    let measurement = summary;
    const chosen = await series.forMeasured(run, hourly);
    for (const d of chosen.diagnostics) diagnostics.push(d);
    if (chosen.series && chosen.origin) {
      const at =
        chosen.origin === 'manifest'
          ? (spec.fieldPositions['intensity-series'] ?? spec.position)
          : (spec.fieldPositions['location'] ?? spec.position);
      const weighted = weightMeasurement({
        runName: spec.name,
        measurement,
        hourly,
        series: chosen.series,
        origin: chosen.origin,
        fallback: run.intensity,
        at
      });
      for (const d of weighted.diagnostics) diagnostics.push(d);
      measurement = weighted.measurement;
    }
    const beside = estimateBeside(run, estimate, measurement);
    return {
      result: measuredRun(run, beside.measurement, beside.estimate, detail),
      pueIncludedKWh: pueIncludedKWh(beside.measurement, detail),
      includedPues: detail?.includedPues ?? []
    };
  }
  if (estimate) {
    diagnostics.push(
      diagnostic(
        'warning',
        'traces/unmeasured',
        `Run "${spec.name}": no energy could be measured from its traces (see the diagnostics above), so it is estimated from the manifest.`,
        at
      )
    );
    return estimated();
  }
  diagnostics.push(
    diagnostic(
      'error',
      'run/no-estimate',
      `Run "${spec.name}": no energy could be measured from its traces, and it has no \`duration\` with a power source to be estimated from instead.`,
      at
    )
  );
  return undefined;
}
