/**
 * Measured energy from power logs: `measureTraces` streams every file of a run (gzip or not),
 * detects its format from its content, integrates it exactly, and returns the energy with its
 * coverage, the samples it dropped and why, an hourly split for time-resolved intensity, and
 * plain-language notes of each choice it made. It reads bytes only through the `TraceFile`s it is
 * given; the adapters do the file I/O.
 */
import { J_PER_KWH } from '../units.js';
import { formatBytes, formatDuration, formatEnergy, formatNumber, formatPercent } from '../format.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { excerpt } from '../excerpt.js';
import type { HourlyEnergy, MeasuredDetail, MeasuredEnergy, MeasurementSummary } from '../model.js';
import { TraceAccessError } from './access.js';
import { detectFormat, formatById } from './formats/index.js';
import { DROP_REASON_TEXT, fileDiagnostics } from './file-findings.js';
import {
  DEFAULT_MAX_POWER_W,
  GAP_FACTOR,
  Integrator,
  MAX_HOUR_BUCKETS,
  MAX_HOUR_PIECES,
  MAX_DEFAULT_GAP_S,
  MAX_SPAN_S,
  WARMUP_INTERVALS
} from './integrator.js';
import { budgetSpent, createTraceBudget, raiseHint, type TraceBudget } from './limits.js';
import { replayParts, type OffloadedFile, type OffloadRequest } from './parts.js';
import { decode, headText } from './stream.js';
import { resolveZone, type Zone } from './timezone.js';
import type { DropReason, TraceFormat } from './types.js';

/** Every diagnostic code of the trace measurement (`measureTraces`) (documented in docs/diagnostics/traces.md). */
export const MEASURE_CODES = [
  'traces/bad-timezone',
  'traces/bad-option',
  'traces/unknown-format-option',
  'traces/no-files',
  'traces/read-failed',
  'traces/empty-file',
  'traces/unknown-format',
  'traces/no-samples',
  'traces/low-coverage',
  'traces/longer-than-declared',
  'traces/mixed-pue',
  'traces/limit-file-bytes',
  'traces/limit-total-bytes',
  'traces/limit-compression-ratio',
  'traces/too-many-hours'
] as const;

/** One trace file: its path (for diagnostics and device keys) and a way to stream its bytes. */
export interface TraceFile {
  path: string;
  /**
   * A fresh stream of the file's raw bytes (gzip is detected and decoded by the core). It may
   * throw a {@link TraceAccessError}, whose diagnostic is then reported as it is.
   */
  open(): AsyncIterable<Uint8Array>;
  /**
   * Optional: the file read elsewhere (worker threads), its parser's calls recorded in parts and
   * replayed here in order (./parts.ts), so the result is the single-threaded one. Undefined when
   * it is better read here (small, gzip, not a plain file): then `open` is used.
   */
  offload?(request: OffloadRequest): Promise<OffloadedFile | undefined>;
}

/**
 * Files whose reading elsewhere may start before the file being measured is done: enough to keep
 * a pool of threads busy across small files, few enough to bound the open files.
 */
const OFFLOAD_LOOKAHEAD_FILES = 8;

/** How to read and judge a run's traces. */
export interface MeasureOptions {
  /** Zone of timestamps that carry none: `UTC` (default), `+05:30`, or an IANA name. */
  timezone?: string;
  /** A format id (see FORMATS) instead of detection, for every file. */
  format?: string;
  /** Column names of header-less logs (a list), or our roles → the log's headers (a map). */
  columns?: string[] | Record<string, string>;
  /** Gaps longer than this (s) are not bridged; default 5 x each device's median interval. */
  maxGapS?: number;
  /** Coverage below this fraction is warned about; default 0.9. */
  minCoverage?: number;
  /** The run's declared duration, s: the wall time coverage is measured against, where given. */
  wallTimeS?: number;
  /** Plausible maximum power of one device, W; default 2,000 (GPU/CPU/memory) or 20,000 (whole machine). */
  maxPowerW?: number;
  /**
   * The bytes this check may still decode, shared by every run (see ./limits.ts); default a fresh
   * budget with the default limits. Crossing a limit is an error on the file.
   */
  budget?: TraceBudget;
}

/**
 * The measured energy of a run's traces, with what was done to get it: the summary the report
 * carries, built once here, and the parts only the calculation uses, each a whole object that the
 * later stages pass on as it is.
 */
export interface Measurement extends MeasuredEnergy {
  summary: MeasurementSummary;
  /** The split by component (sums to `summary.itEnergyKWh`) and the part whose logs include a PUE. */
  detail: Required<MeasuredDetail>;
  /** The energy by UTC hour; energy of logs without wall-clock times cannot be placed in hours. */
  hourly: HourlyEnergy;
  diagnostics: Diagnostic[];
}

