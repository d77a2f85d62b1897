/**
 * Writes the `co2_eq_emissions` metadata into a Hugging Face model card (its README.md) the way the
 * Hub reads it: inside the YAML front matter at the top of the file, between a first line `---`
 * and the next line `---` (the Hub's own pattern, `^\s*---[\r\n]+ ... [\r\n]+---(\r\n|\n|$)`, in
 * huggingface_hub's `repocard.py`). A bare YAML block appended to the body is shown as text and
 * never read as metadata.
 *
 * The edit is a textual splice, so everything else stays as it was, byte for byte: the other keys
 * with their comments, anchors, quoting and layout, the line endings (CRLF stays CRLF), and the
 * whole body (a `---` rule in it included). Only the `co2_eq_emissions` entry is written: an
 * existing one is replaced in place (keeping a `training_type`, or any other key, that someone
 * wrote there and carbon-gate cannot know), a missing one is added at the end of the front matter,
 * and a card without front matter gets one. The result is parsed again and must give the same
 * value for every other key, or nothing is written.
 *
 * Pure: text in, text or diagnostics out; the CLI reads and writes the file.
 */
import { isMap, isScalar, parseDocument, stringify, type Pair } from 'yaml';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Co2Metadata } from './modelcard.js';

/** The metadata key the Hub reads emissions from. */
const KEY = 'co2_eq_emissions';

/** The keys of {@link Co2Metadata}, and where a kept `training_type` goes among them (the Hub's order). */
const OWN_KEYS: readonly string[] = ['emissions', 'source', 'geographical_location', 'hardware_used'];

/** What the edit did. */
export type CardChange = 'created' | 'added' | 'replaced';

/** The card's new text and what changed, or why it cannot be edited (then nothing is to be written). */
export type CardUpdate = { ok: true; text: string; change: CardChange } | { ok: false; diagnostics: Diagnostic[] };

/** Where the front matter lies in the text (after a byte-order mark). */
interface FrontMatter {
  /** Index just after the opening `---` line and its line break. */
  bodyStart: number;
  /** Index of the closing `---` line. */
  closeStart: number;
  /** 1-based line of the front matter's first line, for diagnostics. */
  firstLine: number;
}

/**
 * Puts `metadata` into the card's front matter as `co2_eq_emissions` (see the module comment).
 * `file` names the card in diagnostics.
 */
export function updateModelCard(card: string, metadata: Co2Metadata, file: string): CardUpdate {
  const bom = card.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = card.slice(bom.length);
  // New lines take the card's own line ending, that of its first line.
  const firstBreak = text.indexOf('\n');
  const eol = firstBreak > 0 && text[firstBreak - 1] === '\r' ? '\r\n' : '\n';
  const fail = (
    code: 'modelcard/unclosed-front-matter' | 'modelcard/bad-front-matter',
    message: string,
    line?: number
  ): CardUpdate => ({
    ok: false,
    diagnostics: [diagnostic('error', code, message, line === undefined ? { file } : { file, line })]
  });

  const found = findFrontMatter(text);
  if (found === 'unclosed') {
    return fail(
      'modelcard/unclosed-front-matter',
      'The model card starts with a `---` line but has no closing `---` line, so its front matter has no end; close it (or remove the first `---`) and run again. Nothing was written.',
      1
    );
  }
  if (found === undefined) {
    const block = renderBlock(metadata, {}, '', eol);
    return { ok: true, change: 'created', text: `${bom}---${eol}${block}---${eol}${text}` };
  }

  const yaml = text.slice(found.bodyStart, found.closeStart);
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    // An error found at the end of the text (an unclosed bracket) is shown on its last line, not on the closing `---`.
    const lastLine = found.firstLine + Math.max(0, (yaml.match(/\n/g) ?? []).length - 1);
    const line = Math.min(lastLine, error.linePos ? found.firstLine + error.linePos[0].line - 1 : found.firstLine);
    return fail(
      'modelcard/bad-front-matter',
      `The model card's front matter is not valid YAML (${firstLine(error.message)}); fix it and run again. Nothing was written.`,
      line
    );
  }
  const root = doc.contents;
  const empty = root === null || (isScalar(root) && root.value === null);
  if (!empty && !(isMap(root) && !root.flow)) {
    return fail(
      'modelcard/bad-front-matter',
      `The model card's front matter is ${isMap(root) ? 'a flow mapping ({ ... })' : 'not a mapping'}; the Hub reads metadata from a block mapping (one \`key: value\` per line), and only such a front matter is edited. Nothing was written.`,
      found.firstLine
    );
  }
  const before = empty ? {} : toJs(doc);
  if (before === undefined) {
    return fail(
      'modelcard/bad-front-matter',
      "The model card's front matter uses more aliases than a front matter needs (a resource-exhaustion guard); edit it by hand. Nothing was written.",
      found.firstLine
    );
  }
  const old = before[KEY];
  const kept = old !== null && typeof old === 'object' && !Array.isArray(old) ? (old as Record<string, unknown>) : {};

  let updated: string;
  let change: CardChange;
  const map = isMap(root) ? root : undefined;
  const pair = map?.items.find((p) => isScalar(p.key) && p.key.value === KEY);
  if (pair) {
    const span = pairLines(yaml, pair);
    if (!span) {
      return fail(
        'modelcard/bad-front-matter',
        `The front matter's \`${KEY}\` key does not start its own line, so it cannot be replaced in place. Nothing was written.`,
        found.firstLine
      );
    }
    updated = yaml.slice(0, span.start) + renderBlock(metadata, kept, span.indent, eol) + yaml.slice(span.end);
    change = 'replaced';
  } else {
    const indent = map ? keyIndent(yaml, map.items[0]) : '';
    const separator = yaml === '' || yaml.endsWith('\n') ? '' : eol;
    updated = yaml + separator + renderBlock(metadata, {}, indent ?? '', eol);
    change = 'added';
  }

  // The splice must change nothing but the one key: parse again and compare every other value.
  const after = parseDocument(updated);
  const afterJs = after.errors.length === 0 ? toJs(after) : undefined;
  const expected = { ...withoutKey(before), [KEY]: expectedBlock(metadata, kept) };
  if (afterJs === undefined || JSON.stringify(sortKeys(afterJs)) !== JSON.stringify(sortKeys(expected))) {
    return fail(
      'modelcard/bad-front-matter',
      `Replacing \`${KEY}\` in the model card's front matter would change another key (an anchor defined in it and used elsewhere?); edit it by hand. Nothing was written.`,
      found.firstLine
    );
  }
  return { ok: true, change, text: bom + text.slice(0, found.bodyStart) + updated + text.slice(found.closeStart) };
}

