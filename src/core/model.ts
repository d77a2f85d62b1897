/**
 * The data model shared by every stage of the core: what a manifest describes (RunSpec), the
 * values it resolves to (hardware powers, grid intensity, PUE, each with its source), what a run
 * costs (RunResult), and the report the adapters render (Report).
 *
 * Units live in names: `powerW`, `energyKWh`, `durationS`, `emissionsKg`, `intensityGPerKWh`.
 */
import type { Diagnostic, Position } from './diagnostics.js';
import type { IntensitySeries } from './intensity-series.js';
import type { WindowSpec } from './ledger/window.js';
import type { TraceByteLimits } from './traces/limits.js';
import type { OffloadedFile, OffloadRequest } from './traces/parts.js';

/** Where a number comes from: every TDP, intensity and PUE carries one. */
export interface SourceRef {
  /** Short human name, e.g. "NVIDIA A100 datasheet" or "Ember via @tgwf/co2". */
  name: string;
  url?: string;
  /** Licence of the data, e.g. "CC BY 4.0", "Apache-2.0", "MIT", "ODbL", "public domain (fact)". */
  licence: string;
  /** Year the value describes, where known. */
  year?: number;
}

/** A GPU or CPU power given in the manifest, by catalogue model name or explicit watts. */
export interface DeviceSpec {
  /** Model name as written (catalogue lookup happens in the resolve stage). */
  model?: string;
  /** Explicit rated power of one device, W; replaces the catalogue value. */
  watts?: number;
  /** Number of devices (default 1). */
  count: number;
  /** CPU only: number of cores, used with the per-core default when no model or watts is given. */
  cores?: number;
}

/**
 * One training run as the manifest describes it, defaults applied and every quantity converted to
 * the unit in its name. Nothing here is looked up yet.
 */
export interface RunSpec {
  /** Path of the manifest file, as the adapter named it. */
  manifest: string;
  name: string;
  /** Position of the run's entry (its `name` key) in the manifest. */
  position: Position;
  /** Positions of the run's fields, keyed by dotted path (`gpu.model`, `duration`, ...). */
  fieldPositions: Record<string, Position>;
  gpu?: DeviceSpec;
  cpu?: DeviceSpec;
  memoryGB?: number;
  /** Measured average total draw of the whole machine, W; replaces gpu/cpu/memory. */
  powerW?: number;
  /** Fraction of rated power drawn, 0 < u <= 1 (default 1). */
  utilization: number;
  durationS?: number;
  /** Identical trainings (tuning, sweeps, NAS); default 1. */
  repeats: number;
  /** Location key as written: ISO country, grid zone, `aws:|gcp:|azure:` region, or a preset. */
  location?: string;
  /** Explicit grid intensity; replaces the location's. */
  intensityGPerKWh?: number;
  pue?: number;
  /** Trace globs, relative to the manifest's folder. */
  traces: string[];
  /** Trace options the manifest gives (format, column map, timezone, gap threshold). */
  traceOptions?: TraceOptions;
  /**
   * Hourly intensity series file (`intensity-series:`), as written: relative to the manifest's
   * folder, read through the trace reader. Weights a measured run's energy hour by hour.
   */
  intensitySeries?: string;
}

/** Options for reading a run's power logs. */
export interface TraceOptions {
  /** Force a format instead of detecting it from content. */
  format?: string;
  /** Column names for header-less logs, or a map from our field names to the log's headers. */
  columns?: string[] | Record<string, string>;
  /** IANA zone or `+HH:MM` offset for timestamps that carry none (nvidia-smi); default UTC. */
  timezone?: string;
  /** Gaps longer than this are not bridged; default derived from the sampling interval. */
  maxGapS?: number;
}

/** A parsed manifest file. */
export interface Manifest {
  file: string;
  version: 1;
  name?: string;
  runs: RunSpec[];
  /**
   * Runs that have errors, built from their valid fields only. They are never computed; later
   * stages check the names in them (GPU, CPU, location), so one pass reports every problem.
   */
  rejectedRuns?: RunSpec[];
}

