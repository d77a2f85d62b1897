/**
 * The text of the manifest `carbon-gate record` leaves beside its logs (`carbon-manifest.yml`): a
 * new one, or an existing one with the new logs added to a run's `traces:` by splicing text, so
 * every other byte (comments, order, quoting, other runs) stays as the user wrote it. Pure: the
 * file I/O is in src/io/record/manifest.ts.
 *
 * An update is checked by parsing the result again: it must equal the old manifest with exactly
 * the intended change. Where it would not (flow-style `runs`, aliases, a layout the splice does not
 * expect), nothing is changed and the caller is told what to add by hand.
 */
import { isMap, isScalar, isSeq, parse, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { formatNumber } from '../format.js';
import { parseQuantity } from '../units.js';

/** One recorded log, named relative to the manifest's folder. */
export interface RecordedTrace {
  file: string;
  /** The trace format id the log is written in (`nvidia-smi-csv`, `rapl`). */
  format: string;
  /** What wrote it, for the comment beside it: `nvidia-smi --query-gpu every 1 s`. */
  source: string;
}

/** The GPUs read from the recorded nvidia-smi log. */
export interface RecordedGpus {
  /** The models as nvidia-smi names them, one per GPU (so `count` is its length). */
  models: string[];
  /** True when the one model is in carbon-gate's catalogue (so `gpu.model` can name it). */
  inCatalogue: boolean;
}

/** What one recording adds to a manifest. */
export interface RecordedRun {
  name: string;
  /** `--location`, already checked; absent: a comment asks for one. */
  location?: string;
  /** Wall time of the recorded command, s. */
  durationS: number;
  traces: RecordedTrace[];
  gpus?: RecordedGpus;
  /** When it was recorded, ISO 8601 UTC, for the new file's first comment. */
  recordedAt: string;
}

/** A result of {@link updateRecordManifest}. */
export type ManifestUpdate =
  { ok: true; text: string; run: string; added: 'traces' | 'run' } | { ok: false; problem: string };

/**
 * A YAML double-quoted scalar of any text: backslash, quote, every control character, the Unicode
 * line and paragraph separators, the BOM and lone surrogates are escaped, so a hostile name (`: `,
 * `#`, `{`, a newline, `*alias`, `!!tag`) stays one string in every YAML reader.
 */
export function yamlQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else if (c >= 0xd800 && c <= 0xdfff) out += `\\u${c.toString(16)}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Text for a YAML comment: one line of printable characters. */
function commentText(text: string): string {
  let out = '';
  for (const ch of text.slice(0, 200)) {
    const c = ch.codePointAt(0) ?? 0;
    out += c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 ? '?' : ch;
  }
  return out;
}

/** A duration in seconds as the manifest writes it: `62.4 s` (to the millisecond). */
export function durationText(durationS: number): string {
  return `${Math.round(durationS * 1000) / 1000} s`;
}

/** The comment that stands in for a location nobody gave. */
const LOCATION_COMMENT = [
  '# location: DE   # <- where the energy was drawn; emissions need it. A country (DE, USA),',
  '#   a grid zone (US-CAL-CISO) or a cloud region (gcp:europe-west4, aws:us-east-1). Without it,',
  "#   `carbon-gate check` takes --location or the budget config's location:, else reports",
  '#   location/missing: carbon-gate does not guess a world average.'
];

/** The run's lines, each without indentation (the caller indents): `name:` first. */
function runLines(run: RecordedRun): string[] {
  const lines = [`name: ${yamlQuote(run.name)}`];
  if (run.location !== undefined) lines.push(`location: ${yamlQuote(run.location)}`);
  else for (const line of LOCATION_COMMENT) lines.push(line);
  lines.push(`duration: ${durationText(run.durationS)}   # wall time of the recorded command`);
  const gpus = run.gpus;
  if (gpus && gpus.models.length > 0) {
    const distinct = [...new Set(gpus.models)];
    const summary = distinct.map((m) => `${gpus.models.filter((x) => x === m).length} x ${m}`).join(', ');
    if (distinct.length === 1 && gpus.inCatalogue) {
      lines.push(
        `gpu: { model: ${yamlQuote(distinct[0])}, count: ${gpus.models.length} }   # from the log: the estimate is shown beside the measurement`
      );
    } else {
      const why = distinct.length === 1 ? 'not in the catalogue' : 'more than one model';
      lines.push(
        `# GPUs in the log: ${commentText(summary)} (${why}; add gpu: { watts: ..., count: ... } to see an estimate beside the measurement)`
      );
    }
  }
  return [...lines, 'traces:', ...traceLines(run.traces)];
}

