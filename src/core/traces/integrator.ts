/**
 * The exact integrator: turns the samples that parsers push into energy, per device, and keeps
 * account of everything it did not use.
 *
 * - Power: trapezoid per device over strictly increasing times. A gap longer than the device's
 *   threshold is not bridged: its energy is not guessed and its time is lost coverage.
 * - Counters: sum of increases; a decrease is a wrap (where the modulus is known) or a reset
 *   (the counter restarted from zero, so its new value is the energy since the reset). A counter
 *   integrates in hardware, so a gap between readings loses no energy and is bridged.
 * - Intervals: energy a logger already integrated (CodeCarbon), added as given.
 * - Energy is also split into clock hours (UTC), exactly: a trapezoid that crosses an hour
 *   boundary is cut there with the power interpolated linearly.
 *
 * Per-sample work is a few comparisons and additions, with no allocation, so the integrator keeps
 * up with the byte-level parsers.
 */
import { J_PER_KWH } from '../units.js';
import { DiagnosticCap } from '../diagnostic-cap.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Component, DropReason, SampleSink, TraceFormat } from './types.js';

/** Every diagnostic code of the integrator (one code per dropped-sample reason) (documented in docs/diagnostics/traces.md). */
export const INTEGRATOR_CODES = [
  'traces/dropped-unavailable',
  'traces/dropped-non-numeric',
  'traces/dropped-negative',
  'traces/dropped-implausible',
  'traces/dropped-duplicate-time',
  'traces/dropped-out-of-order',
  'traces/dropped-bad-timestamp',
  'traces/dropped-malformed-row',
  'traces/gap',
  'traces/counter-reset',
  'traces/counter-wrap',
  'traces/untimed',
  'traces/no-samples',
  'traces/no-interval'
] as const;

/** One clock hour, ms: the bucket of time-resolved intensity. */
const HOUR_MS = 3_600_000;

/**
 * Intervals whose median sets a device's default gap threshold (all of them if fewer): enough
 * for a stable median (about 17 minutes at 1 Hz), few enough to buffer while the file streams.
 */
export const WARMUP_INTERVALS = 1000;
/**
 * Default gap threshold = GAP_FACTOR x the device's median sampling interval: a logger that
 * misses up to four samples (a stalled `nvidia-smi -l`, jitter) is still bridged; a longer silence
 * is an outage whose power is unknown ...
 */
export const GAP_FACTOR = 5;
/**
 * ... but never more than 6 hours: two samples a day apart say nothing about the power between
 * them, and a log sampled hourly (jitter included) is still bridged.
 */
export const MAX_DEFAULT_GAP_S = 6 * 3600;
/**
 * The longest interval integrated at all (a configured gap threshold, a counter's or a logger's
 * interval): 366 days. Longer ones are no measurement, and would need that many hour buckets.
 */
export const MAX_SPAN_S = 366 * 86400;
/** Plausible maximum power of one device by component, W; above it a sample is dropped. */
export const DEFAULT_MAX_POWER_W: Readonly<Record<Component, number>> = {
  // The largest single accelerators draw about 1,000-1,200 W (B200 / GB200 per GPU); 2,000 W
  // leaves headroom for any GPU, CPU package or memory domain while still catching unit
  // mistakes (mW read as W) and sentinels.
  gpu: 2000,
  cpu: 2000,
  memory: 2000,
  // A whole machine (generic logs without a component): a dense 8-GPU server peaks near 10 kW.
  other: 20000
};
/**
 * Distinct clock hours the energy of one measurement is split into, at most: ten years of hours.
 * Timestamps may lie anywhere in 550,000 years, and a counter read once a year bridges 8,784
 * hours per reading; without a bound a small hostile log would fill memory with hour buckets.
 */
export const MAX_HOUR_BUCKETS = 10 * 366 * 24;
/**
 * Pieces (one interval's share of one hour) cut in all, at most: a bound on the work of the hour
 * split whatever the number of devices, far above what an honest log needs (a year of 1 Hz
 * samples of eight GPUs crosses 70,000 hour boundaries).
 */
export const MAX_HOUR_PIECES = 5_000_000;

/** Characters of a drop's detail (a quoted cell or value) kept for the diagnostic. */
const MAX_DETAIL_CHARS = 200;

/** Line numbers kept per reason for diagnostics; the rest are counted. */
export const EXAMPLE_LINES = 5;