/** Budget limits and the warning threshold. */
export interface BudgetSpec {
  emissionsKg?: number;
  energyKWh?: number;
  /** Fraction of a limit at which the status becomes `warn` (default 0.8). */
  warnAtFraction: number;
  /** Where the budget was set, for the report ("--budget", ".github/carbon-budget.yml"). */
  origin?: string;
  /** Where each limit is written, when it comes from a config file: a diagnostic about it points there. */
  at?: { emissionsKg?: Position; energyKWh?: Position };
}

/** Settings from a config file (e.g. `.github/carbon-budget.yml`), before CLI/input overrides. */
export interface Config {
  file?: string;
  budget?: Partial<BudgetSpec>;
  /** Default location for runs that name none. */
  location?: string;
  /**
   * Where each value is written in `file`, keyed by its path in the config (`location`, `budget`,
   * `budget.emissions`, `budget.energy`, `budget.warn-at`), so that a diagnostic or note about a
   * value from the config points at its line. Present for the values that were read.
   */
  positions?: Partial<Record<ConfigPath, Position>>;
  /**
   * The budget policy the file sets (budgets, coverage, waivers), defaults filled; absent while the
   * policy file is not parsed (see docs/policy.md).
   */
  policy?: Policy;
}

/** The paths of a config's values, as {@link Config.positions} keys them. */
export type ConfigPath = 'location' | 'budget' | 'budget.emissions' | 'budget.energy' | 'budget.warn-at';

/** A catalogued accelerator or CPU. */
export interface HardwareSpec {
  /** Canonical name, e.g. "NVIDIA A100-SXM4-40GB". */
  name: string;
  kind: 'gpu' | 'cpu' | 'accelerator';
  /** Rated board power (TDP), W. */
  tdpW: number;
  source: SourceRef;
}

/** A resolved grid intensity. */
export interface IntensityValue {
  intensityGPerKWh: number;
  /** What it is: "Germany (DEU)", "GCP europe-west4 (Netherlands)", "explicit". */
  label: string;
  /** The key it was resolved from, normalised (e.g. "DEU", "US-CAL-CISO", "gcp:europe-west4"). */
  key: string;
  source: SourceRef;
}

/** A resolved PUE. */
export interface PueValue {
  pue: number;
  source: SourceRef;
}

/** IT energy by component, kWh: what the hardware drew, without the facility's overhead. */
export interface ItComponentEnergy {
  gpuKWh: number;
  cpuKWh: number;
  memoryKWh: number;
  /** Whole-machine measured power (`power:`) or traces that are not split by component. */
  otherKWh: number;
}

/** Energy by component for all repeats. IT components exclude PUE; their sum plus the PUE
 * overhead is the run's facility energy. */
export interface ComponentEnergy extends ItComponentEnergy {
  /** Facility overhead: IT energy x (PUE - 1). Zero where the source already includes PUE. */
  pueOverheadKWh: number;
}

/** How a measured run's energy was obtained from its logs. */
export interface MeasurementSummary {
  /** Trace files read, as the adapter named them. */
  files: string[];
  /** Formats detected, e.g. ["nvidia-smi-csv"]. */
  formats: string[];
  /** Devices integrated (GPU index/uuid, per file/host). */
  devices: number;
  samples: number;
  droppedSamples: number;
  /** Measured time / wall time, 0..1. */
  coverage: number;
  wallTimeS: number;
  measuredTimeS: number;
  /**
   * The last power sample's time, ISO 8601 UTC: when the training ended (the ledger's `spentAt`
   * for a measured run). Absent where the traces have no clock times (relative times only).
   */
  lastSampleAt?: string;
  /** IT energy of one training from the logs, kWh (before PUE and repeats). */
  itEnergyKWh: number;
  /** True where the log's energy already includes a PUE (CodeCarbon `*_energy`). */
  pueIncluded: boolean;
  /** Plain-language statements of what was done (integration, gaps, PUE handling). */
  notes: string[];
  /** Energy weighted by a time-resolved intensity, where one was given: kg per training. */
  timeResolvedEmissionsKg?: number;
  /** Which time-resolved intensity weighted the energy, and how much of it; absent without one. */
  timeResolvedIntensity?: TimeResolvedIntensity;
}

/**
 * What a measurement says beyond its summary, for the calculation only (the report does not carry
 * it). A measurement stage that cannot tell a part leaves it out.
 */
