/**
 * CodeCarbon `emissions.csv`, every version (11/12 columns in 1.x up to 38 in 3.2+), read by header
 * name because columns move between versions and within one file (pandas re-orders them when it
 * appends rows with all-empty columns).
 *
 * What a row is: CodeCarbon's `FileOutput.out(total, delta)` writes the tracker's running `total`
 * (energy since `start()`), once at `stop()` and once at every `flush()`; in the default `append`
 * mode each call adds a row, in `update` mode it replaces the run's row. So all rows of one run
 * (`run_id`; `experiment_id` in 1.x, where it was the per-tracker id) are cumulative snapshots of
 * the same energy: only the latest one counts, or the run would be counted once per flush. Rows
 * without an id (the 11-column 1.x variant, or an empty `run_id`) are grouped the same way when
 * they look like one tracker's flushes: same `project_name`, the same start (timestamp - duration,
 * within SAME_START_TOLERANCE_MS), and duration and every energy not going down. A row that does not
 * fit any earlier one is a run of its own. Where a run's latest row lacks a component an earlier
 * row of it had (an empty `cpu_energy` with no total to recover it from), that component's latest
 * known value is counted, and a note says so.
 *
 * Energy: `cpu_energy`, `gpu_energy`, `ram_energy` (kWh) per component where the columns exist,
 * else `energy_consumed` as `other`, each as one interval [timestamp - duration, timestamp] on the
 * device `<prefix><run id>/<component>`. `gpu_energy` is the sum over the machine's GPUs; with
 * `gpu_count` N > 1 it is spread evenly over N devices `<run id>/gpu0..N-1`. These already include CodeCarbon's own `pue` (applied to every
 * energy delta; default 1.0), hence `pueIncluded`; a file whose PUE is 1.0 (or absent) is plain IT
 * energy, which `reportPue` tells the sink, and the note records which it was.
 */
import { diagnostic } from '../../diagnostics.js';
import { excerpt } from '../../excerpt.js';
import { closestNames, didYouMean } from '../../suggest.js';
import { forEachCsvRecord, unclosedQuoteMessage } from '../lines.js';
import { parseDateTime } from '../timestamps.js';
import { tellNote } from '../tell.js';
import { UTC } from '../timezone.js';
import type { DropReason, ParseOptions, SampleSink, TraceFormat } from '../types.js';

/** Every diagnostic code of the CodeCarbon reader (documented in docs/diagnostics/formats.md). */
export const CODECARBON_CODES = [
  'traces/missing-header',
  'traces/missing-column',
  'traces/codecarbon-snapshots',
  'traces/pue-included',
  'traces/unclosed-quote'
] as const;

type Component = 'cpu' | 'gpu' | 'memory' | 'other';

/** CodeCarbon's energy columns and the component each one measures. */
const COMPONENT_COLUMNS: [string, Component][] = [
  ['cpu_energy', 'cpu'],
  ['gpu_energy', 'gpu'],
  ['ram_energy', 'memory']
];

/** Every column name CodeCarbon has written (1.0 to 3.3), for "did you mean" on a bad header. */
const KNOWN_COLUMNS = [
  'timestamp',
  'project_name',
  'run_id',
  'experiment_id',
  'duration',
  'emissions',
  'emissions_rate',
  'cpu_power',
  'gpu_power',
  'ram_power',
  'cpu_energy',
  'gpu_energy',
  'ram_energy',
  'energy_consumed',
  'water_consumed',
  'country_name',
  'country_iso_code',
  'region',
  'cloud_provider',
  'cloud_region',
  'os',
  'python_version',
  'codecarbon_version',
  'cpu_count',
  'cpu_model',
  'gpu_count',
  'gpu_model',
  'longitude',
  'latitude',
  'ram_total_size',
  'tracking_mode',
  'cpu_utilization_percent',
  'gpu_utilization_percent',
  'ram_utilization_percent',
  'ram_used_gb',
  'on_cloud',
  'pue',
  'wue'
];