/** The range of ECMAScript dates, +-8.64e15 ms: a time outside it is no clock's. */
const MAX_TIME_MS = 8.64e15;

/** ISO text of a time for messages (relative times read as from 1970). */
function isoTime(ms: number): string {
  return Math.abs(ms) <= MAX_TIME_MS ? new Date(ms).toISOString() : `${ms} ms`;
}
/** (p0 + p1) * dt with p in W and dt in ms is 2000 x joules. */
const TWO_W_MS_PER_J = 2000;

/** Settings of the integrator. */
export interface IntegratorOptions {
  /** Gaps longer than this (s) are not bridged; default GAP_FACTOR x the median interval. */
  maxGapS?: number;
  /** Plausible maximum power of one device, W; default by component (DEFAULT_MAX_POWER_W). */
  maxPowerW?: number;
}

/** How often one thing happened in a file, with the first lines (and details) as examples. */
interface ReasonTally {
  count: number;
  lines: number[];
  details: string[];
}

/** What happened in one file, for its diagnostics. */
export interface FileAccount {
  file: string;
  format: string;
  pueIncluded: boolean;
  /** The PUE values above 1 a reader said this file's energy includes (CodeCarbon's `pue`). */
  includedPues: number[];
  samples: number;
  dropped: number;
  /** Integrated intervals (power trapezoids, counter increases, logger intervals). */
  intervals: number;
  energyJ: number;
  drops: Map<DropReason, ReasonTally>;
  gaps: { count: number; totalMs: number; examples: { device: string; line: number; durationMs: number }[] };
  resets: ReasonTally;
  wraps: ReasonTally;
  notes: string[];
  untimed: string[];
  devices: Set<string>;
  /** The readers' own diagnostics, capped per code (a bad line repeated a million times is one kind). */
  diagnostics: DiagnosticCap;
}

/** How a device's samples are integrated. */
export type TrackKind = 'power' | 'counter' | 'interval';

class Track {
  n = 0;
  /** Time of the last accepted sample (ordering check), ms. */
  prevT = -Infinity;
  firstT = NaN;
  lastT = NaN;
  /** Last power (W) or counter value (J). */
  lastV = NaN;
  /** Energy: 2000 x J (see TWO_W_MS_PER_J), so a power trapezoid is one multiply-add. */
  energy2Wms = 0;
  gapMs = NaN;
  warmT: Float64Array | null = null;
  warmV: Float64Array | null = null;
  warmLine: Float64Array | null = null;
  warmN = 0;
  segStart = NaN;
  segments: number[] = [];
  hourStart = -Infinity;
  hourEnd = -Infinity;
  hourAcc = 0;
  intervals = 0;
  constructor(
    readonly key: string,
    readonly kind: TrackKind,
    readonly component: Component,
    readonly account: FileAccount,
    readonly maxPowerW: number,
    readonly untimed: boolean
  ) {}
}

/** Totals the integrator hands to `measureTraces`. */
export interface IntegrationResult {
  energyJ: number;
  componentsJ: Record<Component, number>;
  /** Energy of devices with relative times (not in `hoursJ`), J. */
  untimedJ: number;
  /** Energy of formats whose energy already includes a PUE, J. */
  pueIncludedJ: number;
  /** The PUE values that energy includes, where its readers named them, ascending, each once. */
  includedPues: number[];
  /**
   * Energy of timed devices left out of `hoursJ` because the hour split reached
   * MAX_HOUR_BUCKETS or MAX_HOUR_PIECES, J (counted in `energyJ`, weighted at the annual intensity).
   */
  unplacedJ: number;
  /** Hour-start epoch ms → J. */
  hoursJ: Map<number, number>;
  devices: number;
  samples: number;
  dropped: number;
  /** First to last sample over timed devices (or relative ones where none is timed), s. */
  spanS: number;
  /** Time during which at least one device was measured, s. */
  measuredS: number;
  /**
   * The last sample's time over timed devices, ms since the epoch (UTC): when the training ended.
   * Undefined when no device has clock times (relative times only, or no samples).
   */
  lastSampleMs?: number;
  /** True when the span and measured time come from relative (untimed) devices only. */
  relativeOnly: boolean;
  /** The gap thresholds used, s (distinct values, ascending). */
  gapThresholdsS: number[];
  /** Kinds of devices integrated. */
  kinds: TrackKind[];
  files: FileAccount[];
}