/** `- "file"   # format: source` lines, unindented. */
function traceLines(traces: readonly RecordedTrace[]): string[] {
  return traces.map((t) => `  - ${yamlQuote(t.file)}   # ${commentText(`${t.format}: ${t.source}`)}`);
}

/** A new manifest with the one recorded run. */
export function newRecordManifest(run: RecordedRun): string {
  return [
    `# Written by \`carbon-gate record\` on ${commentText(run.recordedAt)}; \`carbon-gate check\` reads it as it is.`,
    '# Recording again into this folder adds the new logs to a run of the same name (else a new run).',
    'version: 1',
    'runs:',
    ...runLines(run).map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`)),
    ''
  ].join('\n');
}

/** The file's line end: CRLF where it uses CRLF, so added lines match the rest. */
function lineEnd(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The column of the character at `offset`. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The offset just after the line holding `offset` (its newline included), or the text's end. */
function afterLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** The run map whose `name` is `name`. */
function findRun(runs: YAMLSeq, name: string): YAMLMap | undefined {
  for (const item of runs.items) {
    if (isMap(item) && item.get('name') === name) return item;
  }
  return undefined;
}

/**
 * The manifest `text` with the recording added: to the `traces:` of the run of the same name (its
 * `duration:` grows by the new wall time, since the logs now cover both recordings), or as a new
 * run at the end of `runs:` (named `<name> (2)` and so on when a run of that name has no traces).
 * Fails, changing nothing, where the result would not parse back as exactly that change.
 */
export function updateRecordManifest(text: string, run: RecordedRun): ManifestUpdate {
  const doc = parseDocument(text);
  if (doc.errors.length > 0)
    return { ok: false, problem: `it is not valid YAML (${doc.errors[0].message.split('\n')[0]})` };
  const runs = isMap(doc.contents) ? doc.contents.get('runs', true) : undefined;
  if (!isSeq(runs) || runs.flow || runs.range === undefined || runs.range === null)
    return { ok: false, problem: 'it has no block-style `runs:` list to add to' };
  const before = parse(text) as { runs: Record<string, unknown>[] };
  const existing = findRun(runs, run.name);
  const existingTraces = existing?.get('traces', true) as Node | undefined;
  let spliced: {
    text: string;
    run: string;
    added: 'traces' | 'run';
    expect: (runs: Record<string, unknown>[]) => void;
  };
  if (existing && existingTraces !== undefined) {
    const added = addTraces(text, existingTraces, run.traces);
    if (typeof added !== 'string') return added;
    let next = added;
    const duration = existing.get('duration', true) as Node | undefined;
    let newDuration: string | undefined;
    if (isScalar(duration) && duration.range) {
      const old = parseQuantity('duration', duration.value);
      if (old.ok) {
        newDuration = durationText(old.value + run.durationS);
        // The duration comes after the traces in the text or before them: splice at its own offset,
        // shifted by the traces' insertion when that lies before it.
        const shift = duration.range[0] > (existingTraces.range?.[0] ?? 0) ? next.length - text.length : 0;
        next = next.slice(0, duration.range[0] + shift) + newDuration + next.slice(duration.range[1] + shift);
      }
    }
    const index = runs.items.indexOf(existing);
    spliced = {
      text: next,
      run: run.name,
      added: 'traces',
      expect: (r) => {
        const target = r[index];
        const old = target.traces;
        target.traces = [...(Array.isArray(old) ? old : [old]), ...run.traces.map((t) => t.file)];
        if (newDuration !== undefined) target.duration = newDuration;
      }
    };
  } else {
    const name = uniqueName(runs, run.name);
    const last = runs.items[runs.items.length - 1];
    const dashColumn = columnOf(text, runs.range[0]);
    const insertAt = afterLine(text, (last as Node | undefined)?.range?.[1] ?? runs.range[1]);
    const pad = ' '.repeat(dashColumn);
    const lines = runLines({ ...run, name }).map((l, i) => (i === 0 ? `${pad}- ${l}` : `${pad}  ${l}`));
    const eol = lineEnd(text);
    const prefix = insertAt > 0 && text[insertAt - 1] !== '\n' ? eol : '';
    spliced = {
      text: `${text.slice(0, insertAt)}${prefix}${lines.join(eol)}${eol}${text.slice(insertAt)}`,
      run: name,
      added: 'run',
      expect: (r) => {
        r.push(parse(`- ${runLines({ ...run, name }).join('\n  ')}`)[0]);
      }
    };
  }
  // The result must read back as the old manifest plus exactly this change.
  const expected = structuredClone(before);
  spliced.expect(expected.runs);
  let actual: unknown;
  try {
    const check = parseDocument(spliced.text);
    if (check.errors.length > 0) throw new Error(check.errors[0].message);
    actual = check.toJS();
  } catch {
    return { ok: false, problem: 'its layout is one the update cannot edit safely' };
  }
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    return { ok: false, problem: 'its layout is one the update cannot edit safely' };
  return { ok: true, text: spliced.text, run: spliced.run, added: spliced.added };
}

/** `name`, or `name (2)`, `name (3)`, ... : the first no run has. */
function uniqueName(runs: YAMLSeq, name: string): string {
  if (!findRun(runs, name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!findRun(runs, candidate)) return candidate;
  }
}

/** `text` with `traces` appended to the `traces:` node (a block list, a flow list or one scalar). */
function addTraces(text: string, node: Node, traces: readonly RecordedTrace[]): string | ManifestUpdate {
  const range = node.range;
  if (!range) return { ok: false, problem: 'its `traces:` has no position' };
  if (isSeq(node) && !node.flow && node.items.length > 0) {
    const pad = ' '.repeat(columnOf(text, range[0]));
    const last = node.items[node.items.length - 1] as Node;
    const at = afterLine(text, last.range?.[1] ?? range[1]);
    const prefix = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
    const eol = lineEnd(text);
    const lines = traceLines(traces).map((l) => `${pad}${l.trimStart()}${eol}`);
    return `${text.slice(0, at)}${prefix === '' ? '' : eol}${lines.join('')}${text.slice(at)}`;
  }
  const quoted = traces.map((t) => yamlQuote(t.file)).join(', ');
  if (isSeq(node) && node.flow) {
    // Right after the last item (the spacing before `]` stays), or inside an empty `[]`.
    const lastItem = node.items[node.items.length - 1] as Node | undefined;
    const at = lastItem?.range ? lastItem.range[1] : text.lastIndexOf(']', range[1] - 1);
    if (at < range[0]) return { ok: false, problem: 'its `traces:` list has no closing bracket' };
    const sep = lastItem ? ', ' : '';
    return `${text.slice(0, at)}${sep}${quoted}${text.slice(at)}`;
  }
  if (isScalar(node)) {
    return `${text.slice(0, range[0])}[${text.slice(range[0], range[1])}, ${quoted}]${text.slice(range[1])}`;
  }
  return { ok: false, problem: 'its `traces:` is neither a file name nor a list of them' };
}

/** How the record command describes the manifest change, e.g. `2 logs added to run "a"`. */
export function describeUpdate(update: Extract<ManifestUpdate, { ok: true }>, traces: number): string {
  return update.added === 'run'
    ? `run ${yamlQuote(update.run)} added`
    : `${formatNumber(traces)} log(s) added to run ${yamlQuote(update.run)}`;
}
