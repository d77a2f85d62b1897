/**
 * Reads ledger shards (`ledger/YYYY-MM.jsonl`) into records. Every input is hostile: a line that is
 * not JSON, a field of the wrong type, a shard with an odd name each give a diagnostic at its file,
 * line and column, and the line is left out (never guessed). The chain and the other cross-record
 * checks are in verify.ts; this module judges each line alone.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { excerpt } from '../excerpt.js';
import type { TextInput } from '../model.js';
import { LEDGER_RECORD_VERSION, RECORD_KEYS, type LedgerRecord } from './record.js';

/** Every diagnostic code of the ledger (documented in docs/diagnostics/ledger.md). */
export const LEDGER_CODES = [
  'ledger/bad-shard-name',
  'ledger/bad-json',
  'ledger/bad-record',
  'ledger/not-canonical',
  'ledger/broken-chain',
  'ledger/duplicate-id',
  'ledger/wrong-shard',
  'ledger/unreadable',
  'ledger/missing',
  'ledger/too-large'
] as const;

/** A shard's path: `ledger/` then the UTC month, as written by the writer. */
const SHARD_NAME = /(?:^|\/)ledger\/(\d{4})-(0[1-9]|1[0-2])\.jsonl$/;

/** 40 lowercase hex digits: a Git commit. */
const COMMIT = /^[0-9a-f]{40}$/;

/** 64 lowercase hex digits: a SHA-256. */
const SHA256 = /^[0-9a-f]{64}$/;

/** `owner/name` as GitHub spells them. */
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** ISO 8601 UTC as `Date.prototype.toISOString` writes it, or without milliseconds. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** The longest line read (a record is well under 2 KiB; a longer line is not one of ours). */
const MAX_LINE_CHARS = 16_384;

/** One record as it was read: its exact line (the chain hashes it) and where it stands. */
export interface LedgerEntry {
  record: LedgerRecord;
  /** The line's text, without its newline. */
  line: string;
  /** The shard's path. */
  file: string;
  /** 1-based line number in the shard. */
  lineNumber: number;
  /** `YYYY-MM` from the shard's name. */
  shardMonth: string;
}

/** The records of every shard in chain order (shards by month, lines in order) and the problems. */
export interface ParsedLedger {
  entries: LedgerEntry[];
  diagnostics: Diagnostic[];
  /** Number of shards read (with a valid name). */
  shards: number;
}

/**
 * Parses shards. Shards are taken in month order whatever order they come in (the chain runs across
 * them in that order); a shard whose name is not `ledger/YYYY-MM.jsonl` is reported and skipped.
 */
export function parseLedger(shards: readonly TextInput[]): ParsedLedger {
  const diagnostics: Diagnostic[] = [];
  const named: { input: TextInput; month: string }[] = [];
  for (const input of shards) {
    const match = SHARD_NAME.exec(input.file);
    if (!match) {
      diagnostics.push(
        diagnostic(
          'error',
          'ledger/bad-shard-name',
          `Ledger shard "${excerpt(input.file)}": expected a name ledger/YYYY-MM.jsonl (the UTC month of its records); the file is not read.`,
          { file: input.file }
        )
      );
      continue;
    }
    named.push({ input, month: `${match[1]}-${match[2]}` });
  }
  named.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.input.file < b.input.file ? -1 : 1));
  const entries: LedgerEntry[] = [];
  for (const { input, month } of named) {
    const lines = input.text.split('\n');
    // The writer ends every line with a newline, so the text's last piece is empty.
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    lines.forEach((line, index) => {
      const at = { file: input.file, line: index + 1 };
      const record = parseLine(line, at, diagnostics);
      if (record) entries.push({ record, line, file: input.file, lineNumber: index + 1, shardMonth: month });
    });
  }
  return { entries, diagnostics, shards: named.length };
}

