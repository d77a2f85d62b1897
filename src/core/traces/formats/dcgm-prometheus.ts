/**
 * dcgm-exporter scrapes: Prometheus text exposition (`curl :9400/metrics`), many scrapes
 * concatenated in one file. Two DCGM fields carry energy:
 *
 * - `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION` (field 156): a counter in mJ since the driver loaded.
 *   Preferred: the GPU integrates it in hardware, so sampling gaps lose nothing.
 * - `DCGM_FI_DEV_POWER_USAGE` (field 155): a gauge in W, integrated by trapezoid where a GPU has
 *   no usable counter (older exporters, GPUs that report NOT_SUPPORTED).
 *
 * A raw scrape carries no time, so each sample's time is, in order of preference: the exposition
 * format's optional trailing timestamp (ms since the epoch); else the latest scrape marker, which
 * is a comment `# scrape <time>` (also `# timestamp`, `# time`, `# ts`) or a line holding only a
 * time, as `date -Is` or `date +%s` print between `curl`s. A time is ISO 8601 or a Unix epoch
 * number; an ISO time without a zone is read in the run's timezone.
 *
 * A GPU is keyed by host and `UUID`, so MIG instances (`GPU_I_ID`, `GPU_I_PROFILE`) and
 * Kubernetes pod labels, which repeat the same GPU-wide value, count once. DCGM's blank sentinels
 * (INT32, INT64 and FP64 BLANK / NOT_FOUND / NOT_SUPPORTED / NOT_PERMISSIONED) are `unavailable`.
 */
import { diagnostic } from '../../diagnostics.js';
import { excerpt } from '../../excerpt.js';
import { parseTimeMs } from '../lines.js';
import { forEachLine } from '../stream.js';
import { tellNote } from '../tell.js';
import { UTC } from '../timezone.js';
import type { ParseOptions, SampleSink, TraceFormat } from '../types.js';

/** Every diagnostic code of the dcgm-exporter scrape reader (documented in docs/diagnostics/formats.md). */
export const DCGM_PROMETHEUS_CODES = ['traces/no-scrape-time', 'traces/bad-scrape-time', 'traces/dcgm-source'] as const;

/** The power gauge, W (DCGM field 155). */
export const DCGM_POWER_METRIC = 'DCGM_FI_DEV_POWER_USAGE';
/** The energy counter, mJ since the driver loaded (DCGM field 156). */
export const DCGM_ENERGY_METRIC = 'DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION';

/**
 * DCGM's "no value" sentinels, from `dcgm_fields.h` (also NVIDIA/go-dcgm `const.go`): each BLANK
 * value is followed by NOT_FOUND (+1), NOT_SUPPORTED (+2) and NOT_PERMISSIONED (+3).
 */
const INT32_BLANK = 2147483632;
const FP64_BLANK = 140737488355328;
/** INT64 BLANK is 9223372036854775792 (2^63 - 16): as a double it and its three successors all
 * round to 2^63, so anything from 2^63 - 1024 up is a sentinel; no real counter gets near it. */
const INT64_BLANK_AS_DOUBLE_MIN = 2 ** 63 - 1024;

/** The DCGM sentinel a value is, or undefined for a real value. */
export function dcgmSentinel(value: number): string | undefined {
  const names = ['BLANK', 'NOT_FOUND', 'NOT_SUPPORTED', 'NOT_PERMISSIONED'];
  if (value >= INT64_BLANK_AS_DOUBLE_MIN) return 'INT64 BLANK/NOT_FOUND/NOT_SUPPORTED/NOT_PERMISSIONED';
  const i32 = value - INT32_BLANK;
  if (i32 >= 0 && i32 <= 3 && Number.isInteger(i32)) return `INT32 ${names[i32]}`;
  const f64 = value - FP64_BLANK;
  if (f64 >= 0 && f64 <= 3 && Number.isInteger(f64)) return `FP64 ${names[f64]}`;
  return undefined;
}

/** A GPU's key: `<prefix><host>/<UUID>`, falling back to the `gpu` index, `pci_bus_id` or `device`. */
export function dcgmDeviceKey(labels: Record<string, string>, prefix: string): string {
  const host = labels.Hostname ?? labels.hostname ?? '';
  const uuid = labels.UUID ?? labels.uuid;
  const id = uuid || (labels.gpu !== undefined ? `gpu${labels.gpu}` : labels.pci_bus_id || labels.device || 'gpu');
  return `${prefix}${host ? `${host}/` : ''}${id}`;
}

