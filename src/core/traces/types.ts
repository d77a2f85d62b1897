/**
 * The contract between trace-format parsers and the integrator. Parsers stream bytes and push
 * samples into a sink; they allocate no per-row objects, so a 1 GB log is read at disk speed in
 * constant memory.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Zone } from './timezone.js';

/** Why a sample was not used; counted per reason and reported. */
export type DropReason =
  | 'unavailable' // [N/A], [Not Supported], blank, DCGM blank sentinels
  | 'non-numeric'
  | 'negative'
  | 'implausible' // above the device's plausible maximum
  | 'duplicate-time'
  | 'out-of-order'
  | 'bad-timestamp'
  | 'malformed-row';

/** Receives samples from a parser. `line` is the 1-based line in the file (0 where none). */
export interface SampleSink {
  /** A power reading of one device at a time: integrated by trapezoid per device. */
  power(device: string, timeMs: number, powerW: number, line: number, component?: Component): void;
  /**
   * Many power samples at once, optional (a parser may call `power` per sample instead): sample i
   * is device `devices[slots[i]]` at `timesMs[i]` with `powersW[i]`, from line `lines[i]`, in the
   * order read. Typed arrays keep a fast parser's loop free of per-sample calls and boxed numbers.
   * `devices` may grow between calls (same array) or be replaced.
   */
  powerBatch?(
    devices: readonly string[],
    slots: Int32Array,
    timesMs: Float64Array,
    powersW: Float64Array,
    lines: Float64Array,
    count: number
  ): void;
  /**
   * A cumulative energy counter reading of one device, in joules. A decrease is a reset, or a
   * wrap where `wrapJ` is known: `wrapJ` is the counter's modulus (for RAPL,
   * `(max_energy_range_uj + 1) / 1e6`), so a decrease adds `energyJ - previous + wrapJ`.
   */
  counter(device: string, timeMs: number, energyJ: number, line: number, wrapJ?: number, component?: Component): void;
  /** Energy already integrated by the logger over [startMs, endMs] (CodeCarbon rows). */
  interval(
    device: string,
    startMs: number,
    endMs: number,
    energyKWh: number,
    line: number,
    component?: Component
  ): void;
  /** A row or value that was not used. */
  drop(reason: DropReason, line: number, detail?: string): void;
  /** A problem that is not a single dropped value (bad header, unknown column map). */
  report(diagnostic: Diagnostic): void;
  /**
   * A plain-language statement of a choice the parser made (which column it integrated), for the
   * report's notes. Optional so that simple test sinks need not implement it.
   */
  note?(text: string): void;
  /**
   * Declares, before its first sample, that a device's times are relative (a log without wall-clock
   * timestamps, e.g. `nvidia-smi dmon` without `-o DT`): its energy counts, but it is not placed in
   * hours and does not set the run's wall time.
   */
  untimed?(device: string, reason: string): void;
  /**
   * Overrides the format's `pueIncluded` for the current file: CodeCarbon's energy includes its
   * own `pue`, but where that is 1.0 (its default, and before 2.3 the only value) the energy is
   * plain IT energy, and the run's PUE must be applied once. `pues`: the PUE values above 1 the
   * file's energy includes, for messages that name them.
   */
  pueIncluded?(included: boolean, pues?: readonly number[]): void;
}

/** Which part of the machine a device's energy belongs to. */
export type Component = 'gpu' | 'cpu' | 'memory' | 'other';

/** Options every parser receives. */
export interface ParseOptions {
  /** Path as the adapter named it, for diagnostics. */
  file: string;
  /**
   * Zone of timestamps that carry none; default UTC. `measureTraces` resolves the run's setting
   * (`UTC`, `+05:30`, `Europe/Berlin`) once and reports an unusable one before any parser runs, so
   * a parser never sees a bad zone.
   */
  zone?: Zone;
  /** Column names for header-less logs, or a map from our field names to the log's headers. */
  columns?: string[] | Record<string, string>;
  /** Device key prefix that keeps devices of different files/hosts apart. */
  devicePrefix: string;
}

/** A log format: recognises its content and streams it into a sink. */
export interface TraceFormat {
  /** Stable id, e.g. `nvidia-smi-csv`, `nvidia-smi-dmon`, `codecarbon`, `dcgm-prometheus`. */
  id: string;
  /** True when the first bytes of the (decompressed) file look like this format. */
  detect(head: string, fileName: string): boolean;
  /** Whether this format's energy already includes a PUE (CodeCarbon `*_energy`). */
  pueIncluded?: boolean;
  /** Component of its samples where a call names none (nvidia-smi: `gpu`); default `other`. */
  component?: Component;
  /**
   * A catch-all format (generic CSV, JSON Lines): `detectFormat` tries it only after every
   * specific format, so that e.g. CodeCarbon's CSV is not taken for a generic one.
   */
  generic?: boolean;
  parse(chunks: AsyncIterable<Uint8Array>, sink: SampleSink, options: ParseOptions): Promise<void>;
}