/** One line: JSON, an object, and every field of the version-1 record with its type. */
function parseLine(line: string, at: { file: string; line: number }, out: Diagnostic[]): LedgerRecord | undefined {
  if (line.length > MAX_LINE_CHARS) {
    out.push(
      diagnostic(
        'error',
        'ledger/too-large',
        `Ledger line of ${line.length} characters: expected one record of at most ${MAX_LINE_CHARS}; the line is not read.`,
        { ...at, column: 1 }
      )
    );
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const column = position ? Number(position[1]) + 1 : 1;
    const hint = line.trim() === '' ? 'an empty line' : JSON.stringify(excerpt(line));
    out.push(
      diagnostic(
        'error',
        'ledger/bad-json',
        `Expected one JSON object per line (a ledger record), got ${hint}: ${excerpt(message)}.`,
        { ...at, column }
      )
    );
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    out.push(
      diagnostic(
        'error',
        'ledger/bad-record',
        `Expected a ledger record (a JSON object), got ${Array.isArray(value) ? 'an array' : JSON.stringify(excerpt(line))}.`,
        { ...at, column: 1 }
      )
    );
    return undefined;
  }
  const object = value as Record<string, unknown>;
  const problems: { key: string; expected: string }[] = [];
  const check = (key: string, ok: boolean, expected: string) => {
    if (!ok) problems.push({ key, expected });
  };
  const str = (key: string, test?: RegExp) => typeof object[key] === 'string' && (!test || test.test(object[key]));
  const num = (key: string, min = 0) =>
    typeof object[key] === 'number' && Number.isFinite(object[key]) && object[key] >= min;
  check('v', object.v === LEDGER_RECORD_VERSION, `${LEDGER_RECORD_VERSION} (the only record version)`);
  check('id', str('id', SHA256), '64 lowercase hex digits (a SHA-256)');
  check('prev', object.prev === '' || str('prev', SHA256), '64 lowercase hex digits, or "" for the first record');
  check('repo', str('repo', REPO), '"owner/name"');
  check('commit', str('commit', COMMIT), 'a 40-hex commit SHA');
  check(
    'pr',
    object.pr === null || (Number.isSafeInteger(object.pr) && (object.pr as number) > 0),
    'a pull request number or null'
  );
  check('workflowRun', isWorkflowRun(object.workflowRun), '{"id": number, "attempt": number} or null');
  check('event', ['push', 'workflow_run', 'cli'].includes(object.event as string), 'push, workflow_run or cli');
  check('manifest', str('manifest') && (object.manifest as string).length > 0, 'a repository-relative path');
  check('run', str('run') && (object.run as string).length > 0, 'a run name');
  check('method', object.method === 'estimated' || object.method === 'measured', 'estimated or measured');
  check('energyKWh', num('energyKWh'), 'a number of kWh, 0 or more');
  check('emissionsKg', num('emissionsKg'), 'a number of kg CO2e, 0 or more');
  check('intensityGPerKWh', num('intensityGPerKWh'), 'a number of g CO2e/kWh, 0 or more');
  check('intensitySource', str('intensitySource'), 'a string');
  check('pue', num('pue', 1), 'a number, 1 or more');
  check('dataVersion', str('dataVersion'), 'a string');
  check('spentAt', isTime(object.spentAt), 'an ISO 8601 UTC time such as "2026-01-31T12:00:00Z"');
  check('recordedAt', isTime(object.recordedAt), 'an ISO 8601 UTC time such as "2026-01-31T12:00:00Z"');
  check('estimateOf', object.estimateOf === null || str('estimateOf', SHA256), 'an id (64 hex digits) or null');
  const unknown = Object.keys(object).filter((k) => !(RECORD_KEYS as readonly string[]).includes(k));
  for (const key of unknown) problems.push({ key, expected: 'no such key in a version-1 record' });
  if (problems.length === 0) return object as unknown as LedgerRecord;
  for (const { key, expected } of problems.slice(0, 5)) {
    const got = key in object ? JSON.stringify(excerpt(JSON.stringify(object[key]) ?? 'undefined')) : 'nothing';
    out.push(
      diagnostic('error', 'ledger/bad-record', `Ledger record field \`${key}\`: expected ${expected}, got ${got}.`, {
        ...at,
        column: columnOfKey(line, key)
      })
    );
  }
  return undefined;
}

/** `{id, attempt}` with positive integers, or null. */
function isWorkflowRun(value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  const run = value as Record<string, unknown>;
  return (
    Object.keys(run).length === 2 &&
    Number.isSafeInteger(run.id) &&
    (run.id as number) > 0 &&
    Number.isSafeInteger(run.attempt) &&
    (run.attempt as number) > 0
  );
}

/** An ISO 8601 UTC time that is a real instant (not 2026-02-31). */
function isTime(value: unknown): boolean {
  if (typeof value !== 'string' || !ISO_UTC.test(value)) return false;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 19) === value.slice(0, 19);
}

/** 1-based column of `"key":` in the line, or 1 when the key is absent. */
function columnOfKey(line: string, key: string): number {
  const index = line.indexOf(`${JSON.stringify(key)}:`);
  return index < 0 ? 1 : index + 1;
}
