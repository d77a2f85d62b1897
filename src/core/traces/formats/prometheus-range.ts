/**
 * Prometheus HTTP API answers of `query_range` (`/api/v1/query_range`) for dcgm-exporter's two
 * energy metrics: `{"status":"success","data":{"resultType":"matrix","result":[{"metric":{...},
 * "values":[[<unix s>, "<value>"], ...]}, ...]}}`. Several answers may be appended in one file (one
 * `curl` per metric), whitespace between them.
 *
 * The same choices as for the text scrapes apply (see `dcgm-prometheus.ts`): a GPU (host + UUID)
 * with a usable `DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION` series is measured by it, others by
 * `DCGM_FI_DEV_POWER_USAGE`; series repeated per MIG instance count once. Series of other metrics
 * are ignored with a note; a series without `__name__` (an aggregation such as `sum(...)`) cannot
 * be told W from mJ and is reported.
 *
 * JSON has no useful line numbers for samples, so samples carry line 0 and their drops name the
 * series and point instead. Prometheus caps a range answer at 11,000 points per series, so the
 * answer is read whole, up to MAX_ANSWER_BYTES.
 */
import { diagnostic } from '../../diagnostics.js';
import { excerpt, excerptMessage } from '../../excerpt.js';
import { tellNote } from '../tell.js';
import { DCGM_ENERGY_METRIC, DCGM_POWER_METRIC, DcgmSelector, dcgmDeviceKey, dcgmValue } from './dcgm-prometheus.js';
import type { ParseOptions, SampleSink, TraceFormat } from '../types.js';

/** Every diagnostic code of the Prometheus `query_range` reader (documented in docs/diagnostics/formats.md). */
export const PROMETHEUS_RANGE_CODES = [
  'traces/too-large',
  'traces/bad-json',
  'traces/prometheus-error',
  'traces/prometheus-not-matrix',
  'traces/prometheus-no-name',
  'traces/dcgm-source'
] as const;

/** Largest file read (answers are bounded by Prometheus's 11,000 points per series). */
const MAX_ANSWER_BYTES = 256 * 1024 * 1024;

interface Series {
  metric: Record<string, string>;
  values: unknown[];
}

/**
 * The concatenated JSON texts at top level (`{...}{...}` or one per line), one at a time: a file
 * of a million tiny documents is never held as a list of them.
 */
function* splitJsonTexts(text: string): Generator<{ text: string; line: number }> {
  let depth = 0;
  let inString = false;
  let start = -1;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (depth === 0) {
        start = i;
        startLine = line;
      }
      depth++;
    } else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0 && start !== -1) {
        yield { text: text.slice(start, i + 1), line: startLine };
        start = -1;
      }
    }
  }
  if (depth !== 0 && start !== -1) yield { text: text.slice(start), line: startLine };
}

/**
 * A JSON value as a message quotes it: a string (cut short) or a number as written, else its
 * kind. Never converts a list or an object to text, which would walk it (and a hostile answer
 * nests thousands deep).
 */
function shortText(value: unknown): string {
  // Quoted file content is cut to a short excerpt in one place (src/core/excerpt.ts).
  if (typeof value === 'string') return excerpt(value);
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

/** A JSON value as a drop detail quotes it: a string in quotes, anything else as {@link shortText}. */
function describeJson(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(shortText(value)) : shortText(value);
}

/** The text of a point's value, for `dcgmValue`: Prometheus writes it as a string (numbers pass too). */
function valueText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : shortText(value);
}

/** A series' labels with string values only (a label that is anything else is left out). */
function stringLabels(metric: unknown): Record<string, string> {
  const labels: Record<string, string> = Object.create(null);
  if (metric === null || typeof metric !== 'object' || Array.isArray(metric)) return labels;
  for (const [key, value] of Object.entries(metric)) if (typeof value === 'string') labels[key] = value;
  return labels;
}

/** Names of other metrics listed in the note before the rest are counted. */
const MAX_NAMES_LISTED = 10;