/**
 * Receives samples from the parsers (it is the SampleSink), one file after another: call
 * `beginFile` before a file's parser runs and `endFile` after; `finish` once at the end.
 */
export class Integrator implements SampleSink {
  private readonly tracks = new Map<string, Track>();
  private last: Track | null = null;
  private current: FileAccount | null = null;
  private currentFormat: TraceFormat | null = null;
  private readonly accounts: FileAccount[] = [];
  private readonly hours = new Map<number, number>();
  /** Energy (2000 x J) not placed in an hour because the hour split reached its bounds. */
  private unplaced2Wms = 0;
  private hourPieces = 0;
  private readonly untimedKeys = new Set<string>();

  constructor(private readonly options: IntegratorOptions = {}) {}

  /** Starts a file: samples until `endFile` are accounted to it. */
  beginFile(file: string, format: TraceFormat): FileAccount {
    const account: FileAccount = {
      file,
      format: format.id,
      pueIncluded: format.pueIncluded === true,
      includedPues: [],
      samples: 0,
      dropped: 0,
      intervals: 0,
      energyJ: 0,
      drops: new Map(),
      gaps: { count: 0, totalMs: 0, examples: [] },
      resets: { count: 0, lines: [], details: [] },
      wraps: { count: 0, lines: [], details: [] },
      notes: [],
      untimed: [],
      devices: new Set(),
      diagnostics: new DiagnosticCap()
    };
    this.accounts.push(account);
    this.current = account;
    this.currentFormat = format;
    this.last = null;
    return account;
  }

  /** Ends the current file: its devices' warm-up buffers are integrated now. */
  endFile(): void {
    const account = this.current;
    if (!account) return;
    for (const track of this.tracks.values()) {
      if (track.account === account) this.flushWarmup(track);
    }
    for (const track of this.tracks.values()) {
      if (track.account === account) account.energyJ += track.energy2Wms / TWO_W_MS_PER_J;
    }
    this.current = null;
    this.currentFormat = null;
    this.last = null;
  }

  private account(): FileAccount {
    if (!this.current) throw new Error('Integrator: a sample arrived outside beginFile/endFile');
    return this.current;
  }

  private track(device: string, kind: TrackKind, component: Component | undefined, line: number): Track | null {
    const last = this.last;
    if (last !== null && last.key === device) return last.kind === kind ? last : this.kindClash(last, kind, line);
    let t = this.tracks.get(device);
    if (t === undefined) {
      const account = this.account();
      const comp = component ?? this.currentFormat?.component ?? 'other';
      t = new Track(
        device,
        kind,
        comp,
        account,
        this.options.maxPowerW ?? DEFAULT_MAX_POWER_W[comp],
        this.untimedKeys.has(device)
      );
      this.tracks.set(device, t);
    } else if (t.kind !== kind) {
      return this.kindClash(t, kind, line);
    }
    this.last = t;
    return t;
  }

  private kindClash(t: Track, kind: TrackKind, line: number): null {
    this.drop('malformed-row', line, `device ${t.key} has ${t.kind} samples; a ${kind} sample for it is not mixed in`);
    return null;
  }

  /** @inheritdoc */
  untimed(device: string, reason: string): void {
    if (this.untimedKeys.has(device)) return;
    this.untimedKeys.add(device);
    this.account().untimed.push(`${device}: ${reason}`);
  }

  /** @inheritdoc */
  pueIncluded(included: boolean, pues: readonly number[] = []): void {
    const account = this.account();
    account.pueIncluded = included;
    account.includedPues = [...pues];
  }

  /** @inheritdoc */
  note(text: string): void {
    const notes = this.account().notes;
    if (!notes.includes(text)) notes.push(text);
  }

  /** @inheritdoc */
  report(d: Diagnostic): void {
    this.account().diagnostics.add(d);
  }