/**
 * How far apart (ms) two rows' start times (timestamp - duration) may be and still be snapshots of
 * one tracker run. Every row of a run has the same true start, so the computed start moves only by
 * how the two values are written: `timestamp` is the wall clock printed to whole seconds (up to 1 s
 * off), stamped a moment after `duration` was taken (more on a loaded machine), and the wall clock
 * itself may be slewed by NTP while `duration` runs on. That is a second or two; 5 s leaves room
 * for it. It is kept small because it is also the only thing, besides a duration and energies that
 * never go down, that tells two runs of one project apart when their rows carry no id: two such
 * runs started within 5 s of each other (two processes launched together) cannot be told apart
 * and are taken as one. A run whose wall clock is stepped by more than 5 s between two flushes is
 * split in two, which the snapshot note's count shows.
 */
const SAME_START_TOLERANCE_MS = 5000;

/**
 * How many runs without an id, per project and start-time bucket, a row is compared with: a
 * hostile file of a million id-less rows with one start must not cost a million comparisons a
 * row. Real files hold a handful of runs per project and start.
 */
const MAX_CANDIDATES = 64;

/** Relative slack for "did not go down": energies are sums of floats, printed to ~16 digits. */
const NON_DECREASING_SLACK = 1e-9;

/** Column positions of the header in force. */
interface Columns {
  count: number;
  timestamp: number;
  duration: number;
  runId: number;
  experimentId: number;
  project: number;
  energyConsumed: number;
  components: { index: number; name: string; component: Component }[];
  pue: number;
  version: number;
  gpuCount: number;
  gpuModel: number;
}

/** The latest snapshot of one run. */
interface Snapshot {
  device: string;
  line: number;
  startMs: number;
  endMs: number;
  durationS: number;
  energies: { component: Component; energyKWh: number }[];
  /** Values of this row that could not be used; reported only if the row is the run's latest. */
  drops: { reason: DropReason; detail: string; component?: Component; column?: string }[];
  /** `project_name`, which keeps the id-less runs of different projects apart. */
  project: string;
  /** Each measured component's latest usable value in this run so far, and the row it came from. */
  known: Map<Component, { energyKWh: number; line: number }>;
  pue: string;
  version: string;
  /** GPUs whose summed energy `gpu_energy` is (`gpu_count`, or the `N x` of `gpu_model`). */
  gpuCount: number;
}

/** True when a record is a CodeCarbon header (first row, or repeated where files were joined). */
function isHeader(fields: string[]): boolean {
  const names = fields.map((f) => f.trim().toLowerCase());
  return names.includes('timestamp') && names.includes('project_name');
}

/** Reads a header; reports what is missing (with suggestions) and returns undefined then. */
function readHeader(fields: string[], line: number, sink: SampleSink, file: string): Columns | undefined {
  const names = fields.map((f) => f.trim().toLowerCase());
  const at = (name: string): number => names.indexOf(name);
  const components = COMPONENT_COLUMNS.filter(([name]) => at(name) !== -1).map(([name, component]) => ({
    index: at(name),
    name,
    component
  }));
  const missing: string[] = [];
  if (at('timestamp') === -1) missing.push('timestamp');
  if (at('duration') === -1) missing.push('duration');
  if (at('energy_consumed') === -1 && components.length === 0) missing.push('energy_consumed');
  for (const name of missing) {
    const unknown = names.filter((n) => !KNOWN_COLUMNS.includes(n));
    sink.report(
      diagnostic(
        'error',
        'traces/missing-column',
        `CodeCarbon header has no "${name}" column; expected CodeCarbon's emissions.csv columns (timestamp, duration, energy_consumed or cpu_energy/gpu_energy/ram_energy).${didYouMean(closestNames(name, unknown))}`,
        { file, line, column: 1 }
      )
    );
  }
  if (missing.length > 0) return undefined;
  return {
    count: fields.length,
    timestamp: at('timestamp'),
    duration: at('duration'),
    runId: at('run_id'),
    experimentId: at('experiment_id'),
    project: at('project_name'),
    energyConsumed: at('energy_consumed'),
    components,
    pue: at('pue'),
    version: at('codecarbon_version'),
    gpuCount: at('gpu_count'),
    gpuModel: at('gpu_model')
  };
}

