/**
 * Manifest v1: what was or will be trained (hardware, time, place, repeats), read from YAML or
 * JSON (JSON is parsed by the YAML parser too, so every value keeps its line and column).
 *
 * The parser reports every problem in one pass and returns the runs that are fully valid; a run
 * with any error (its own, or one inherited from `defaults`) is left out, and the diagnostics say
 * why. Callers treat `hasErrors(diagnostics)` as invalid input. Nothing is looked up here: model
 * names and locations are kept as written, with their positions, for the resolve stage.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import { sortDiagnostics } from '../diagnostics.js';
import type { Diagnostic, Position } from '../diagnostics.js';
import type { Manifest, RunSpec, TraceOptions } from '../model.js';
import { formatPower } from '../format.js';
import { readFields } from './fields.js';
import type { FieldSet, FieldValues } from './fields.js';
import { DEFAULT_KEYS, RUN_KEY_HINTS, RUN_KEYS, TOP_KEYS } from './keys.js';
import { YamlReader } from './yaml-reader.js';
import type { Entry } from './yaml-reader.js';
import { loadYaml } from './yaml-source.js';

export { MAX_ALIASES, MAX_ALIAS_EXPANSION } from './yaml-source.js';
export { CPU_KEYS, DEFAULT_KEYS, GPU_KEYS, RUN_KEYS, TOP_KEYS, TRACE_KEYS } from './keys.js';

/** Every diagnostic code the manifest parser emits (each documented in docs/diagnostics/manifest.md). */
export const MANIFEST_CODES = [
  'manifest/too-large',
  'manifest/too-deep',
  'manifest/yaml-syntax',
  'manifest/yaml-warning',
  'manifest/too-many-aliases',
  'manifest/empty',
  'manifest/bad-type',
  'manifest/bad-version',
  'manifest/missing-field',
  'manifest/unknown-key',
  'manifest/duplicate-key',
  'manifest/no-runs',
  'manifest/duplicate-run',
  'manifest/bad-unit',
  'manifest/out-of-range',
  'manifest/bad-value',
  'manifest/no-duration',
  'manifest/no-power-source',
  'manifest/power-overrides-hardware'
] as const;

/**
 * Parses and validates a manifest. `file` is the path as the adapter names it (it appears in
 * every diagnostic); `maxBytes` (default 1 MiB) refuses larger texts before parsing.
 */
export function parseManifest(
  file: string,
  text: string,
  options: { maxBytes?: number } = {}
): { manifest?: Manifest; diagnostics: Diagnostic[] } {
  const loaded = loadYaml(file, text, { maxBytes: options.maxBytes, prefix: 'manifest', what: 'manifest' });
  if (!loaded.source) return { diagnostics: loaded.diagnostics };
  const reader = new YamlReader(file, loaded.source, 'manifest');
  const manifest = readManifest(reader);
  return { manifest, diagnostics: finish([...loaded.diagnostics, ...reader.diagnostics]) };
}