/**
 * Default coverage below which a run is warned about. A choice, not a published figure: unmeasured
 * time is energy the logs do not show, and past a tenth of the wall time that is larger than the
 * spread between nvidia-smi and NVML's own counter seen in our H200 fixture (a few %).
 */
export const DEFAULT_MIN_COVERAGE = 0.9;

/** The measurement of options that could not be used: nothing read, nothing measured. */
function emptyMeasurement(files: TraceFile[], diagnostics: Diagnostic[]): Measurement {
  return {
    summary: {
      files: files.map((f) => f.path),
      formats: [],
      devices: 0,
      samples: 0,
      droppedSamples: 0,
      coverage: 0,
      wallTimeS: 0,
      measuredTimeS: 0,
      itEnergyKWh: 0,
      pueIncluded: false,
      notes: []
    },
    detail: { components: { gpuKWh: 0, cpuKWh: 0, memoryKWh: 0, otherKWh: 0 }, pueIncludedKWh: 0, includedPues: [] },
    hourly: { energyByHourKWh: new Map(), untimedEnergyKWh: 0 },
    diagnostics
  };
}

/** Checks the options; returns the problems as error diagnostics, and the zone where usable. */
function checkOptions(options: MeasureOptions): { diagnostics: Diagnostic[]; zone?: Zone } {
  const out: Diagnostic[] = [];
  const resolved = resolveZone(options.timezone);
  if ('error' in resolved) out.push(diagnostic('error', 'traces/bad-timezone', resolved.error));
  const positive = (name: keyof MeasureOptions, v: number | undefined): void => {
    if (v !== undefined && !(Number.isFinite(v) && v > 0))
      out.push(
        diagnostic(
          'error',
          'traces/bad-option',
          `${name} must be a positive number of ${name === 'maxPowerW' ? 'watts' : 'seconds'}; got ${v}.`
        )
      );
  };
  positive('maxGapS', options.maxGapS);
  if (options.maxGapS !== undefined && options.maxGapS > MAX_SPAN_S) {
    out.push(
      diagnostic(
        'error',
        'traces/bad-option',
        `maxGapS must be at most ${MAX_SPAN_S} s (366 days); got ${options.maxGapS}.`
      )
    );
  }
  positive('wallTimeS', options.wallTimeS);
  positive('maxPowerW', options.maxPowerW);
  if (options.minCoverage !== undefined && !(options.minCoverage >= 0 && options.minCoverage <= 1)) {
    out.push(
      diagnostic(
        'error',
        'traces/bad-option',
        `minCoverage must be a fraction from 0 to 1; got ${options.minCoverage}.`
      )
    );
  }
  return { diagnostics: out, zone: 'zone' in resolved ? resolved.zone : undefined };
}

/** The first non-blank line, as a short excerpt: the file may hold anything (a secret, too). */
function firstLineOf(head: string): string {
  return excerpt(head.split('\n').find((l) => l.trim() !== '') ?? '');
}

/**
 * The reader's own diagnostic, as it is, where the error is a {@link TraceAccessError}: it says
 * more than "could not read" (`io/outside-root`, `io/not-found`, ...).
 */