/** One sample line of the Prometheus text format. */
export interface PromSample {
  name: string;
  labels: Record<string, string>;
  valueText: string;
  /** The optional trailing timestamp, ms since the epoch. */
  timestampMs?: number;
}

/**
 * Parses `name{label="value",...} value [timestamp]` (labels optional; `\"`, `\\` and `\n`
 * escapes in label values). Returns an error sentence for a line that is not of that form.
 */
export function parsePromSample(line: string): PromSample | { error: string } {
  let i = 0;
  const n = line.length;
  while (i < n && line[i] !== '{' && line[i] !== ' ' && line[i] !== '\t') i++;
  const name = line.slice(0, i);
  if (!/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(name)) return { error: 'no metric name' };
  // No prototype: a label named `__proto__` or `constructor` is an ordinary label.
  const labels: Record<string, string> = Object.create(null);
  if (line[i] === '{') {
    i++;
    for (;;) {
      while (line[i] === ' ' || line[i] === ',') i++;
      if (line[i] === '}') {
        i++;
        break;
      }
      const eq = line.indexOf('=', i);
      if (eq === -1 || line[eq + 1] !== '"') return { error: 'a label without ="value"' };
      const key = line.slice(i, eq).trim();
      let value = '';
      let j = eq + 2;
      for (; j < n && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < n) {
          j++;
          value += line[j] === 'n' ? '\n' : line[j];
        } else value += line[j];
      }
      if (j >= n) return { error: 'an unterminated label value' };
      labels[key] = value;
      i = j + 1;
    }
  }
  const rest = line.slice(i).trim().split(/\s+/);
  if (rest.length < 1 || rest[0] === '' || rest.length > 2)
    return { error: 'expected a value and an optional timestamp after the labels' };
  const sample: PromSample = { name, labels, valueText: rest[0] };
  if (rest.length === 2) {
    if (!/^-?\d+$/.test(rest[1])) return { error: `timestamp "${excerpt(rest[1])}" is not an integer of milliseconds` };
    sample.timestampMs = Number(rest[1]);
  }
  return sample;
}

/** Why a DCGM value cannot be used. */
export interface ValueProblem {
  reason: 'unavailable' | 'non-numeric' | 'negative';
  detail: string;
}

/** Power samples a GPU may show before its counter is looked for no longer: the exporter writes
 * the power block before the energy block of each scrape, so one scrape would do. */
const DECIDE_AFTER_POWER_SAMPLES = 4;

/** Which DCGM metric feeds a GPU's energy. */
type Mode = 'undecided' | 'power' | 'counter';

interface GpuState {
  mode: Mode;
  /** Power rows held until the GPU's mode is known (a few per GPU). */
  pending: { timeMs: number; powerW: number; line: number; problem?: ValueProblem }[];
  lastPowerMs: number;
  lastCounterMs: number;
}

/**
 * Chooses, per GPU, the counter where one is usable and the power gauge otherwise, and drops
 * repeats of the same GPU at the same time (MIG instances, pods). Shared by the text and the
 * query_range readers.
 */
export class DcgmSelector {
  private readonly gpus = new Map<string, GpuState>();
  /** Rows of a GPU at a time it already had (MIG instances, pods), skipped. */
  repeats = 0;
  /** Power rows not used because the GPU's counter is. */
  powerSuperseded = 0;

  constructor(private readonly sink: SampleSink) {}

  private state(device: string): GpuState {
    let s = this.gpus.get(device);
    if (!s) {
      s = { mode: 'undecided', pending: [], lastPowerMs: NaN, lastCounterMs: NaN };
      this.gpus.set(device, s);
    }
    return s;
  }

  /** Fixes a GPU's mode in advance (query_range, where every series is known up front). */
  decide(device: string, mode: 'power' | 'counter'): void {
    this.state(device).mode = mode;
  }