/** Sorted, with repeats removed (a bad value under a shared anchor is reported once). */
function finish(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = diagnostics.filter((d) => {
    const key = `${d.code}\u0000${d.line}\u0000${d.column}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return sortDiagnostics(unique);
}

/**
 * The smallest manifest, on one line (YAML flow style): a diagnostic is one line on every surface,
 * and a line break in one is escaped as coming from the input.
 */
const EXAMPLE = '{ version: 1, runs: [{ name: my-run, gpu: { model: A100-SXM4-40GB, count: 8 }, duration: 84 h }] }';

function readManifest(reader: YamlReader<'manifest'>): Manifest | undefined {
  const root = reader.root();
  if (root === null || (isScalar(root) && root.value === null)) {
    reader.report('error', 'empty', `The manifest is empty; expected at least: ${EXAMPLE}`, reader.pos(null));
    return undefined;
  }
  if (!isMap(root)) {
    reader.report(
      'error',
      'bad-type',
      `A manifest is a mapping with \`version\` and \`runs\`, got ${reader.describe(root)}.`,
      reader.pos(root)
    );
    return undefined;
  }
  const rootPos = reader.pos(root);
  const all = reader.entries(root, '').filter((e) => !e.key.startsWith('x-'));
  const hints: Record<string, string> = {};
  for (const key of RUN_KEYS) hints[key] = `\`${key}\` belongs in a run (under \`runs:\`) or in \`defaults:\`.`;
  const top = new Map(reader.checkKeys(all, TOP_KEYS, 'the manifest', hints).map((e) => [e.key, e]));

  const versionOk = readVersion(reader, top.get('version'), rootPos);
  const nameEntry = top.get('name');
  const name = nameEntry ? reader.string(nameEntry, 'a name for the manifest, such as "sentiment-model"') : undefined;
  const schemaEntry = top.get('$schema');
  if (schemaEntry) reader.string(schemaEntry, 'the URL or path of the JSON Schema');

  const defaults = readDefaults(reader, top.get('defaults'));
  checkDefaults(reader, defaults);
  const rejectedRuns: RunSpec[] = [];
  const runs = readRuns(reader, top.get('runs'), rootPos, defaults, rejectedRuns);
  if (!versionOk) return undefined;
  const manifest: Manifest = { file: reader.file, version: 1, runs };
  if (name !== undefined) manifest.name = name;
  if (rejectedRuns.length > 0) manifest.rejectedRuns = rejectedRuns;
  return manifest;
}

/** `version` must be the number 1; a missing version is an error so that v2 can be told apart. */
function readVersion(reader: YamlReader<'manifest'>, entry: Entry | undefined, rootPos: Position): boolean {
  if (!entry) {
    reader.report(
      'error',
      'missing-field',
      'The manifest needs `version: 1` (the manifest format version) at the top.',
      rootPos
    );
    return false;
  }
  if (reader.scalar(entry.value) === 1) return true;
  reader.report(
    'error',
    'bad-version',
    `\`version\`: expected 1 (this carbon-gate reads manifest version 1), got ${reader.describe(entry.value)}.`,
    entry.valuePos
  );
  return false;
}

/** Reads `defaults:`; positions are keyed without the `defaults.` prefix, as runs inherit them. */
function readDefaults(reader: YamlReader<'manifest'>, entry: Entry | undefined): FieldSet {
  if (!entry) return new Map();
  const map = reader.map(entry, '{ location: gcp:europe-west4, pue: 1.1 }');
  if (!map) return new Map();
  const entries = reader.checkKeys(reader.entries(map, 'defaults'), DEFAULT_KEYS, '`defaults`', {
    name: 'Every run names itself; `name` cannot be a default.'
  });
  const fields = readFields(reader, entries);
  for (const field of fields.values()) {
    field.positions = Object.fromEntries(
      Object.entries(field.positions).map(([path, at]) => [path.replace(/^defaults\./, ''), at])
    );
  }
  return fields;
}

/** `power` with hardware in `defaults` itself: one warning at the default, not one per run. */
function checkDefaults(reader: YamlReader<'manifest'>, defaults: FieldSet): void {
  const power = defaults.get('power');
  const hardware = ['gpu', 'cpu', 'memory'].filter((key) => defaults.has(key));
  if (!power?.valid || hardware.length === 0) return;
  const watts = ` (${formatPower(power.value as number)})`;
  reader.report(
    'warning',
    'power-overrides-hardware',
    `\`defaults\`: \`power\`${watts}, the measured whole-machine draw, replaces ${hardware.map((k) => `\`${k}\``).join(', ')} in the estimate of every run that inherits both; remove one of them to silence this.`,
    power.positions.power
  );
}

/** Reads `runs:`, returning the runs without errors. */
function readRuns(
  reader: YamlReader<'manifest'>,
  entry: Entry | undefined,
  rootPos: Position,
  defaults: FieldSet,
  rejected: RunSpec[] = []
): RunSpec[] {
  if (!entry) {
    reader.report(
      'error',
      'missing-field',
      `The manifest needs \`runs:\`, a list of training runs, e.g. ${EXAMPLE}`,
      rootPos
    );
    return [];
  }
  if (!isSeq(entry.value)) {
    reader.report(
      'error',
      'bad-type',
      `\`runs\`: expected a list of runs (each item starts with \`- name: ...\`), got ${reader.describe(entry.value)}.`,
      entry.valuePos
    );
    return [];
  }
  const items = entry.value.items as Node[];
  if (items.length === 0) {
    reader.report(
      'error',
      'no-runs',
      '`runs` is empty; a manifest describes at least one training run.',
      entry.valuePos
    );
    return [];
  }
  const namesSeen = new Map<string, number>();
  const runs: RunSpec[] = [];
  items.forEach((item, index) => {
    const run = readRun(reader, reader.resolve(item), index, defaults, namesSeen, rejected);
    if (run) runs.push(run);
  });
  return runs;
}