export interface MeasuredDetail {
  /** IT energy of one training by component, kWh; absent: all of it counts as `other`. */
  components?: ItComponentEnergy;
  /** The part of the IT energy whose logs already include a PUE (CodeCarbon `*_energy`), kWh. */
  pueIncludedKWh?: number;
  /** The PUE values that part includes, where the logs name them (CodeCarbon's `pue` column). */
  includedPues?: number[];
}

/** A run's IT energy placed in clock hours, for time-resolved intensity. */
export interface HourlyEnergy {
  /**
   * UTC hour start (ms) -> IT kWh in that hour, one training. Sums to the summary's `itEnergyKWh`
   * less `untimedEnergyKWh`.
   */
  energyByHourKWh: Map<number, number>;
  /** IT energy of logs without wall-clock times, kWh: it has no hour. */
  untimedEnergyKWh: number;
}

/**
 * A run's measured energy as one object, so that nothing is copied field by field on its way to
 * the report: the summary is what the report carries (with the time-resolved fields added once a
 * series weights it); `detail` and `hourly` feed the calculation only.
 */
export interface MeasuredEnergy {
  summary: MeasurementSummary;
  /** Absent: the energy is not split by component and `summary.pueIncluded` says the PUE part. */
  detail?: MeasuredDetail;
  /** Absent: no hour is known, and all the energy is weighted at the run's annual intensity. */
  hourly?: HourlyEnergy;
}

/** Where a run's hourly intensity series came from. */
export type IntensitySeriesOrigin = 'manifest' | 'override' | 'provider';

/**
 * The time-resolved intensity behind a measured run's emissions: each hour's IT energy times that
 * hour's g/kWh; energy in hours the series lacks (or without wall-clock times) at the fallback.
 */
export interface TimeResolvedIntensity {
  /** What the series is: a file path as named, or "Electricity Maps DE". */
  label: string;
  source: SourceRef;
  /** `manifest` (`intensity-series:`), `override` (--intensity-series / input), `provider` (Electricity Maps). */
  origin: IntensitySeriesOrigin;
  /** Share of the run's IT energy weighted by its own hour's intensity, 0..1. */
  coveredFraction: number;
  /** Hours that drew energy and had a series value. */
  coveredHours: number;
  /** Hours that drew energy but had no series value (they use the fallback). */
  missingHours: number;
  /** IT energy of logs without wall-clock times, kWh per training (it uses the fallback). */
  untimedEnergyKWh: number;
  /** The annual (or explicit) intensity used where the series has no value, g/kWh. */
  fallbackIntensityGPerKWh: number;
  /** Energy-weighted mean intensity over the run, g/kWh: the run's `intensityGPerKWh`. */
  effectiveIntensityGPerKWh: number;
}

/** What one run costs. */
export interface RunResult {
  manifest: string;
  name: string;
  position: Position;
  method: 'estimated' | 'measured';
  /** Human description of the hardware, e.g. "8 x NVIDIA A100-SXM4-40GB, 2 x AMD EPYC 7742". */
  hardware: string;
  durationS?: number;
  utilization: number;
  repeats: number;
  pue: number;
  intensityGPerKWh: number;
  /** IT power of the machine while training, W (estimated runs). */
  itPowerW?: number;
  /** IT energy of one training, kWh. */
  itEnergyKWh: number;
  /** Facility energy for all repeats, kWh = IT x PUE x repeats. */
  energyKWh: number;
  emissionsKg: number;
  components: ComponentEnergy;
  /** Share of the budget this run uses (emissions where set, else energy); absent without budget. */
  budgetShare?: number;
  sources: {
    intensity: IntensityValue;
    pue: PueValue;
    hardware: HardwareSpec[];
  };
  measurement?: MeasurementSummary;
  /** The manifest's estimate beside the measurement, where the manifest describes hardware. */
  estimate?: { energyKWh: number; emissionsKg: number; ratioEstimateToMeasured: number };
}

/**
 * Status of the budget verdict: `pass`, `warn` (near a limit), `fail` (over a limit), or `invalid`
 * (the input has errors, so there is no verdict: nothing was judged against the budget).
 */
export type Status = 'pass' | 'warn' | 'fail' | 'invalid';