  /** A power reading (W), or a sentinel/unreadable one as `NaN` with its reason. */
  power(device: string, timeMs: number, powerW: number, line: number, problem?: ValueProblem): void {
    const s = this.state(device);
    if (timeMs === s.lastPowerMs) {
      this.repeats++;
      return;
    }
    s.lastPowerMs = timeMs;
    if (s.mode === 'counter') {
      this.powerSuperseded++;
    } else if (s.mode === 'power') {
      this.emitPower(device, timeMs, powerW, line, problem);
    } else {
      s.pending.push({ timeMs, powerW, line, problem });
      if (s.pending.length >= DECIDE_AFTER_POWER_SAMPLES) this.usePower(device, s);
    }
  }

  private emitPower(device: string, timeMs: number, powerW: number, line: number, problem?: ValueProblem): void {
    if (problem) this.sink.drop(problem.reason, line, problem.detail);
    else this.sink.power(device, timeMs, powerW, line, 'gpu');
  }

  /** A counter reading (mJ), or a sentinel/unreadable one with its reason. */
  counter(device: string, timeMs: number, energyMJ: number, line: number, problem?: ValueProblem): void {
    const s = this.state(device);
    if (timeMs === s.lastCounterMs) {
      this.repeats++;
      return;
    }
    s.lastCounterMs = timeMs;
    if (s.mode === 'power') return;
    if (problem) {
      // A GPU without a usable counter is not short of data: its power gauge stands in.
      if (s.mode === 'counter') this.sink.drop(problem.reason, line, problem.detail);
      return;
    }
    if (s.mode === 'undecided') {
      s.mode = 'counter';
      this.powerSuperseded += s.pending.length;
      s.pending = [];
    }
    this.sink.counter(device, timeMs, energyMJ / 1000, line, undefined, 'gpu');
  }

  private usePower(device: string, s: GpuState): void {
    s.mode = 'power';
    for (const p of s.pending) this.emitPower(device, p.timeMs, p.powerW, p.line, p.problem);
    s.pending = [];
  }

  /** Flushes GPUs still undecided (no counter seen) as power, and returns what was used. */
  finish(): { counterGpus: number; powerGpus: number } {
    let counterGpus = 0;
    let powerGpus = 0;
    for (const [device, s] of this.gpus) {
      if (s.mode === 'undecided' && s.pending.length > 0) this.usePower(device, s);
      if (s.mode === 'counter') counterGpus++;
      else if (s.mode === 'power') powerGpus++;
    }
    return { counterGpus, powerGpus };
  }

  /** The plain-language note of what was integrated, or undefined when nothing was. */
  summary(): string | undefined {
    const { counterGpus, powerGpus } = this.finish();
    if (counterGpus + powerGpus === 0) return undefined;
    const parts: string[] = [];
    if (counterGpus)
      parts.push(`${counterGpus} GPU(s) from the energy counter ${DCGM_ENERGY_METRIC} (mJ, sum of increases)`);
    if (powerGpus)
      parts.push(
        `${powerGpus} GPU(s) from the power gauge ${DCGM_POWER_METRIC} (W, trapezoid), having no usable counter`
      );
    let text = `DCGM energy of ${parts.join('; ')}.`;
    if (this.powerSuperseded)
      text += ` ${this.powerSuperseded} power reading(s) of counter-measured GPUs were not needed.`;
    if (this.repeats)
      text += ` ${this.repeats} repeated row(s) of the same GPU and time (MIG instances or pods) were counted once, by UUID.`;
    return text;
  }
}

/** Reads a value: the number, or the reason it cannot be used. */
export function dcgmValue(valueText: string, metric: string): { value: number } | ValueProblem {
  const value = Number(valueText);
  if (!Number.isFinite(value)) {
    return /^[+-]?(nan|inf)$/i.test(valueText)
      ? { reason: 'unavailable', detail: `${metric} ${valueText}` }
      : { reason: 'non-numeric', detail: `${metric} "${excerpt(valueText)}"` };
  }
  const sentinel = dcgmSentinel(value);
  if (sentinel) return { reason: 'unavailable', detail: `${metric} ${valueText} is DCGM's ${sentinel} sentinel` };
  if (value < 0) return { reason: 'negative', detail: `${metric} ${valueText}` };
  return { value };
}

