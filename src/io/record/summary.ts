/**
 * What a recording measured, read back through the same trace pipeline `carbon-gate check` uses
 * (measureTraces over a confined TraceReader), logger by logger: the energy, and the coverage of
 * each logger against the command's wall time. Coverage is per logger because the pipeline counts
 * time during which *any* device was measured: a GPU logger that died halfway beside a CPU sampler
 * that did not would otherwise still show 100%.
 */
import { formatDuration, formatEnergy, formatPercent } from '../../core/format.js';
import { measureTraces } from '../../core/traces/index.js';
import { createTraceReader } from '../trace-reader.js';

/** One logger's files, named relative to the output folder. */
export interface LoggerFiles {
  /** What it measured, for the summary: `GPU`, `CPU`. */
  label: string;
  files: string[];
}

/** One logger's measurement. */
export interface LoggerSummary {
  label: string;
  /** IT energy, kWh. */
  energyKWh: number;
  /** Time measured / the command's wall time, 0..1. */
  coverage: number;
  measuredTimeS: number;
  devices: number;
  /** Error messages of the measurement (a log that could not be read); empty when it is usable. */
  errors: string[];
}

/** What the whole recording measured. */
export interface RecordingSummary {
  /** IT energy of every logger, kWh (before PUE). */
  energyKWh: number;
  /** The command's wall time, s. */
  wallTimeS: number;
  loggers: LoggerSummary[];
}

/**
 * Measures each logger's files in `outDir` against the wall time `wallTimeS`. Loggers without
 * files are left out. Never throws: a log that cannot be read is an error message in its logger.
 */
export async function summarizeRecording(
  outDir: string,
  loggers: readonly LoggerFiles[],
  wallTimeS: number
): Promise<RecordingSummary> {
  const reader = createTraceReader(outDir);
  const results: LoggerSummary[] = [];
  for (const logger of loggers.filter((l) => l.files.length > 0)) {
    const m = await measureTraces(
      logger.files.map((f) => ({ path: f, open: () => reader.open(f) })),
      wallTimeS > 0 ? { wallTimeS } : {}
    );
    results.push({
      label: logger.label,
      energyKWh: m.summary.itEnergyKWh,
      coverage: m.summary.coverage,
      measuredTimeS: m.summary.measuredTimeS,
      devices: m.summary.devices,
      errors: m.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)
    });
  }
  return { energyKWh: results.reduce((s, l) => s + l.energyKWh, 0), wallTimeS, loggers: results };
}

/**
 * The one line the record command ends with, e.g. `2.22 Wh measured (GPU 1.67 Wh, CPU 0.556 Wh)
 * over 40 s, coverage GPU 50%, CPU 100%`. Without any logger: says nothing was
 * measured.
 */
export function recordingLine(summary: RecordingSummary): string {
  const over = `over ${formatDuration(summary.wallTimeS)}`;
  if (summary.loggers.length === 0) return `nothing measured ${over} (no logger ran)`;
  const parts = summary.loggers.map((l) => `${l.label} ${formatEnergy(l.energyKWh)}`).join(', ');
  const coverage = summary.loggers.map((l) => `${l.label} ${formatPercent(l.coverage)}`).join(', ');
  return `${formatEnergy(summary.energyKWh)} measured (${parts}) ${over}, coverage ${coverage}`;
}