async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<string | undefined> {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    if (bytes > MAX_ANSWER_BYTES) return undefined;
    parts.push(decoder.decode(chunk, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('').replace(/^\ufeff/, '');
}

async function parse(chunks: AsyncIterable<Uint8Array>, sink: SampleSink, options: ParseOptions): Promise<void> {
  const { file } = options;
  const text = await readAll(chunks);
  if (text === undefined) {
    sink.report(
      diagnostic(
        'error',
        'traces/too-large',
        `Prometheus answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB; expected a query_range answer (at most 11,000 points per series). Split the query by time.`,
        { file }
      )
    );
    return;
  }
  const series: { s: Series; line: number; index: number }[] = [];
  const otherMetrics = new Set<string>();
  let index = 0;
  for (const doc of splitJsonTexts(text)) {
    let json: unknown;
    try {
      json = JSON.parse(doc.text);
    } catch (err) {
      sink.report(
        diagnostic(
          'error',
          'traces/bad-json',
          `Not valid JSON (${excerptMessage((err as Error).message)}); expected a Prometheus query_range answer.`,
          { file, line: doc.line, column: 1 }
        )
      );
      continue;
    }
    const answer = json as {
      status?: unknown;
      error?: unknown;
      data?: { resultType?: unknown; result?: unknown };
    } | null;
    if (answer?.status !== 'success') {
      const why = typeof answer?.error === 'string' ? `: ${shortText(answer.error)}` : '';
      sink.report(
        diagnostic(
          'error',
          'traces/prometheus-error',
          `Prometheus answer has status "${shortText(answer?.status)}"${why}; expected "success".`,
          { file, line: doc.line, column: 1 }
        )
      );
      continue;
    }
    const resultType = answer.data?.resultType;
    if (resultType !== 'matrix' || !Array.isArray(answer.data?.result)) {
      sink.report(
        diagnostic(
          'error',
          'traces/prometheus-not-matrix',
          `Prometheus answer has resultType "${shortText(resultType)}"; expected "matrix", from /api/v1/query_range (an instant query has one point per series, not a trace).`,
          { file, line: doc.line, column: 1 }
        )
      );
      continue;
    }
    for (const raw of answer.data.result as unknown[]) {
      index++;
      const entry = raw as { metric?: { __name__?: unknown }; values?: unknown } | null;
      const name = entry?.metric?.__name__;
      if (name === DCGM_POWER_METRIC || name === DCGM_ENERGY_METRIC) {
        if (Array.isArray(entry?.values))
          series.push({ s: { metric: stringLabels(entry.metric), values: entry.values }, line: doc.line, index });
        continue;
      }
      if (name === undefined) {
        sink.report(
          diagnostic(
            'error',
            'traces/prometheus-no-name',
            `Series ${index} has no __name__, so its unit (W or mJ) is unknown; expected raw ${DCGM_POWER_METRIC} or ${DCGM_ENERGY_METRIC} series (query the metric itself, not an aggregation).`,
            { file, line: doc.line, column: 1 }
          )
        );
      } else otherMetrics.add(shortText(name));
    }
  }

  // Every series is known up front, so each GPU's source is decided before any sample is sent.
  const selector = new DcgmSelector(sink);
  const usableCounter = new Set<string>();
  for (const { s } of series) {
    if (s.metric.__name__ !== DCGM_ENERGY_METRIC) continue;
    if (s.values.some((v) => Array.isArray(v) && 'value' in dcgmValue(valueText(v[1]), DCGM_ENERGY_METRIC)))
      usableCounter.add(dcgmDeviceKey(s.metric, options.devicePrefix));
  }
  for (const { s } of series) {
    const device = dcgmDeviceKey(s.metric, options.devicePrefix);
    selector.decide(device, usableCounter.has(device) ? 'counter' : 'power');
  }
  const seen = new Set<string>();
  let repeatedSeries = 0;
  for (const { s, index: n } of series) {
    const name = s.metric.__name__;
    const device = dcgmDeviceKey(s.metric, options.devicePrefix);
    // MIG instances (and pods) repeat a GPU's series with extra labels: the first one counts.
    if (seen.has(`${name} ${device}`)) {
      repeatedSeries++;
      continue;
    }
    seen.add(`${name} ${device}`);
    for (let k = 0; k < s.values.length; k++) {
      const point = s.values[k];
      const where = `series ${n} (${name}) point ${k + 1}`;
      if (!Array.isArray(point) || point.length !== 2) {
        sink.drop('malformed-row', 0, `${where}: expected [<unix seconds>, "<value>"]`);
        continue;
      }
      const seconds = typeof point[0] === 'number' || typeof point[0] === 'string' ? Number(point[0]) : NaN;
      if (!Number.isFinite(seconds)) {
        sink.drop('bad-timestamp', 0, `${where}: time ${describeJson(point[0])}`);
        continue;
      }
      // Milliseconds rounded to the microsecond keep 1.5 s steps exact.
      const timeMs = Math.round(seconds * 1e6) / 1e3;
      const v = dcgmValue(valueText(point[1]), name);
      const problem = 'value' in v ? undefined : { ...v, detail: `${where}: ${v.detail}` };
      if (name === DCGM_POWER_METRIC) selector.power(device, timeMs, 'value' in v ? v.value : NaN, 0, problem);
      else selector.counter(device, timeMs, 'value' in v ? v.value : NaN, 0, problem);
    }
  }
  const notes: string[] = [];
  const summary = selector.summary();
  if (summary) notes.push(summary);
  if (repeatedSeries > 0)
    notes.push(
      `${repeatedSeries} series repeating a GPU's metric with other labels (MIG instances or pods) were counted once, by UUID.`
    );
  if (otherMetrics.size > 0) {
    const names = [...otherMetrics].sort();
    const more = names.length - MAX_NAMES_LISTED;
    notes.push(
      `Series of ${names
        .slice(0, MAX_NAMES_LISTED)
        .map((n) => excerpt(n))
        .join(', ')}${more > 0 ? ` and ${more} more metrics` : ''} ignored (not energy).`
    );
  }
  for (const note of notes) tellNote(sink, 'traces/dcgm-source', note, file);
}

/** Prometheus `query_range` answers for DCGM's power and energy metrics. */
export const format: TraceFormat = {
  id: 'prometheus-range',
  component: 'gpu',
  detect(head: string): boolean {
    const start = head.trimStart();
    return start.startsWith('{') && /"resultType"\s*:\s*"matrix"/.test(head) && /"status"\s*:/.test(head);
  },
  parse
};