/**
 * The front matter's place: an opening line `---` (after blank space only) and the next line that
 * is exactly `---`; `unclosed` when the opening has no closing; undefined when the text does not
 * start with `---`. An opening directly followed by its closing is an empty front matter.
 */
function findFrontMatter(text: string): FrontMatter | 'unclosed' | undefined {
  const open = /^\s*?---(\r?\n|$)/.exec(text);
  if (!open) return undefined;
  const bodyStart = open[0].length;
  const firstLine = (open[0].match(/\n/g) ?? []).length + 1;
  // Line by line on `\n` (a `\r` before it belongs to the line break), as the Hub splits them.
  for (let start = bodyStart; start < text.length || start === bodyStart;) {
    const lineBreak = text.indexOf('\n', start);
    const line = text.slice(start, lineBreak === -1 ? text.length : lineBreak).replace(/\r$/, '');
    if (line === '---') return { bodyStart, closeStart: start, firstLine };
    if (lineBreak === -1) break;
    start = lineBreak + 1;
  }
  return 'unclosed';
}

/**
 * The whole lines an entry takes, from the start of its key's line to the end of its value's last
 * line (with the line break), and the key's indentation; undefined when something other than
 * blank space precedes the key on its line.
 */
function pairLines(yaml: string, pair: Pair): { start: number; end: number; indent: string } | undefined {
  const key = pair.key as { range?: [number, number, number] };
  const value = pair.value as { range?: [number, number, number] } | null;
  if (!key.range) return undefined;
  const keyStart = key.range[0];
  const start = yaml.lastIndexOf('\n', keyStart - 1) + 1;
  const indent = yaml.slice(start, keyStart);
  if (!/^[ ]*$/.test(indent)) return undefined;
  const valueEnd = Math.max(key.range[1], value?.range?.[1] ?? 0);
  // The value's end may sit on the last line's break, or before a comment on that line.
  const lineBreak = yaml.indexOf('\n', Math.max(valueEnd - 1, keyStart));
  const end = lineBreak === -1 ? yaml.length : lineBreak + 1;
  return { start, end, indent };
}

/** The indentation of a block mapping's first key, or undefined when it cannot be read. */
function keyIndent(yaml: string, pair: Pair | undefined): string | undefined {
  const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
  if (!range) return undefined;
  const start = yaml.lastIndexOf('\n', range[0] - 1) + 1;
  const indent = yaml.slice(start, range[0]);
  return /^[ ]*$/.test(indent) ? indent : undefined;
}

/**
 * The values to write under `co2_eq_emissions`: carbon-gate's four in the Hub's order, a kept
 * `training_type` after `source` (where the Hub's documentation puts it), then any other key
 * someone wrote there.
 */
function expectedBlock(metadata: Co2Metadata, kept: Record<string, unknown>): Record<string, unknown> {
  const block: Record<string, unknown> = { emissions: metadata.emissions, source: metadata.source };
  if (kept.training_type !== undefined) block.training_type = kept.training_type;
  block.geographical_location = metadata.geographical_location;
  block.hardware_used = metadata.hardware_used;
  for (const [k, v] of Object.entries(kept)) if (!OWN_KEYS.includes(k) && k !== 'training_type') block[k] = v;
  return block;
}

/** The `co2_eq_emissions:` entry as YAML lines, each indented by `indent`, ending with a line break. */
function renderBlock(metadata: Co2Metadata, kept: Record<string, unknown>, indent: string, eol: string): string {
  const yaml = stringify({ [KEY]: expectedBlock(metadata, kept) }, { lineWidth: 0 });
  return yaml
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => indent + line + eol)
    .join('');
}

/** The document as plain data (a mapping); undefined when it is not one or resolving its aliases fails. */
function toJs(doc: ReturnType<typeof parseDocument>): Record<string, unknown> | undefined {
  try {
    const value: unknown = doc.toJS();
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    // yaml refuses documents whose aliases expand past its limit (a "billion laughs" guard).
    return undefined;
  }
}

function withoutKey(values: Record<string, unknown>): Record<string, unknown> {
  const { [KEY]: _dropped, ...rest } = values;
  return rest;
}

/** A value with every object's keys sorted, so that two values compare by content, not key order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])])
    );
  }
  return value;
}

/** yaml's message without its position (counted from the front matter, not the file) and excerpt. */
function firstLine(message: string): string {
  return message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+.*$/, '')
    .replace(/[.:]\s*$/, '');
}