/** A relatable comparison from Strubell et al. 2019, Table 1. */
export interface Equivalent {
  label: string;
  /** The comparison's emissions in the paper, lb CO2e. */
  referenceLb: number;
  /** The report's total emissions as a multiple of the reference. */
  ratio: number;
}

/** Which budget config a check read, and where it looked. */
export interface ConfigUse {
  /** The config file read, relative to the folder the check ran in; `null` when none was read. */
  file: string | null;
  /** The paths looked at, nearest first; empty when the adapter looked nowhere. */
  searched: string[];
}

/** The report: the one result every renderer and adapter reads. Deterministic for given inputs. */
export interface Report {
  schemaVersion: 1;
  tool: { name: 'carbon-gate'; version: string };
  status: Status;
  /** False when any input error was found; status is then `invalid`. */
  inputValid: boolean;
  totals: {
    itEnergyKWh: number;
    energyKWh: number;
    emissionsKg: number;
    components: ComponentEnergy;
  };
  budget: {
    emissionsKg?: number;
    energyKWh?: number;
    warnAtFraction: number;
    /** Fractions used (0..); `usedFraction` is the larger of those set. */
    emissionsFraction?: number;
    energyFraction?: number;
    usedFraction?: number;
    origin?: string;
  } | null;
  /**
   * The budget config: the file read (`null` when none was), and every path looked at for it, in
   * order, relative to the folder the check ran in. Both adapters fill it alike.
   */
  config: ConfigUse;
  /**
   * The policy's verdicts, one per budget, and the base they were judged against (docs/policy.md).
   * `waivers` is the waiver policy that applied (the base's config where it has one, so a PR cannot
   * loosen who may waive it); the action judges the waiver label by it.
   */
  policy?: {
    budgets: BudgetVerdict[];
    base: { ref: string; sha?: string } | null;
    waivers?: WaiverPolicy;
  } | null;
  /** Each run's change against the base; null without a base. */
  changes?: RunChange[] | null;
  runs: RunResult[];
  equivalents: Equivalent[];
  /** Method statements and data sources, for the methodology footnote. */
  methodology: { notes: string[]; sources: SourceRef[] };
  diagnostics: Diagnostic[];
}

/** A text input and the path it came from. */
export interface TextInput {
  file: string;
  text: string;
}

/** How the core reaches trace files without doing I/O itself: the adapter supplies this. */
export interface TraceReader {
  /** Expands one of a manifest's trace globs (relative to the manifest's folder) into paths. */
  list(manifestFile: string, pattern: string): Promise<{ files: string[]; diagnostics: Diagnostic[] }>;
  /**
   * Streams a file's bytes (the core decompresses `.gz` itself). A stream can fail only by
   * throwing, when it is opened or midway: to have its own diagnostic reported as it is (an
   * `io/not-found`, not a generic read failure), the reader throws a `TraceAccessError`
   * (src/core/traces/access.ts) carrying it. Any other error is reported as `traces/read-failed`
   * with its message.
   */
  open(file: string): AsyncIterable<Uint8Array>;
  /**
   * Optional: reads the file on other threads, in parts replayed in order (src/core/traces/parts.ts);
   * undefined where it is read with `open` instead (small, gzip, or a problem `open` reports).
   */
  offload?(file: string, request: OffloadRequest): Promise<OffloadedFile | undefined>;
}

