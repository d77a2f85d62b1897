/**
 * Checks a parsed ledger as a whole: each record's `prev` is the hash of the line before it (across
 * shards, in month order), ids are unique, each record sits in the shard of its `recordedAt` month,
 * and each line is the canonical serialisation (keys in order, no spaces), so the writer's hash and
 * the reader's agree. Any edit, insertion, deletion or reordering of a line breaks one of these.
 */
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics.js';
import type { LedgerEntry, ParsedLedger } from './parse.js';
import { recordHash, serializeRecord } from './record.js';

/** The outcome of {@link verifyLedger}. */
export interface LedgerVerification {
  /** True when the shards parse and every check holds. */
  ok: boolean;
  /** Records read. */
  records: number;
  shards: number;
  /** The hash of the last line (the next record's `prev`); "" for an empty ledger. */
  tipHash: string;
  /** The parser's and the checks' diagnostics, in order. */
  diagnostics: Diagnostic[];
}

/** Verifies the chain, the ids, the shard months and the serialisation of every record. */
export function verifyLedger(parsed: ParsedLedger): LedgerVerification {
  const diagnostics = [...parsed.diagnostics];
  const seen = new Map<string, LedgerEntry>();
  let previous: LedgerEntry | undefined;
  for (const entry of parsed.entries) {
    const at = { file: entry.file, line: entry.lineNumber };
    const { record } = entry;
    const canonical = serializeRecord(record);
    if (canonical !== entry.line) {
      diagnostics.push(
        diagnostic(
          'error',
          'ledger/not-canonical',
          'Ledger record is not written as the writer writes it (keys in the format order, no spaces): it was edited by hand or by another tool.',
          { ...at, column: firstDifference(canonical, entry.line) }
        )
      );
    }
    const expectedPrev = previous === undefined ? '' : recordHash(previous.line);
    if (record.prev !== expectedPrev) {
      const what =
        previous === undefined
          ? 'the first record must have `prev: ""`'
          : `\`prev\` must be the SHA-256 of the record before it (${previous.file}:${previous.lineNumber}), ${expectedPrev}`;
      diagnostics.push(
        diagnostic(
          'error',
          'ledger/broken-chain',
          `The hash chain is broken here: ${what}, got ${JSON.stringify(record.prev)}. A record before this one was edited, removed or reordered.`,
          { ...at, column: columnOf(entry.line, 'prev') }
        )
      );
    }
    const first = seen.get(record.id);
    if (first) {
      diagnostics.push(
        diagnostic(
          'error',
          'ledger/duplicate-id',
          `Ledger record id ${record.id} appears twice; the first is ${first.file}:${first.lineNumber}. Each spent run is recorded once.`,
          { ...at, column: columnOf(entry.line, 'id') }
        )
      );
    } else {
      seen.set(record.id, entry);
    }
    const month = record.recordedAt.slice(0, 7);
    if (month !== entry.shardMonth) {
      diagnostics.push(
        diagnostic(
          'error',
          'ledger/wrong-shard',
          `Ledger record recorded at ${record.recordedAt} belongs in ledger/${month}.jsonl, not in the ${entry.shardMonth} shard.`,
          { ...at, column: columnOf(entry.line, 'recordedAt') }
        )
      );
    }
    previous = entry;
  }
  return {
    ok: !hasErrors(diagnostics),
    records: parsed.entries.length,
    shards: parsed.shards,
    tipHash: previous === undefined ? '' : recordHash(previous.line),
    diagnostics
  };
}

/** 1-based column where two strings first differ. */
function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i + 1;
}

/** 1-based column of `"key":` in the line, or 1 when absent. */
function columnOf(line: string, key: string): number {
  const index = line.indexOf(`${JSON.stringify(key)}:`);
  return index < 0 ? 1 : index + 1;
}