function accessDiagnostic(e: unknown): Diagnostic | undefined {
  return e instanceof TraceAccessError ? e.diagnostic : undefined;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Measures a run's energy from its trace files. Files are read one after another, streaming;
 * devices are keyed by file and device id, so files from many hosts add up. Problems come back as
 * diagnostics (never thrown): an error means part of the traces could not be measured, and the
 * caller must not present the energy as the run's.
 */
export async function measureTraces(files: TraceFile[], options: MeasureOptions): Promise<Measurement> {
  const { diagnostics, zone } = checkOptions(options);
  let forced: TraceFormat | undefined;
  if (options.format !== undefined) {
    const f = formatById(options.format);
    if ('error' in f) diagnostics.push(diagnostic('error', 'traces/unknown-format-option', f.error));
    else forced = f.format;
  }
  if (files.length === 0) diagnostics.push(diagnostic('error', 'traces/no-files', 'No trace files to measure.'));
  if (zone === undefined || diagnostics.some((d) => d.severity === 'error'))
    return emptyMeasurement(files, diagnostics);

  const integrator = new Integrator({ maxGapS: options.maxGapS, maxPowerW: options.maxPowerW });
  const formats: string[] = [];
  const budget = options.budget ?? createTraceBudget();
  const unread: string[] = [];
  const request: OffloadRequest = {
    ...(options.format !== undefined ? { format: forced?.id } : {}),
    ...(options.timezone !== undefined ? { timezone: options.timezone } : {}),
    ...(options.columns !== undefined ? { columns: options.columns } : {})
  };
  const offloads: (Promise<OffloadedFile | undefined> | undefined)[] = [];
  const startOffload = (i: number): void => {
    const f = files[i];
    if (offloads[i] === undefined && f.offload) offloads[i] = f.offload(request).catch(() => undefined);
  };
  try {
    for (let i = 0; i < files.length; i++) {
      for (let j = i; j < Math.min(files.length, i + OFFLOAD_LOOKAHEAD_FILES); j++) startOffload(j);
      const offloaded = await offloads[i];
      if (offloaded !== undefined) {
        offloads[i] = undefined;
        const done = await measureOffloaded(offloaded, files[i], { integrator, budget, unread, formats });
        offloaded.release();
        if (done) continue;
      }
      await measureHere(files[i], { integrator, budget, unread, formats, forced, diagnostics, zone, options });
    }
  } finally {
    // Files started ahead and not measured (an error above): released unread.
    for (const o of offloads) void o?.then((f) => f?.release());
  }

  if (unread.length > 0) diagnostics.push(unreadDiagnostic(unread, budget));

  const r = integrator.finish();
  for (const account of r.files) {
    const fileDiags = fileDiagnostics(account);
    const hasOtherError = account.diagnostics.hasErrors();
    for (const d of fileDiags) {
      if (hasOtherError && d.code === 'traces/no-samples') continue;
      diagnostics.push(d);
    }
  }

  const declared = options.wallTimeS;
  const wallTimeS = declared ?? r.spanS;
  const measuredTimeS = r.measuredS;
  const coverage = wallTimeS > 0 ? Math.min(1, measuredTimeS / wallTimeS) : 0;
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
  if (r.devices > 0 && coverage < minCoverage) {
    diagnostics.push(
      diagnostic(
        'warning',
        'traces/low-coverage',
        `The traces cover ${formatPercent(coverage)} of the run's wall time (${formatDuration(measuredTimeS)} of ${formatDuration(wallTimeS)}${declared !== undefined ? ', the declared duration' : ''}), below ${formatPercent(minCoverage)}: the measured energy leaves out the unmeasured time.`
      )
    );
  }
  if (declared !== undefined && measuredTimeS > declared * 1.01) {
    diagnostics.push(
      diagnostic(
        'notice',
        'traces/longer-than-declared',
        `The traces measure ${formatDuration(measuredTimeS)}, more than the declared duration of ${formatDuration(declared)}; all of it is counted and coverage is capped at 100%.`
      )
    );
  }
  const pueIncludedKWh = r.pueIncludedJ / J_PER_KWH;
  const itEnergyKWh = r.energyJ / J_PER_KWH;
  if (r.pueIncludedJ > 0 && r.pueIncludedJ < r.energyJ) {
    diagnostics.push(
      diagnostic(
        'warning',
        'traces/mixed-pue',
        `${formatEnergy(pueIncludedKWh)} of the ${formatEnergy(itEnergyKWh)} measured comes from logs whose energy already includes a PUE, and the rest does not: apply a PUE only to the rest.`
      )
    );
  }

  if (r.unplacedJ > 0) {
    diagnostics.push(
      diagnostic(
        'warning',
        'traces/too-many-hours',
        `The traces span more clock hours than are split for time-resolved intensity (at most ${formatNumber(MAX_HOUR_BUCKETS)} distinct hours, ten years, and ${formatNumber(MAX_HOUR_PIECES)} hour pieces in all): ${formatEnergy(r.unplacedJ / J_PER_KWH)} of the energy is counted but not placed in hours, and is weighted at the run's annual intensity.`
      )
    );
  }
  const notes = buildNotes(r, options, { wallTimeS, measuredTimeS, coverage, declared });
  const energyByHourKWh = new Map<number, number>();
  for (const [hour, j] of r.hoursJ) energyByHourKWh.set(hour, j / J_PER_KWH);
  // The key order here is the order of `measurement` in the report's JSON.
  const summary: MeasurementSummary = {
    files: files.map((f) => f.path),
    formats,
    devices: r.devices,
    samples: r.samples,
    droppedSamples: r.dropped,
    coverage,
    wallTimeS,
    measuredTimeS,
    ...(r.lastSampleMs === undefined ? {} : { lastSampleAt: new Date(r.lastSampleMs).toISOString() }),
    itEnergyKWh,
    pueIncluded: r.energyJ > 0 && r.pueIncludedJ === r.energyJ,
    notes
  };
  return {
    summary,
    detail: {
      components: {
        gpuKWh: r.componentsJ.gpu / J_PER_KWH,
        cpuKWh: r.componentsJ.cpu / J_PER_KWH,
        memoryKWh: r.componentsJ.memory / J_PER_KWH,
        otherKWh: r.componentsJ.other / J_PER_KWH
      },
      pueIncludedKWh,
      includedPues: r.includedPues
    },
    hourly: { energyByHourKWh, untimedEnergyKWh: (r.untimedJ + r.unplacedJ) / J_PER_KWH },
    diagnostics
  };
}

/** What measuring one file works with and adds to. */
interface FileContext {
  integrator: Integrator;
  budget: TraceBudget;
  /** Files left unread because the check's byte limit was reached. */
  unread: string[];
  /** Formats met so far, in order. */
  formats: string[];
}

/**
 * Measures a file read elsewhere in parts; false when it must be read here after all (it could
 * cross a byte limit, where the single-threaded read stops at an exact block).
 */
async function measureOffloaded(offloaded: OffloadedFile, file: TraceFile, c: FileContext): Promise<boolean> {
  const { budget, integrator } = c;
  if (budgetSpent(budget)) {
    c.unread.push(file.path);
    return true;
  }
  const format = formatById(offloaded.format);
  if ('error' in format) return false;
  const { maxFileBytes, maxTotalBytes } = budget.limits;
  if (offloaded.sizeBytes > maxFileBytes || budget.usedBytes + offloaded.sizeBytes > maxTotalBytes) return false;
  if (!c.formats.includes(offloaded.format)) c.formats.push(offloaded.format);
  integrator.beginFile(file.path, format.format);
  budget.usedBytes += await replayParts(offloaded, integrator, file.path);
  integrator.endFile();
  return true;
}

/** Measures one file on this thread, streaming it. */
async function measureHere(
  file: TraceFile,
  c: FileContext & {
    forced: TraceFormat | undefined;
    diagnostics: Diagnostic[];
    zone: Zone;
    options: MeasureOptions;
  }
): Promise<void> {
  const { integrator, budget, forced, diagnostics, zone, options, formats } = c;
  const at = { file: file.path };
  if (budgetSpent(budget)) {
    // Not even opened: what was read before already reached the limit for the whole check.
    c.unread.push(file.path);
    return;
  }
  let decoded;
  try {
    decoded = await decode(file.open(), { budget, file: file.path });
  } catch (e) {
    diagnostics.push(
      accessDiagnostic(e) ??
        diagnostic('error', 'traces/read-failed', `Could not read this trace file: ${errorMessage(e)}.`, at)
    );
    return;
  }
  const head = headText(decoded.head);
  if (decoded.head.length === 0 || head.trim() === '') {
    await decoded.close();
    diagnostics.push(
      diagnostic(
        'error',
        'traces/empty-file',
        `This trace file is empty${decoded.gzip ? ' once decompressed' : ''}: its energy cannot be measured.`,
        at
      )
    );
    return;
  }
  const format = forced ?? detectFormat(head, file.path);
  if (format === undefined) {
    await decoded.close();
    diagnostics.push(
      diagnostic(
        'error',
        'traces/unknown-format',
        `Could not tell this trace's format from its content (first line: "${firstLineOf(head)}"): expected nvidia-smi --query-gpu CSV, nvidia-smi dmon, or a CSV/JSON Lines log with a timestamp and a power or energy column; name it with the trace format option.`,
        { file: file.path, line: 1 }
      )
    );
    return;
  }
  if (!formats.includes(format.id)) formats.push(format.id);
  integrator.beginFile(file.path, format);
  if (decoded.gzip) integrator.note(`${file.path}: gzip-compressed, decoded while streaming.`);
  try {
    await format.parse(decoded.chunks, integrator, {
      file: file.path,
      zone,
      columns: options.columns,
      devicePrefix: `${file.path}#`
    });
  } catch (e) {
    // A truncated gzip or a read error mid-file: what was read before it still counts.
    integrator.report(
      accessDiagnostic(e) ??
        diagnostic(
          'error',
          'traces/read-failed',
          `Reading stopped at an error (${errorMessage(e)}); the samples before it are integrated, the rest of the file is not.`,
          at
        )
    );
    await decoded.close().catch(() => undefined);
  }
  integrator.endFile();
}

/** Files left unread because the check's byte limit was reached, named up to a few. */
function unreadDiagnostic(unread: readonly string[], budget: TraceBudget): Diagnostic {
  const named = unread.slice(0, 5).map((f) => `"${f}"`);
  const more = unread.length > named.length ? ` and ${unread.length - named.length} more` : '';
  const limit = budget.limits.maxTotalBytes;
  return diagnostic(
    'error',
    'traces/limit-total-bytes',
    `${unread.length} trace file${unread.length === 1 ? ' was' : 's were'} not read (${named.join(', ')}${more}): the trace files read before reached ${formatBytes(limit)}, the limit for all trace files of one check, so the measured energy is not used. If the files are genuine, raise the limit with ${raiseHint('total', formatBytes(limit * 2))}.`
  );
}

function buildNotes(
  r: ReturnType<Integrator['finish']>,
  options: MeasureOptions,
  c: { wallTimeS: number; measuredTimeS: number; coverage: number; declared: number | undefined }
): string[] {
  const notes: string[] = [];
  const nFiles = r.files.length;
  const kinds = new Set(r.kinds);
  const how: string[] = [];
  if (kinds.has('power')) how.push('power by the trapezoid rule over time-sorted samples');
  if (kinds.has('counter'))
    how.push(
      'energy counters by summing their increases (a decrease is a wrap where the counter range is known, else a reset after which the new reading is the energy since the reset; readings are bridged across gaps because the counter integrates in hardware)'
    );
  if (kinds.has('interval'))
    how.push("energy the logger had already integrated over each row's interval, added as logged");
  notes.push(
    `Energy is integrated per device (${r.devices} device${r.devices === 1 ? '' : 's'} in ${nFiles} file${nFiles === 1 ? '' : 's'}; devices of different files are kept apart) and summed: ${how.join('; ') || 'no samples were usable'}.`
  );
  if (kinds.has('power')) {
    const gaps = r.files.reduce((n, a) => n + a.gaps.count, 0);
    const gapS = r.files.reduce((n, a) => n + a.gaps.totalMs, 0) / 1000;
    const rule =
      options.maxGapS !== undefined
        ? `longer than ${formatDuration(options.maxGapS)} (the configured maximum)`
        : `longer than ${GAP_FACTOR} x the device's median sampling interval over its first ${WARMUP_INTERVALS} intervals, at most ${formatDuration(MAX_DEFAULT_GAP_S)}${r.gapThresholdsS.length > 0 ? ` (${r.gapThresholdsS.map(formatDuration).join(', ')})` : ''}`;
    notes.push(
      `Power gaps ${rule} are not bridged: ${gaps === 0 ? 'there were none' : `${gaps} gap${gaps === 1 ? '' : 's'}, ${formatDuration(gapS)} of device time, count as unmeasured`}.`
    );
  }
  notes.push(
    `Coverage ${formatPercent(c.coverage)}: ${formatDuration(c.measuredTimeS)} during which at least one device was measured, of a wall time of ${formatDuration(c.wallTimeS)} (${c.declared !== undefined ? 'the declared duration' : r.relativeOnly ? 'first to last sample, in relative time' : 'first to last sample over all devices'}).`
  );
  const byReason = new Map<DropReason, number>();
  for (const a of r.files)
    for (const [reason, t] of a.drops) byReason.set(reason, (byReason.get(reason) ?? 0) + t.count);
  notes.push(
    r.dropped === 0
      ? `No sample was dropped.`
      : `Dropped ${r.dropped} sample${r.dropped === 1 ? '' : 's'}: ${[...byReason].map(([reason, n]) => `${n} with ${DROP_REASON_TEXT[reason]}`).join('; ')}.`
  );
  notes.push(
    options.maxPowerW !== undefined
      ? `Power above ${options.maxPowerW} W per device is implausible and dropped (configured).`
      : `Power above ${DEFAULT_MAX_POWER_W.gpu} W per GPU, CPU or memory device, or ${DEFAULT_MAX_POWER_W.other} W per whole-machine log, is implausible and dropped; so are negative, non-numeric, duplicate-time and out-of-order samples.`
  );
  notes.push(
    `Energy is split into UTC clock hours for time-resolved intensity; a trapezoid that crosses an hour boundary is cut there with the power interpolated linearly.`
  );
  if (r.untimedJ > 0)
    notes.push(
      `${formatEnergy(r.untimedJ / J_PER_KWH)} comes from logs without wall-clock times: counted, but not placed in hours.`
    );
  if (r.pueIncludedJ > 0)
    notes.push(
      `${formatEnergy(r.pueIncludedJ / J_PER_KWH)} comes from logs whose energy already includes a PUE; it must not be multiplied by a PUE again.`
    );
  for (const a of r.files) for (const n of a.notes) notes.push(n);
  return notes;
}