/** Everything `analyze` needs; the adapters build it from files, flags and action inputs. */
export interface AnalyzeInput {
  manifests: TextInput[];
  /** Budget/config file (e.g. `.github/carbon-budget.yml`), if one exists. */
  config?: TextInput;
  /**
   * Every path the adapter looked for the config at, in order (a named config: that path alone;
   * the default: each folder up to the repository root), for the report's `config`. Absent: only
   * `config` itself, when given.
   */
  configSearched?: string[];
  /** CLI flags / action inputs; they override the config file. */
  overrides?: { budget?: string; warnAt?: string; location?: string; timezone?: string };
  /** carbon-gate's version, for the report. */
  toolVersion: string;
  /** Present when traces can be read; without it, runs with traces fall back to the estimate. */
  traces?: TraceReader;
  /**
   * Limits on the bytes the traces of all runs decode (per file, together, gzip ratio), from the
   * `trace-limits` option; unset ones take their defaults (src/core/traces/limits.ts).
   */
  traceLimits?: Partial<TraceByteLimits>;
  /** Problems the adapter already found (unreadable files, globs that match nothing). */
  diagnostics?: Diagnostic[];
  /**
   * An hourly intensity CSV from the `--intensity-series` flag / `intensity-series` input, for
   * measured runs whose manifest names none. Parsed by the core (zone-less times in the run's
   * trace timezone).
   */
  intensitySeries?: TextInput;
  /**
   * Fetches hourly intensities for measured runs that have no series file (Electricity Maps); the
   * adapter supplies it, so the network stays out of the core.
   */
  intensityProvider?: IntensityProvider;
  /**
   * The change's base (a pull request's base commit, `--base <ref>`, a merge group's base), when
   * the adapter could read it: the same manifests as they are there, judged with the same data,
   * so that `change` budgets judge what the change adds.
   */
  base?: BaseSnapshot;
  /**
   * Manifests read from elsewhere (an artifact) that are byte for byte a manifest committed at the
   * change's head (or, without a change, at the commit the artifact's run built): their name ->
   * that committed manifest's name. Budgets' `paths:` select such a manifest by the committed name
   * (its artifact name says nothing about where it lives), and the ledger records it under it.
   */
  committedAs?: Record<string, string>;
  /** The ledger, for `scope: window` budgets; absent: not read (window budgets say so). */
  ledger?: LedgerInput;
  /** The adapter's clock (ms since the epoch), for window budgets: the core never reads the clock. */
  nowMs?: number;
}

/** A request for hourly intensities: one grid zone over whole UTC hours. */
export interface IntensityRequest {
  /** Electricity Maps zone key, e.g. "DE", "US-CAL-CISO". */
  zone: string;
  /** Start of the first hour and end of the last, ms since the Unix epoch. */
  startMs: number;
  endMs: number;
}

/** A provider's answer: the series, or one sentence (free of secrets) saying why there is none. */
export type IntensityAnswer = { ok: true; series: IntensitySeries } | { ok: false; message: string };

/** Fetches hourly intensities for a zone and range; never throws (a failure is an answer). */
export interface IntensityProvider {
  /** Name for messages and notes, e.g. "Electricity Maps". */
  name: string;
  fetch(request: IntensityRequest): Promise<IntensityAnswer>;
}

/**
 * What a budget limits: what a change adds (`change`), each run alone (`run`), everything (`total`),
 * or the ledger's spend in a window plus what the change adds (`window`).
 */
export type BudgetScope = 'change' | 'run' | 'total' | 'window';

/** One budget of the policy. */
export interface BudgetRule {
  /** Unique within the policy: `[A-Za-z0-9._-]{1,64}`. */
  name: string;
  scope: BudgetScope;
  /** Globs on manifest paths (repository-relative); absent: every manifest. */
  paths?: string[];
  emissionsKg?: number;
  energyKWh?: number;
  /** `change` only: the largest growth relative to the base footprint of the same manifests (0.2 = 20%). */
  increaseFraction?: number;
  /** `window` only (and required there): the rolling or calendar window of the ledger's spend. */
  window?: WindowSpec;
  warnAtFraction: number;
  /** Where the rule comes from: the config file, or "--budget / budget input". */
  origin: string;
  /** The rule's `name:` (or the `budget:` block) in the config. */
  at?: Position;
}

/** Measured runs whose logs cover too little of their declared duration. */
export interface CoveragePolicy {
  /** 0..1; default 0.9. */
  minFraction: number;
  below: 'fail' | 'warn';
  at?: Position;
}

/** A collaborator's role on the repository, weakest first. */
export type RepoPermission = 'read' | 'triage' | 'write' | 'maintain' | 'admin';

/** Who may waive a failing verdict with the label. */
export interface WaiverPolicy {
  /** Undefined: the adapter's default (the action's `override-label` input). */
  label?: string;
  /** Default `write`. */
  minPermission: RepoPermission;
  /** Default false: the PR's author cannot waive their own PR. */
  allowAuthor: boolean;
  /** `org/team-slug` entries whose members may waive too. */
  teams: string[];
  at?: Position;
}