/** GPUs on the row: `gpu_count` (`4` or `4.0`), else the `N x` prefix of `gpu_model`; 1 when neither. */
function gpuCountOf(fields: string[], columns: Columns): number {
  const count = cell(fields, columns.gpuCount);
  if (count !== undefined && Number.isInteger(count) && count >= 1 && count <= 1024) return count;
  const model = columns.gpuModel === -1 ? undefined : /^\s*(\d+)\s*x\s/i.exec(fields[columns.gpuModel]);
  const n = model ? Number(model[1]) : 1;
  return n >= 1 && n <= 1024 ? n : 1;
}

/** Parses a CodeCarbon number: empty is `undefined`, anything else not finite is NaN. */
function cell(fields: string[], index: number): number | undefined {
  if (index === -1) return undefined;
  const text = fields[index].trim();
  if (text === '' || /^(nan|none|null)$/i.test(text)) return undefined;
  return Number(text);
}

/** True when `later` did not go down from `earlier` (floating-point sums allowed a little slack). */
function notBelow(later: number, earlier: number): boolean {
  return later >= earlier - NON_DECREASING_SLACK * Math.max(1, Math.abs(earlier));
}

/**
 * True when an id-less row can be a later cumulative snapshot of `previous`: same project, the
 * same start within the tolerance, and a duration and every energy both rows have not going down.
 */
function continues(previous: Snapshot, next: Snapshot): boolean {
  if (previous.project !== next.project) return false;
  if (Math.abs(next.startMs - previous.startMs) > SAME_START_TOLERANCE_MS) return false;
  if (!notBelow(next.durationS, previous.durationS)) return false;
  for (const { component, energyKWh } of next.energies) {
    const before = previous.energies.find((e) => e.component === component);
    if (before && !notBelow(energyKWh, before.energyKWh)) return false;
  }
  return true;
}

/** The start-time bucket of a snapshot, for finding id-less runs with about the same start. */
function bucketOf(startMs: number): number {
  return Math.floor(startMs / SAME_START_TOLERANCE_MS);
}

/**
 * Makes `next` the latest snapshot of `previous`'s run: it keeps the run's device, learns the
 * components it measured, and, for a component it lacks (no value and no total to recover it
 * from) that an earlier row had, counts that row's value instead of dropping it. Returns what was
 * carried, for the note.
 */
function supersede(previous: Snapshot, next: Snapshot): string[] {
  next.device = previous.device;
  const known = new Map(previous.known);
  for (const { component, energyKWh } of next.energies)
    if (component !== 'other') known.set(component, { energyKWh, line: next.line });
  next.known = known;
  const carried: string[] = [];
  next.drops = next.drops.filter((drop) => {
    const last = drop.component === undefined ? undefined : known.get(drop.component);
    if (!drop.component || !last || next.energies.some((e) => e.component === drop.component)) return true;
    next.energies.push({ component: drop.component, energyKWh: last.energyKWh });
    carried.push(`line ${next.line} ${drop.column} (${last.energyKWh} kWh from line ${last.line})`);
    return false;
  });
  return carried;
}