/** Reads one run entry and applies `defaults`; undefined when anything about the run is invalid. */
function readRun(
  reader: YamlReader<'manifest'>,
  node: Node | null,
  index: number,
  defaults: FieldSet,
  namesSeen: Map<string, number>,
  rejected: RunSpec[]
): RunSpec | undefined {
  const errorsBefore = reader.errorCount;
  if (!isMap(node)) {
    reader.report(
      'error',
      'bad-type',
      `\`runs\` item ${index + 1}: expected a run (a mapping starting with \`name:\`), got ${reader.describe(node)}.`,
      reader.pos(node)
    );
    return undefined;
  }
  const written = reader.entries(node, '');
  const entries = reader.checkKeys(written, RUN_KEYS, `run ${index + 1}`, RUN_KEY_HINTS);
  // A misspelt key (`duraton`) is likely the missing field: report the typo, not a second error.
  const hasUnknownKeys = entries.length < written.length;
  const nameEntry = entries.find((e) => e.key === 'name');
  const position = nameEntry ? nameEntry.keyPos : reader.pos(node);
  let name: string | undefined;
  if (!nameEntry) {
    reader.report(
      'error',
      'missing-field',
      `Run ${index + 1} needs a \`name\`, unique in the file (e.g. \`name: bert-base-finetune\`).`,
      position
    );
  } else {
    name = reader.string(nameEntry, 'a run name such as "bert-base-finetune"');
    if (name !== undefined) {
      const firstLine = namesSeen.get(name);
      if (firstLine !== undefined) {
        reader.report(
          'error',
          'duplicate-run',
          `Run name "${name}" is used twice; the first is on line ${firstLine}. Names must be unique in a manifest.`,
          nameEntry.valuePos
        );
        name = undefined;
      } else {
        namesSeen.set(name, nameEntry.valuePos.line);
      }
    }
  }

  const own = readFields(reader, entries);
  const effective = inherit(defaults, own);
  const nameWritten = nameEntry ? reader.scalar(nameEntry.value) : undefined;
  const label =
    typeof nameWritten === 'string' && nameWritten.trim() !== '' ? `Run "${nameWritten}"` : `Run ${index + 1}`;
  checkRun(reader, label, position, effective, own, hasUnknownKeys);

  const errorsAfter = reader.errorCount;
  const allValid = [...effective.values()].every((f) => f.valid);
  if (name === undefined || errorsAfter !== errorsBefore || !allValid) {
    // Keep what was valid, so the names in it (GPU, CPU, location) are still checked later.
    const validFields: FieldSet = new Map([...effective].filter(([, field]) => field.valid));
    rejected.push(buildRun(reader.file, name ?? label, position, nameEntry?.valuePos ?? position, validFields));
    return undefined;
  }
  return buildRun(reader.file, name, position, nameEntry?.valuePos ?? position, effective);
}

/**
 * A run's fields over the defaults. A run's key replaces the default's whole, except `trace`,
 * whose options are independent settings (a run may add `columns` and keep the default
 * `timezone`), so they are merged option by option.
 */
function inherit(defaults: FieldSet, own: FieldSet): FieldSet {
  const effective: FieldSet = new Map([...defaults, ...own]);
  const base = defaults.get('trace');
  const mine = own.get('trace');
  if (base && mine) {
    const valid = base.valid && mine.valid;
    const positions = { ...base.positions, ...mine.positions };
    effective.set(
      'trace',
      valid
        ? { valid, positions, value: { ...(base.value as TraceOptions), ...(mine.value as TraceOptions) } }
        : { valid, positions }
    );
  }
  return effective;
}