/** The budget policy of a config file, defaults filled. */
export interface Policy {
  /** Empty: no budget (status pass). */
  budgets: BudgetRule[];
  coverage?: CoveragePolicy;
  waivers: WaiverPolicy;
  /** The `ledger:` key: where window budgets read the ledger; absent: the defaults. */
  ledger?: LedgerPolicy;
}

/** The `ledger:` key of the policy. */
export interface LedgerPolicy {
  /** The ledger branch; default `carbon-ledger`. */
  branch: string;
  /** What a missing or unreadable ledger does to a window budget; default `warn`. */
  missing: 'warn' | 'fail';
  at?: Position;
}

/**
 * The ledger as the adapter read it, for window budgets: its shards (`ledger/YYYY-MM.jsonl`) and
 * where they came from ("branch carbon-ledger at 1a2b3c4"), or one sentence saying why it could not
 * be read. No shard at all (no branch yet: `shards: []`) is a missing ledger.
 */
export type LedgerInput = { shards: TextInput[]; source: string } | { unreadable: string };

/**
 * The change's base, read by the adapter: the manifests as they are at the base commit, named as
 * the head names them, and a reader of files as they are there.
 */
export interface BaseSnapshot {
  /** The base commit as the report names it: a short SHA, or the ref given to `--base`. */
  ref: string;
  /** The full commit SHA, where known. */
  sha?: string;
  /** Every manifest that exists at the base (unchanged ones with the head's text). */
  manifests: TextInput[];
  /** Reads traces and series as they are at the base; absent: base runs with traces are estimated. */
  traces?: TraceReader;
  /** The policy file as it is at the base, when it exists there (it then applies, not the head's). */
  config?: TextInput;
  /** Manifest paths the change touches (added, modified, removed; both names of a rename). */
  changedManifests: string[];
  /** Problems met reading the base. */
  diagnostics: Diagnostic[];
}

/** How a run differs between the base and the head. */
export type ChangeKind = 'added' | 'changed' | 'removed' | 'unchanged';

/** One run's change, matched by manifest path and run name. */
export interface RunChange {
  manifest: string;
  run: string;
  kind: ChangeKind;
  /** Absent when added. */
  base?: { emissionsKg: number; energyKWh: number };
  /** Absent when removed. */
  head?: { emissionsKg: number; energyKWh: number };
  deltaEmissionsKg: number;
  deltaEnergyKWh: number;
  /** delta / base emissions, where the base is above zero. */
  deltaFraction?: number;
}

/** One budget's verdict. */
export interface BudgetVerdict {
  name: string;
  scope: BudgetScope;
  /** `window` budgets: the window as the policy writes it (`90d`, `quarter`). */
  period?: string;
  paths?: string[];
  limit: { emissionsKg?: number; energyKWh?: number; increaseFraction?: number };
  used: { emissionsKg: number; energyKWh: number; increaseFraction?: number };
  /** For `run`: the run that uses most. */
  worstRun?: { manifest: string; run: string };
  /** The largest of the fractions set. */
  usedFraction: number;
  warnAtFraction: number;
  status: 'pass' | 'warn' | 'fail';
  /** The base already exceeded this budget and the change did not make it worse. */
  preExisting: boolean;
  /** One sentence when something needs saying ("no base to compare with"). */
  note?: string;
  /**
   * The `coverage` row only: the policy's minimum and the measured runs whose logs cover less of
   * their declared duration (its `used`/`limit` amounts are zero: coverage is no amount).
   */
  coverage?: { minFraction: number; runs: { manifest: string; run: string; coverageFraction: number }[] };
  /**
   * The `window` rows only, when the ledger was read: the window, the ledger's spend in it, what the
   * change adds (clamped at zero), what remains of the limits, and when the oldest counted spending
   * leaves the window (ISO 8601 UTC; absent when nothing is counted).
   */
  window?: {
    window: string;
    startsAt: string;
    spent: { emissionsKg: number; energyKWh: number };
    change: { emissionsKg: number; energyKWh: number };
    remaining: { emissionsKg?: number; energyKWh?: number };
    records: number;
    oldestLeavesAt?: string;
    source: string;
  };
  origin: string;
  at?: Position;
}