/** `# scrape <time>`, `# timestamp: <time>`, `# time=<time>`, `# ts <time>`. */
// The separator is `(?:[:=]\s*)?` after one `\s*`, not `\s*[:=]?\s*`: two adjacent `\s*` split a long
// run of blanks every possible way (quadratic) before a line without a time fails.
const SCRAPE_COMMENT = /^#\s*(?:scrape|timestamp|time|ts)\b\s*(?:[:=]\s*)?(\S.*)$/i;

async function parse(chunks: AsyncIterable<Uint8Array>, sink: SampleSink, options: ParseOptions): Promise<void> {
  const { file } = options;
  const zone = options.zone ?? UTC;
  const selector = new DcgmSelector(sink);
  let scrapeMs = NaN;
  let toldNoTime = false;

  await forEachLine(
    chunks,
    (text, line) => {
      if (text.length === 0) return;
      const c = text.charCodeAt(0);
      if (c === 35 /* # */) {
        const m = SCRAPE_COMMENT.exec(text);
        if (m) {
          scrapeMs = parseTimeMs(m[1], zone);
          if (Number.isNaN(scrapeMs))
            sink.report(
              diagnostic(
                'warning',
                'traces/bad-scrape-time',
                `Scrape marker "${excerpt(m[1].trim())}" is not a time; expected ISO 8601 (2026-05-12T10:00:00Z) or Unix seconds. Samples up to the next marker have no time.`,
                { file, line, column: 1 }
              )
            );
        }
        return;
      }
      if (c >= 48 && c <= 57) {
        // A line holding only a time (`date -Is`, `date +%s.%N`) marks the next scrape.
        const t = parseTimeMs(text, zone);
        if (Number.isNaN(t)) sink.drop('malformed-row', line, `"${excerpt(text)}" is neither a metric nor a time`);
        else scrapeMs = t;
        return;
      }
      // Only the two energy metrics matter; everything else is skipped before any parsing.
      if (!text.startsWith('DCGM_FI_DEV_POWER_USAGE') && !text.startsWith('DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION'))
        return;
      const after = text.charCodeAt(
        text.startsWith(DCGM_POWER_METRIC) ? DCGM_POWER_METRIC.length : DCGM_ENERGY_METRIC.length
      );
      if (after !== 123 /* { */ && after !== 32 && after !== 9) return; // e.g. DCGM_FI_DEV_POWER_USAGE_INSTANT
      const sample = parsePromSample(text);
      if ('error' in sample) {
        sink.drop('malformed-row', line, sample.error);
        return;
      }
      const timeMs = sample.timestampMs ?? scrapeMs;
      if (Number.isNaN(timeMs)) {
        sink.drop('bad-timestamp', line, `${sample.name} has no time`);
        if (!toldNoTime) {
          toldNoTime = true;
          sink.report(
            diagnostic(
              'error',
              'traces/no-scrape-time',
              'A DCGM sample has no time: expected a Prometheus timestamp (ms) after its value, a "# scrape <ISO time>" comment, or a line with only a time (date -Is) before each scrape.',
              { file, line, column: 1 }
            )
          );
        }
        return;
      }
      const device = dcgmDeviceKey(sample.labels, options.devicePrefix);
      const v = dcgmValue(sample.valueText, sample.name);
      if (sample.name === DCGM_POWER_METRIC)
        selector.power(device, timeMs, 'value' in v ? v.value : NaN, line, 'value' in v ? undefined : v);
      else selector.counter(device, timeMs, 'value' in v ? v.value : NaN, line, 'value' in v ? undefined : v);
    },
    (line) => sink.drop('malformed-row', line, 'line longer than any metric line')
  );
  const note = selector.summary();
  if (note) tellNote(sink, 'traces/dcgm-source', note, file);
}

/** True when the text has Prometheus exposition lines of a DCGM metric. */
function looksLikeDcgmText(head: string): boolean {
  return (
    /^# (HELP|TYPE) DCGM_FI_/m.test(head) || /^DCGM_FI_[A-Z0-9_]+(\{[^}\n]*\})?[ \t]+[-+0-9.eEaNIinf]+/m.test(head)
  );
}

/** dcgm-exporter's Prometheus text scrapes. */
export const format: TraceFormat = {
  id: 'dcgm-prometheus',
  component: 'gpu',
  detect(head: string): boolean {
    return looksLikeDcgmText(head);
  },
  parse
};