async function parse(chunks: AsyncIterable<Uint8Array>, sink: SampleSink, options: ParseOptions): Promise<void> {
  const { file } = options;
  const zone = options.zone ?? UTC;
  let columns: Columns | undefined;
  let headerBroken = false;
  let superseded = 0;
  /** Of `superseded`, the rows without an id, grouped by project and start. */
  let supersededAnonymous = 0;
  /** Components counted at an earlier row's value, for the note ("line 7 cpu_energy (...)"). */
  const carried: string[] = [];
  let carriedCount = 0;
  /** The latest snapshot per run key, and how many runs have reused each key. */
  const runs = new Map<string, Snapshot>();
  const reuse = new Map<string, number>();
  const finished: Snapshot[] = [];
  /** Keys of id-less runs by project and start-time bucket (a key may sit in two buckets). */
  const anonymous = new Map<string, Map<number, string[]>>();
  const remember = (snapshot: Snapshot, key: string): void => {
    const buckets = anonymous.get(snapshot.project) ?? new Map<number, string[]>();
    anonymous.set(snapshot.project, buckets);
    const bucket = bucketOf(snapshot.startMs);
    const keys = buckets.get(bucket) ?? [];
    buckets.set(bucket, keys);
    if (keys[keys.length - 1] !== key) keys.push(key);
  };
  /** The id-less run an id-less row continues: the one whose start is closest, latest on a tie. */
  const findAnonymous = (snapshot: Snapshot): string | undefined => {
    const buckets = anonymous.get(snapshot.project);
    if (!buckets) return undefined;
    let best: { key: string; offMs: number } | undefined;
    const bucket = bucketOf(snapshot.startMs);
    for (const b of [bucket - 1, bucket, bucket + 1]) {
      const keys = buckets.get(b) ?? [];
      for (let i = keys.length - 1; i >= Math.max(0, keys.length - MAX_CANDIDATES); i--) {
        const previous = runs.get(keys[i]);
        if (!previous || !continues(previous, snapshot)) continue;
        const offMs = Math.abs(snapshot.startMs - previous.startMs);
        if (!best || offMs < best.offMs) best = { key: keys[i], offMs };
      }
    }
    return best?.key;
  };
  const carry = (what: string[]): void => {
    carriedCount += what.length;
    for (const w of what) if (carried.length < 3) carried.push(w);
  };

  await forEachCsvRecord(
    chunks,
    (fields, line) => {
      if (isHeader(fields)) {
        columns = readHeader(fields, line, sink, file);
        headerBroken = columns === undefined;
        return;
      }
      if (!columns) {
        if (!headerBroken) {
          headerBroken = true;
          sink.report(
            diagnostic(
              'error',
              'traces/missing-header',
              'CodeCarbon file has no header row; expected "timestamp,project_name,..." as its first line.',
              { file, line, column: 1 }
            )
          );
        }
        sink.drop('malformed-row', line, 'no CodeCarbon header before this row');
        return;
      }
      if (fields.length !== columns.count) {
        // CodeCarbon's append mode drops all-empty columns before writing a row, so a row can be
        // shorter than the header; its values cannot be matched to names, so it is not used.
        sink.drop('malformed-row', line, `${fields.length} fields where the header has ${columns.count}`);
        return;
      }
      const endMs = parseDateTime(fields[columns.timestamp], zone);
      if (Number.isNaN(endMs)) {
        sink.drop('bad-timestamp', line, `timestamp "${excerpt(fields[columns.timestamp])}"`);
        return;
      }
      const durationS = cell(fields, columns.duration);
      if (durationS === undefined) return sink.drop('unavailable', line, 'duration is empty');
      if (Number.isNaN(durationS))
        return sink.drop('non-numeric', line, `duration "${excerpt(fields[columns.duration])}"`);
      if (durationS < 0) return sink.drop('negative', line, `duration ${durationS}`);

      const energies: Snapshot['energies'] = [];
      const problems: Snapshot['drops'] = [];
      let componentSumKWh = 0;
      for (const { index, name, component } of columns.components) {
        const energyKWh = cell(fields, index);
        if (energyKWh === undefined || Number.isNaN(energyKWh) || energyKWh < 0) {
          const reason = energyKWh === undefined ? 'unavailable' : Number.isNaN(energyKWh) ? 'non-numeric' : 'negative';
          problems.push({ reason, detail: `${name} "${excerpt(fields[index].trim())}"`, component, column: name });
          continue;
        }
        energies.push({ component, energyKWh });
        componentSumKWh += energyKWh;
      }
      const totalKWh = cell(fields, columns.energyConsumed);
      const totalUsable = totalKWh !== undefined && Number.isFinite(totalKWh) && totalKWh >= 0;
      if (columns.components.length === 0 || problems.length > 0) {
        if (totalUsable) {
          // The total less the components that are there is what the unreadable ones drew, so no
          // energy is lost: it is kept as `other`.
          const restKWh = totalKWh - componentSumKWh;
          if (restKWh > 1e-12 * Math.max(1, totalKWh)) energies.push({ component: 'other', energyKWh: restKWh });
          problems.length = 0;
        } else if (columns.components.length === 0) {
          const reason = totalKWh === undefined ? 'unavailable' : Number.isNaN(totalKWh) ? 'non-numeric' : 'negative';
          problems.push({ reason, detail: `energy_consumed "${excerpt(fields[columns.energyConsumed].trim())}"` });
        }
      }
      if (energies.length === 0) {
        for (const p of problems) sink.drop(p.reason, line, p.detail);
        return;
      }

      const id = (
        columns.runId !== -1 ? fields[columns.runId] : columns.experimentId !== -1 ? fields[columns.experimentId] : ''
      ).trim();
      const startMs = endMs - durationS * 1000;
      const known: Snapshot['known'] = new Map();
      for (const { component, energyKWh } of energies)
        if (component !== 'other') known.set(component, { energyKWh, line });
      const snapshot: Snapshot = {
        device: '',
        line,
        startMs,
        endMs,
        durationS,
        energies,
        drops: problems,
        project: columns.project === -1 ? '' : fields[columns.project].trim(),
        known,
        pue: columns.pue === -1 ? '' : fields[columns.pue].trim(),
        version: columns.version === -1 ? '' : fields[columns.version].trim(),
        gpuCount: gpuCountOf(fields, columns)
      };
      if (id === '') {
        // No id: a flush of an earlier id-less run of this project where one fits, else a run.
        const continued = findAnonymous(snapshot);
        if (continued !== undefined) {
          carry(supersede(runs.get(continued) as Snapshot, snapshot));
          superseded++;
          supersededAnonymous++;
          runs.set(continued, snapshot);
          remember(snapshot, continued);
          return;
        }
        const key = `row-${line}`;
        snapshot.device = `${options.devicePrefix}${key}`;
        runs.set(key, snapshot);
        remember(snapshot, key);
        return;
      }
      const key = id;
      snapshot.device = `${options.devicePrefix}${key}`;
      const previous = runs.get(key);
      if (
        previous &&
        durationS >= previous.durationS &&
        Math.abs(startMs - previous.startMs) <= SAME_START_TOLERANCE_MS
      ) {
        // A later cumulative snapshot of the same tracker run supersedes the earlier one.
        superseded++;
        carry(supersede(previous, snapshot));
        runs.set(key, snapshot);
        return;
      }
      if (previous) {
        // The id was reused by another run (1.x experiment ids, or a restarted tracker).
        finished.push(previous);
        const n = (reuse.get(key) ?? 1) + 1;
        reuse.set(key, n);
        snapshot.device = `${options.devicePrefix}${key}#${n}`;
      }
      runs.set(key, snapshot);
    },
    (line) => sink.drop('malformed-row', line, 'line longer than any CodeCarbon row'),
    (start, end) =>
      sink.report(
        diagnostic('warning', 'traces/unclosed-quote', unclosedQuoteMessage(start, end), { file, line: start })
      )
  );

  for (const run of runs.values()) finished.push(run);
  finished.sort((a, b) => a.line - b.line);
  for (const run of finished) {
    // One device key per run and component: a device carries one component, and the three
    // components of a run cover the same time, which one device's intervals may not.
    for (const { component, energyKWh } of run.energies) {
      if (component === 'gpu' && run.gpuCount > 1) {
        // CodeCarbon sums its GPUs; spread evenly, each GPU is one device, so the per-device
        // plausibility check applies per GPU and not to an 8-GPU total.
        for (let g = 0; g < run.gpuCount; g++)
          sink.interval(`${run.device}/gpu${g}`, run.startMs, run.endMs, energyKWh / run.gpuCount, run.line, component);
      } else sink.interval(`${run.device}/${component}`, run.startMs, run.endMs, energyKWh, run.line, component);
    }
    for (const { reason, detail } of run.drops) sink.drop(reason, run.line, detail);
  }
  // A file with no usable row is reported by the integrator (`traces/no-samples`).
  if (finished.length === 0) return;
  if (superseded > 0) {
    tellNote(
      sink,
      'traces/codecarbon-snapshots',
      `${superseded} CodeCarbon row(s) were earlier cumulative snapshots (flush) of a run that has a later row; only each run's latest row is counted.${
        supersededAnonymous > 0
          ? ` ${supersededAnonymous} of them have no run id: they were matched to their run by project_name, a start (timestamp - duration) within ${SAME_START_TOLERANCE_MS / 1000} s, and a duration and energies that did not go down.`
          : ''
      }`,
      file
    );
  }
  if (carriedCount > 0) {
    tellNote(
      sink,
      'traces/codecarbon-snapshots',
      `${carriedCount} component value(s) missing from a run's latest CodeCarbon row (empty, with no energy_consumed to recover them from) were taken from an earlier row of the same run, so what that component drew after the earlier row is not counted: ${carried.join('; ')}${carriedCount > carried.length ? '; ...' : ''}.`,
      file
    );
  }
  reportPue(finished, sink, file);
}

