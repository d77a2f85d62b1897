/**
 * Reads the fields of one run entry, or of `defaults`, into typed values with their positions.
 * Each top-level key is read on its own so that a run's key can replace the default's whole
 * (a run's `gpu` replaces the default `gpu`; the two are not merged field by field).
 */
import { formatById } from '../traces/formats/index.js';
import { isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { Position } from '../diagnostics.js';
import type { DeviceSpec, TraceOptions } from '../model.js';
import { resolveZone } from '../traces/timezone.js';
import { CPU_KEYS, GPU_KEYS, TRACE_KEYS } from './keys.js';
import type { Entry, YamlReader } from './yaml-reader.js';

/** The typed values a run key can hold. */
export interface FieldValues {
  gpu: DeviceSpec;
  cpu: DeviceSpec;
  memoryGB: number;
  powerW: number;
  utilization: number;
  durationS: number;
  repeats: number;
  location: string;
  intensityGPerKWh: number;
  pue: number;
  traces: string[];
  traceOptions: TraceOptions;
  intensitySeries: string;
}

/** One top-level key as read: its value (absent when invalid) and the positions under it. */
export interface FieldRead {
  /** The value, when it was valid. */
  value?: FieldValues[keyof FieldValues];
  /** False when any diagnostic (error) was recorded for this key. */
  valid: boolean;
  /** Dotted path -> position of the value, for this key and everything under it. */
  positions: Record<string, Position>;
}

/** Fields of a run or of `defaults`, keyed by manifest key (`gpu`, `max-gap` lives under `trace`). */
export type FieldSet = Map<string, FieldRead>;

/**
 * Reads every known key among `entries` (names already checked) except `name`. Errors are
 * recorded in the reader; a key with an error is kept with `valid: false` so that later checks
 * (needs a duration, needs a power source) do not pile on.
 */
export function readFields(reader: YamlReader<'manifest'>, entries: readonly Entry[]): FieldSet {
  const fields: FieldSet = new Map();
  for (const entry of entries) {
    if (entry.key === 'name') continue;
    const before = reader.errorCount;
    const positions: Record<string, Position> = { [entry.key]: entry.valuePos };
    const value = readField(reader, entry, positions);
    const valid = reader.errorCount === before && value !== undefined;
    fields.set(entry.key, value === undefined ? { valid, positions } : { value, valid, positions });
  }
  return fields;
}

/** Reads one key's value; positions of nested values are added to `positions`. */
function readField(
  reader: YamlReader<'manifest'>,
  entry: Entry,
  positions: Record<string, Position>
): FieldValues[keyof FieldValues] | undefined {
  switch (entry.key) {
    case 'gpu':
      return readDevice(reader, entry, 'gpu', positions);
    case 'cpu':
      return readDevice(reader, entry, 'cpu', positions);
    case 'memory':
      return reader.quantity(entry, 'memory');
    case 'power':
      return reader.quantity(entry, 'power');
    case 'utilization':
      return reader.fraction(entry, 'no power drawn');
    case 'duration': {
      const durationS = reader.quantity(entry, 'duration');
      if (durationS === 0) {
        reader.report(
          'error',
          'out-of-range',
          `\`${entry.path}\`: expected a duration above zero, got ${reader.describe(entry.value)}.`,
          entry.valuePos
        );
        return undefined;
      }
      return durationS;
    }
    case 'repeats':
      return reader.positiveInteger(entry, '4789');
    case 'location':
      return reader.string(entry, 'a location such as "DE", "US-CAL-CISO", "aws:us-east-1" or "strubell-2019"');
    case 'intensity':
      return reader.quantity(entry, 'intensity');
    case 'pue':
      return reader.number(entry, 'a PUE of at least 1, such as 1.1 (facility energy / IT energy)', (n) => n >= 1);
    case 'traces':
      return readTraces(reader, entry, positions);
    case 'trace':
      return readTraceOptions(reader, entry, positions);
    case 'intensity-series':
      return reader.string(
        entry,
        'the path of an hourly intensity CSV, relative to the manifest, such as "data/grid-2024-06.csv"'
      );
    default:
      return undefined;
  }
}

/** `gpu: { model | watts, count }` or `cpu: { model | watts | cores, count }`. */
function readDevice(
  reader: YamlReader<'manifest'>,
  entry: Entry,
  kind: 'gpu' | 'cpu',
  positions: Record<string, Position>
): DeviceSpec | undefined {
  const example = kind === 'gpu' ? '{ model: A100-SXM4-40GB, count: 8 }' : '{ model: AMD EPYC 7742, count: 2 }';
  const map = reader.map(entry, example);
  if (!map) return undefined;
  const allowed = kind === 'gpu' ? GPU_KEYS : CPU_KEYS;
  const entries = reader.checkKeys(reader.entries(map, entry.path), allowed, `\`${entry.path}\``, {
    tdp: `Give the rated power as \`watts: 400 W\`.`,
    power: `Give the rated power of one device as \`watts: 400 W\`.`,
    name: 'Give the catalogue name as `model:`.'
  });
  const device: DeviceSpec = { count: 1 };
  let ok = true;
  for (const field of entries) {
    positions[field.path] = field.valuePos;
    let value: string | number | undefined;
    if (field.key === 'model')
      value = device.model = reader.string(
        field,
        `a ${kind.toUpperCase()} model name such as ${kind === 'gpu' ? '"A100-SXM4-40GB"' : '"AMD EPYC 7742"'}`
      );
    else if (field.key === 'watts') value = device.watts = readWatts(reader, field);
    else if (field.key === 'cores') value = device.cores = reader.positiveInteger(field, '64');
    else if (field.key === 'count') {
      value = reader.positiveInteger(field, kind === 'gpu' ? '8' : '2');
      if (value !== undefined) device.count = value;
    }
    if (value === undefined) ok = false;
  }
  const given = new Set(entries.map((e) => e.key));
  const sources = kind === 'gpu' ? ['model', 'watts'] : ['model', 'watts', 'cores'];
  if (!sources.some((key) => given.has(key))) {
    const need =
      kind === 'gpu'
        ? '`model` (from the catalogue) or `watts` (rated power of one GPU)'
        : '`model` (from the catalogue), `watts` (rated power of one CPU) or `cores` (with the per-core default)';
    reader.report('error', 'missing-field', `\`${entry.path}\` needs ${need}.`, entry.valuePos);
    return undefined;
  }
  if (device.model === undefined) delete device.model;
  if (device.watts === undefined) delete device.watts;
  if (device.cores === undefined) delete device.cores;
  return ok ? device : undefined;
}

/**
 * `watts:` takes a power with a unit ("400 W"); a bare number is also read as watts, because the
 * key itself names the unit (units in names), so nothing is guessed.
 */
function readWatts(reader: YamlReader<'manifest'>, entry: Entry): number | undefined {
  const value = reader.scalar(entry.value);
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  return reader.quantity(entry, 'power');
}

/** `traces: "logs/*.csv"` or `traces: [a, b]`: globs relative to the manifest's folder. */
function readTraces(
  reader: YamlReader<'manifest'>,
  entry: Entry,
  positions: Record<string, Position>
): string[] | undefined {
  const what = 'a file name or glob such as "logs/power-*.csv"';
  if (!isSeq(entry.value)) {
    const single = reader.string(entry, `${what}, or a list of them`);
    return single === undefined ? undefined : [single];
  }
  return readStringItems(reader, entry.path, entry.value.items as Node[], positions, what);
}

/**
 * The items of the YAML list at `listPath`, each of which must be a string; each item's position
 * is recorded under `<listPath>.<index>`. Every bad item is reported (not only the first); undefined if any was bad.
 */
function readStringItems(
  reader: YamlReader<'manifest'>,
  listPath: string,
  items: readonly Node[],
  positions: Record<string, Position>,
  what: string
): string[] | undefined {
  const strings: string[] = [];
  let ok = true;
  items.forEach((item, index) => {
    const node = reader.resolve(item);
    const path = `${listPath}.${index}`;
    const at = reader.pos(node ?? item);
    positions[path] = at;
    const text = reader.stringAt(node, path, at, what);
    if (text === undefined) ok = false;
    else strings.push(text);
  });
  return ok ? strings : undefined;
}

/** `trace: { format, columns, timezone, max-gap }`. */
function readTraceOptions(
  reader: YamlReader<'manifest'>,
  entry: Entry,
  positions: Record<string, Position>
): TraceOptions | undefined {
  const map = reader.map(entry, '{ format: nvidia-smi-csv, timezone: Europe/Berlin, max-gap: 30 s }');
  if (!map) return undefined;
  const entries = reader.checkKeys(reader.entries(map, entry.path), TRACE_KEYS, `\`${entry.path}\``, {
    tz: 'Write `timezone:`.',
    maxGap: 'Write `max-gap:`.',
    max_gap: 'Write `max-gap:`.'
  });
  const options: TraceOptions = {};
  let ok = true;
  for (const field of entries) {
    positions[field.path] = field.valuePos;
    if (field.key === 'format') {
      const format = reader.string(field, 'a trace format id such as "nvidia-smi-csv" or "codecarbon"');
      // Checked here, at the `format:` line, so that a typo is one error naming the closest ids,
      // not a run that cannot be measured and is estimated instead, with warnings at `traces`.
      const known = format === undefined ? undefined : formatById(format);
      if (known === undefined) ok = false;
      else if ('error' in known) {
        ok = false;
        reader.report(
          'error',
          'bad-value',
          `\`${field.path}\`: ${known.error.charAt(0).toLowerCase()}${known.error.slice(1)}`,
          field.valuePos
        );
      } else options.format = format;
    } else if (field.key === 'timezone') {
      const zone = reader.string(field, 'an IANA time zone such as "Europe/Berlin", or an offset such as "+01:00"');
      // The trace and intensity readers resolve the zone with resolveZone; checking with it here
      // means the manifest accepts exactly the zones they can use ("UTC+2", "+5"), and no others.
      const resolved = zone === undefined ? undefined : resolveZone(zone);
      if (resolved === undefined) ok = false;
      else if ('error' in resolved) {
        ok = false;
        reader.report('error', 'bad-value', `\`${field.path}\`: ${resolved.error}`, field.valuePos);
      } else options.timezone = zone;
    } else if (field.key === 'max-gap') {
      const gapS = reader.quantity(field, 'duration');
      if (gapS === undefined) ok = false;
      else if (gapS === 0) {
        ok = false;
        reader.report(
          'error',
          'out-of-range',
          `\`${field.path}\`: expected a duration above zero, such as "30 s", got ${reader.describe(field.value)}.`,
          field.valuePos
        );
      } else options.maxGapS = gapS;
    } else if (field.key === 'columns') {
      const columns = readColumns(reader, field, positions);
      if (columns === undefined) ok = false;
      else options.columns = columns;
    }
  }
  return ok ? options : undefined;
}

/** `columns: [timestamp, index, power.draw]` or `columns: { power: "Power (W)" }`. */
function readColumns(
  reader: YamlReader<'manifest'>,
  entry: Entry,
  positions: Record<string, Position>
): string[] | Record<string, string> | undefined {
  const what = 'a column name';
  if (isSeq(entry.value)) return readStringItems(reader, entry.path, entry.value.items as Node[], positions, what);
  const map = reader.map(entry, '[timestamp, index, power.draw] or { power: "Power (W)" }');
  if (!map) return undefined;
  // No prototype: every key written (`__proto__` included) is an own entry, checked as a role later.
  const out: Record<string, string> = Object.create(null);
  let ok = true;
  for (const field of reader.entries(map, entry.path)) {
    positions[field.path] = field.valuePos;
    const header = reader.string(field, "the log's column header");
    if (header === undefined) ok = false;
    else out[field.key] = header;
  }
  return ok ? out : undefined;
}