/** What a run needs as a whole: a time and, when estimated, a power source. */
function checkRun(
  reader: YamlReader<'manifest'>,
  label: string,
  position: Position,
  fields: FieldSet,
  own: FieldSet,
  hasUnknownKeys: boolean
): void {
  const has = (key: string): boolean => fields.has(key);
  const traces = fields.get('traces');
  const hasTraces = traces !== undefined && (!traces.valid || (traces.value as string[]).length > 0);
  if (!has('duration') && !hasTraces && !hasUnknownKeys) {
    reader.report(
      'error',
      'no-duration',
      `${label} needs \`duration\` (how long it trains, e.g. "84 h") or \`traces\` (measured power logs, e.g. "logs/power-*.csv").`,
      position
    );
  }
  const hardware = ['gpu', 'cpu', 'memory'].filter(has);
  if (!hasTraces && hardware.length === 0 && !has('power') && !hasUnknownKeys) {
    reader.report(
      'error',
      'no-power-source',
      `${label} is estimated (it has no \`traces\`) and needs a power source: \`gpu\`, \`cpu\`, \`memory\` or \`power\` (e.g. \`gpu: { model: A100-SXM4-40GB, count: 8 }\`).`,
      position
    );
  }
  const power = fields.get('power');
  // Both inherited from `defaults`: reported once there, not once per run.
  const ownConflict = own.has('power') || hardware.some((key) => own.has(key));
  if (power?.valid && hardware.length > 0 && ownConflict) {
    const inherited = hardware.filter((key) => !own.has(key));
    const where = inherited.length > 0 ? ` (${inherited.map((k) => `\`${k}\``).join(', ')} from \`defaults\`)` : '';
    const watts = ` (${formatPower(power.value as number)})`;
    reader.report(
      'warning',
      'power-overrides-hardware',
      `${label}: \`power\`${watts}, the measured whole-machine draw, replaces ${hardware.map((k) => `\`${k}\``).join(', ')}${where} in the estimate; remove one of them to silence this.`,
      power.positions.power
    );
  }
}

/** Assembles a RunSpec from valid fields, applying the documented defaults. */
function buildRun(file: string, name: string, position: Position, namePos: Position, fields: FieldSet): RunSpec {
  const get = <K extends keyof FieldValues>(key: string): FieldValues[K] | undefined =>
    fields.get(key)?.value as FieldValues[K] | undefined;
  const fieldPositions: Record<string, Position> = { name: namePos };
  for (const field of fields.values()) Object.assign(fieldPositions, field.positions);
  const run: RunSpec = {
    manifest: file,
    name,
    position,
    fieldPositions,
    utilization: get<'utilization'>('utilization') ?? 1,
    repeats: get<'repeats'>('repeats') ?? 1,
    traces: get<'traces'>('traces') ?? []
  };
  const gpu = get<'gpu'>('gpu');
  if (gpu) run.gpu = gpu;
  const cpu = get<'cpu'>('cpu');
  if (cpu) run.cpu = cpu;
  const memoryGB = get<'memoryGB'>('memory');
  if (memoryGB !== undefined) run.memoryGB = memoryGB;
  const powerW = get<'powerW'>('power');
  if (powerW !== undefined) run.powerW = powerW;
  const durationS = get<'durationS'>('duration');
  if (durationS !== undefined) run.durationS = durationS;
  const location = get<'location'>('location');
  if (location !== undefined) run.location = location;
  const intensity = get<'intensityGPerKWh'>('intensity');
  if (intensity !== undefined) run.intensityGPerKWh = intensity;
  const pue = get<'pue'>('pue');
  if (pue !== undefined) run.pue = pue;
  const traceOptions = get<'traceOptions'>('trace');
  if (traceOptions) run.traceOptions = traceOptions;
  const intensitySeries = get<'intensitySeries'>('intensity-series');
  if (intensitySeries !== undefined) run.intensitySeries = intensitySeries;
  return run;
}