/**
 * Decides, per file, whether CodeCarbon's energy already includes a facility PUE, and says so.
 * CodeCarbon multiplies every energy delta by its `pue` setting. Above 1 that is a facility
 * overhead, and carbon-gate must not apply another. At 1.0 (its default), or without a `pue`
 * column (before 2.3, when it applied none), the energy is plain IT energy: the run's PUE is then
 * applied once, like for any other log. A file that mixes both is taken as PUE-included (the runs
 * above 1 must not be multiplied again), and the note names the runs at 1.0.
 */
function reportPue(runs: Snapshot[], sink: SampleSink, file: string): void {
  const appliedPue = (run: Snapshot): boolean => Number(run.pue) > 1;
  const included = runs.some(appliedPue);
  sink.pueIncluded?.(included, [...new Set(runs.filter(appliedPue).map((r) => Number(r.pue)))]);
  const byPue = new Map<string, Snapshot[]>();
  for (const run of runs) {
    const list = byPue.get(run.pue) ?? [];
    list.push(run);
    byPue.set(run.pue, list);
  }
  for (const [pue, list] of byPue) {
    const versions = [...new Set(list.map((r) => r.version).filter(Boolean))];
    const by = versions.length ? `CodeCarbon ${versions.join(', ')}` : 'CodeCarbon';
    let message: string;
    if (appliedPue(list[0])) {
      message = `${by} energy already includes its PUE ${pue} (column "pue"); carbon-gate applies no further PUE to this file.`;
    } else if (included) {
      message = `${by} energy of ${list.length} run(s) carries PUE ${pue || '1.0 (no "pue" column)'}, but other runs in this file carry a PUE above 1, so the whole file is taken as PUE-included and no further PUE is applied; split the files to have the run's PUE applied to these.`;
    } else {
      const why = pue
        ? `its PUE ${pue} (column "pue") adds no facility overhead`
        : 'it wrote no "pue" column (before 2.3 it applied none)';
      message = `${by} energy is plain IT energy: ${why}, so carbon-gate applies the run's PUE to it once.`;
    }
    tellNote(sink, 'traces/pue-included', message, file, list[0].line);
  }
}

/** The CodeCarbon `emissions.csv` format. */
export const format: TraceFormat = {
  id: 'codecarbon',
  pueIncluded: true,
  detect(head: string): boolean {
    const first = head
      .replace(/^\ufeff/, '')
      .split(/\r?\n/, 1)[0]
      .toLowerCase();
    const names = first.split(',').map((n) => n.trim().replace(/^"|"$/g, ''));
    return (
      names.includes('timestamp') &&
      names.includes('project_name') &&
      (names.includes('energy_consumed') || names.includes('duration'))
    );
  },
  parse
};