  /** @inheritdoc */
  drop(reason: DropReason, line: number, detail?: string): void {
    const account = this.account();
    account.dropped++;
    let tally = account.drops.get(reason);
    if (tally === undefined) {
      tally = { count: 0, lines: [], details: [] };
      account.drops.set(reason, tally);
    }
    tally.count++;
    if (tally.lines.length < EXAMPLE_LINES) {
      tally.lines.push(line);
      // A detail quotes the file (a cell, a value): kept short, whatever the cell holds.
      if (detail !== undefined)
        tally.details.push(detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS)}...` : detail);
    }
  }

  /** Checks time and order; false (and a drop) when the sample cannot be used. */
  private accept(t: Track, timeMs: number, line: number): boolean {
    if (!(Math.abs(timeMs) <= MAX_TIME_MS)) {
      this.drop(
        'bad-timestamp',
        line,
        Number.isNaN(timeMs) ? undefined : `${timeMs} ms is outside the dates a clock can give`
      );
      return false;
    }
    if (!(timeMs > t.prevT)) {
      if (timeMs === t.prevT) this.drop('duplicate-time', line, `device ${t.key}`);
      else this.drop('out-of-order', line, `device ${t.key}: ${isoTime(timeMs)} is before ${isoTime(t.prevT)}`);
      return false;
    }
    return true;
  }

  /** @inheritdoc */
  power(device: string, timeMs: number, powerW: number, line: number, component?: Component): void {
    const t = this.track(device, 'power', component, line);
    if (t === null) return;
    if (!(powerW >= 0)) {
      this.drop(Number.isNaN(powerW) ? 'non-numeric' : 'negative', line, `${powerW} W`);
      return;
    }
    if (powerW > t.maxPowerW) {
      this.drop('implausible', line, `${powerW} W is above the plausible ${t.maxPowerW} W for one device`);
      return;
    }
    if (!this.accept(t, timeMs, line)) return;
    t.prevT = timeMs;
    t.account.samples++;
    if (t.warmT !== null || (t.n === 0 && t.warmN === 0 && this.startWarmup(t))) {
      const i = t.warmN++;
      t.warmT![i] = timeMs;
      t.warmV![i] = powerW;
      t.warmLine![i] = line;
      if (t.warmN === WARMUP_INTERVALS + 1) this.flushWarmup(t);
      return;
    }
    this.stepPower(t, timeMs, powerW, line);
  }

  private batchDevices: readonly string[] | null = null;
  private batchTracks: (Track | undefined)[] = [];

  /**
   * @inheritdoc
   * The common case (a known power device past its warm-up, a valid value, a later time) is
   * handled inline; everything else goes through `power`.
   */
  powerBatch(
    devices: readonly string[],
    slots: Int32Array,
    timesMs: Float64Array,
    powersW: Float64Array,
    lines: Float64Array,
    count: number
  ): void {
    if (this.batchDevices !== devices) {
      this.batchDevices = devices;
      this.batchTracks = [];
    }
    const tracks = this.batchTracks;
    for (let i = 0; i < count; i++) {
      const slot = slots[i];
      const t = tracks[slot];
      const time = timesMs[i];
      const p = powersW[i];
      if (t === undefined || t.warmT !== null || t.n === 0 || !(p >= 0) || p > t.maxPowerW || !(time > t.prevT)) {
        const name = devices[slot];
        this.power(name, time, p, lines[i]);
        if (t === undefined) {
          const known = this.tracks.get(name);
          if (known !== undefined && known.kind === 'power') tracks[slot] = known;
        }
        continue;
      }
      t.prevT = time;
      t.account.samples++;
      const dt = time - t.lastT;
      if (dt > t.gapMs) {
        this.gap(t, dt, lines[i], time);
      } else {
        const e = (p + t.lastV) * dt;
        t.energy2Wms += e;
        t.intervals++;
        if (t.lastT >= t.hourStart && time <= t.hourEnd) t.hourAcc += e;
        else if (!t.untimed) this.splitHours(t, t.lastT, t.lastV, time, p);
      }
      t.n++;
      t.lastT = time;
      t.lastV = p;
    }
  }

  /** Begins buffering a power track until its gap threshold is known; false when it is given. */
  private startWarmup(t: Track): boolean {
    t.account.devices.add(t.key);
    if (this.options.maxGapS !== undefined) {
      t.gapMs = this.options.maxGapS * 1000;
      return false;
    }
    t.warmT = new Float64Array(WARMUP_INTERVALS + 1);
    t.warmV = new Float64Array(WARMUP_INTERVALS + 1);
    t.warmLine = new Float64Array(WARMUP_INTERVALS + 1);
    return true;
  }

  private flushWarmup(t: Track): void {
    const times = t.warmT;
    if (times === null) return;
    const values = t.warmV!;
    const lines = t.warmLine!;
    const n = t.warmN;
    t.warmT = t.warmV = t.warmLine = null;
    t.warmN = 0;
    if (n >= 2) {
      const dts = new Float64Array(n - 1);
      for (let i = 1; i < n; i++) dts[i - 1] = times[i] - times[i - 1];
      dts.sort();
      const m = dts.length;
      const median = m % 2 === 1 ? dts[(m - 1) / 2] : (dts[m / 2 - 1] + dts[m / 2]) / 2;
      t.gapMs = Math.min(GAP_FACTOR * median, MAX_DEFAULT_GAP_S * 1000);
    } else {
      t.gapMs = MAX_DEFAULT_GAP_S * 1000;
    }
    for (let i = 0; i < n; i++) this.stepPower(t, times[i], values[i], lines[i]);
  }

  private stepPower(t: Track, timeMs: number, powerW: number, line: number): void {
    if (t.n === 0) {
      t.firstT = timeMs;
      t.segStart = timeMs;
    } else {
      const dt = timeMs - t.lastT;
      if (dt > t.gapMs) {
        this.gap(t, dt, line, timeMs);
      } else {
        const e = (powerW + t.lastV) * dt;
        t.energy2Wms += e;
        t.intervals++;
        if (t.lastT >= t.hourStart && timeMs <= t.hourEnd) t.hourAcc += e;
        else if (!t.untimed) this.splitHours(t, t.lastT, t.lastV, timeMs, powerW);
      }
    }
    t.n++;
    t.lastT = timeMs;
    t.lastV = powerW;
  }

  private gap(t: Track, dtMs: number, line: number, timeMs: number): void {
    t.segments.push(t.segStart, t.lastT);
    t.segStart = timeMs;
    const gaps = t.account.gaps;
    gaps.count++;
    gaps.totalMs += dtMs;
    if (gaps.examples.length < EXAMPLE_LINES) gaps.examples.push({ device: t.key, line, durationMs: dtMs });
  }

  /**
   * Adds the trapezoid (t0,p0)-(t1,p1) to the hour buckets, cut at each hour boundary with the
   * power interpolated there; the last piece becomes the track's running hour.
   */
  private splitHours(t: Track, t0: number, p0: number, t1: number, p1: number): void {
    if (t.hourAcc !== 0) this.addHour(t.hourStart, t.hourAcc);
    let a = t0;
    let pa = p0;
    let h = Math.floor(t0 / HOUR_MS) * HOUR_MS;
    for (;;) {
      const hEnd = h + HOUR_MS;
      if (t1 <= hEnd) {
        t.hourStart = h;
        t.hourEnd = hEnd;
        t.hourAcc = (pa + p1) * (t1 - a);
        return;
      }
      if (++this.hourPieces > MAX_HOUR_PIECES) {
        // The split has done all the work it may: the rest of this interval is not placed.
        this.unplaced2Wms += (pa + p1) * (t1 - a);
        t.hourAcc = 0;
        t.hourStart = t.hourEnd = -Infinity;
        return;
      }
      const pb = p0 + ((p1 - p0) * (hEnd - t0)) / (t1 - t0);
      this.addHour(h, (pa + pb) * (hEnd - a));
      a = hEnd;
      pa = pb;
      h = hEnd;
    }
  }

  private addHour(hourStart: number, energy2Wms: number): void {
    const known = this.hours.get(hourStart);
    if (known !== undefined) this.hours.set(hourStart, known + energy2Wms);
    else if (this.hours.size < MAX_HOUR_BUCKETS) this.hours.set(hourStart, energy2Wms);
    else this.unplaced2Wms += energy2Wms;
  }

  /** @inheritdoc */
  counter(device: string, timeMs: number, energyJ: number, line: number, wrapJ?: number, component?: Component): void {
    const t = this.track(device, 'counter', component, line);
    if (t === null) return;
    if (!(energyJ >= 0) || !Number.isFinite(energyJ)) {
      this.drop(Number.isNaN(energyJ) ? 'non-numeric' : energyJ < 0 ? 'negative' : 'implausible', line, `${energyJ} J`);
      return;
    }
    if (!this.accept(t, timeMs, line)) return;
    t.prevT = timeMs;
    t.account.samples++;
    if (t.n === 0) {
      t.account.devices.add(t.key);
      t.firstT = timeMs;
      t.segStart = timeMs;
    } else {
      let delta = energyJ - t.lastV;
      let wrapped = false;
      let reset = false;
      if (delta < 0) {
        if (wrapJ !== undefined && wrapJ > 0) {
          delta += wrapJ;
          wrapped = true;
        } else {
          delta = energyJ;
          reset = true;
        }
      }
      const dtMs = timeMs - t.lastT;
      const averageW = (delta * 1000) / dtMs;
      // A wrapping counter read less often than it can wrap at full power may have wrapped more
      // than once: the increase is unknown. So is one over more than MAX_SPAN_S.
      const longest =
        wrapJ !== undefined && wrapJ > 0
          ? Math.min(MAX_SPAN_S * 1000, (wrapJ / t.maxPowerW) * 1000)
          : MAX_SPAN_S * 1000;
      if (dtMs > longest) {
        this.gap(t, dtMs, line, timeMs);
      } else if (averageW > t.maxPowerW) {
        // An impossible increase (a corrupt reading, a wrong unit): rebase on the new reading
        // and leave the interval unmeasured.
        this.drop(
          'implausible',
          line,
          `device ${t.key}: an increase of ${delta} J in ${dtMs / 1000} s is ${averageW.toFixed(0)} W on average, above the plausible ${t.maxPowerW} W`
        );
        t.segments.push(t.segStart, t.lastT);
        t.segStart = timeMs;
      } else {
        if (wrapped) tally(t.account.wraps, line);
        if (reset) tally(t.account.resets, line);
        const e = delta * TWO_W_MS_PER_J;
        t.energy2Wms += e;
        t.intervals++;
        if (t.lastT >= t.hourStart && timeMs <= t.hourEnd) t.hourAcc += e;
        else if (!t.untimed) this.splitHours(t, t.lastT, averageW, timeMs, averageW);
      }
    }
    t.n++;
    t.lastT = timeMs;
    t.lastV = energyJ;
  }

  /** @inheritdoc */
  interval(
    device: string,
    startMs: number,
    endMs: number,
    energyKWh: number,
    line: number,
    component?: Component
  ): void {
    const t = this.track(device, 'interval', component, line);
    if (t === null) return;
    if (!(Math.abs(startMs) <= MAX_TIME_MS && Math.abs(endMs) <= MAX_TIME_MS)) {
      this.drop('bad-timestamp', line);
      return;
    }
    if (!(energyKWh >= 0) || !Number.isFinite(energyKWh)) {
      this.drop(
        Number.isNaN(energyKWh) ? 'non-numeric' : energyKWh < 0 ? 'negative' : 'implausible',
        line,
        `${energyKWh} kWh`
      );
      return;
    }
    if (endMs < startMs) {
      this.drop('malformed-row', line, `device ${t.key}: the interval ends before it starts`);
      return;
    }
    if (endMs - startMs > MAX_SPAN_S * 1000) {
      this.drop(
        'implausible',
        line,
        `device ${t.key}: an interval of ${((endMs - startMs) / 86400000).toFixed(0)} days`
      );
      return;
    }
    if (startMs < t.prevT) {
      this.drop(
        'out-of-order',
        line,
        `device ${t.key}: the interval starting ${isoTime(startMs)} overlaps the previous one`
      );
      return;
    }
    const energyJ = energyKWh * J_PER_KWH;
    const durationMs = endMs - startMs;
    const averageW = durationMs > 0 ? (energyJ * 1000) / durationMs : energyJ > 0 ? Infinity : 0;
    if (averageW > t.maxPowerW) {
      this.drop(
        'implausible',
        line,
        `device ${t.key}: ${energyKWh} kWh in ${durationMs / 1000} s is above the plausible ${t.maxPowerW} W`
      );
      return;
    }
    t.account.samples++;
    if (t.n === 0) {
      t.account.devices.add(t.key);
      t.firstT = startMs;
      t.segStart = startMs;
    } else if (startMs > t.lastT) {
      t.segments.push(t.segStart, t.lastT);
      t.segStart = startMs;
    }
    const e = energyJ * TWO_W_MS_PER_J;
    t.energy2Wms += e;
    t.intervals++;
    if (!t.untimed) {
      if (durationMs === 0) this.addHour(Math.floor(startMs / HOUR_MS) * HOUR_MS, e);
      else if (startMs >= t.hourStart && endMs <= t.hourEnd) t.hourAcc += e;
      else this.splitHours(t, startMs, averageW, endMs, averageW);
    }
    t.n++;
    t.prevT = endMs;
    t.lastT = endMs;
  }

  /** Ends integration and returns the totals. */
  finish(): IntegrationResult {
    if (this.current) this.endFile();
    const componentsJ: Record<Component, number> = { gpu: 0, cpu: 0, memory: 0, other: 0 };
    let energyJ = 0;
    let untimedJ = 0;
    let pueIncludedJ = 0;
    let devices = 0;
    const timed: number[] = [];
    const relative: number[] = [];
    let tMin = Infinity,
      tMax = -Infinity,
      rMin = Infinity,
      rMax = -Infinity;
    const thresholds = new Set<number>();
    const kinds = new Set<TrackKind>();
    for (const t of this.tracks.values()) {
      if (t.n === 0) continue;
      devices++;
      kinds.add(t.kind);
      const j = t.energy2Wms / TWO_W_MS_PER_J;
      energyJ += j;
      componentsJ[t.component] += j;
      if (t.account.pueIncluded) pueIncludedJ += j;
      t.account.intervals += t.intervals;
      if (t.kind === 'power' && t.n >= 2 && Number.isFinite(t.gapMs)) thresholds.add(t.gapMs / 1000);
      const segs = t.untimed ? relative : timed;
      for (const v of t.segments) segs.push(v);
      segs.push(t.segStart, t.lastT);
      if (t.untimed) {
        untimedJ += j;
        rMin = Math.min(rMin, t.firstT);
        rMax = Math.max(rMax, t.lastT);
      } else {
        if (t.hourAcc !== 0) this.addHour(t.hourStart, t.hourAcc);
        t.hourAcc = 0;
        tMin = Math.min(tMin, t.firstT);
        tMax = Math.max(tMax, t.lastT);
      }
    }
    const relativeOnly = timed.length === 0 && relative.length > 0;
    const spanMs = relativeOnly ? rMax - rMin : timed.length > 0 ? tMax - tMin : 0;
    const measuredMs = unionLength(relativeOnly ? relative : timed);
    const hoursJ = new Map<number, number>();
    for (const k of [...this.hours.keys()].sort((a, b) => a - b)) hoursJ.set(k, this.hours.get(k)! / TWO_W_MS_PER_J);
    let samples = 0;
    let dropped = 0;
    const includedPues = new Set<number>();
    for (const a of this.accounts) {
      samples += a.samples;
      dropped += a.dropped;
      if (a.pueIncluded) for (const p of a.includedPues) includedPues.add(p);
    }
    return {
      energyJ,
      componentsJ,
      untimedJ,
      pueIncludedJ,
      includedPues: [...includedPues].sort((a, b) => a - b),
      unplacedJ: this.unplaced2Wms / TWO_W_MS_PER_J,
      hoursJ,
      devices,
      samples,
      dropped,
      spanS: spanMs / 1000,
      measuredS: measuredMs / 1000,
      ...(timed.length > 0 && Number.isFinite(tMax) ? { lastSampleMs: tMax } : {}),
      relativeOnly,
      gapThresholdsS: [...thresholds].sort((a, b) => a - b),
      kinds: [...kinds],
      files: this.accounts
    };
  }
}

function tally(t: ReasonTally, line: number): void {
  t.count++;
  if (t.lines.length < EXAMPLE_LINES) t.lines.push(line);
}

/** Total length of the union of [start, end] pairs given flat, in any order. */
export function unionLength(flat: readonly number[]): number {
  const n = flat.length / 2;
  if (n === 0) return 0;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => flat[2 * a] - flat[2 * b]);
  let total = 0;
  let curStart = flat[2 * order[0]];
  let curEnd = flat[2 * order[0] + 1];
  for (let k = 1; k < n; k++) {
    const s = flat[2 * order[k]];
    const e = flat[2 * order[k] + 1];
    if (s > curEnd) {
      total += curEnd - curStart;
      curStart = s;
      curEnd = e;
    } else if (e > curEnd) {
      curEnd = e;
    }
  }
  return total + (curEnd - curStart);
}
