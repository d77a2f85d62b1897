/**
 * Appends records after a ledger's tip: records whose id is already present (or repeated in the
 * batch) are dropped, so a re-run or a retry after a lost race writes nothing twice; the rest are
 * chained onto the tip in order. Pure: the writer (src/action/ledger) reads the tip and the present
 * ids, calls this, and writes the lines to their shards.
 */
import { recordHash, serializeRecord, shardPathFor, type LedgerRecord } from './record.js';

/** A record before it is chained: everything but `prev`. */
export type UnchainedRecord = Omit<LedgerRecord, 'prev'>;

/** One line to write, and the shard it goes to. */
export interface AppendedLine {
  /** `ledger/YYYY-MM.jsonl`. */
  shard: string;
  /** The serialised record, without its newline. */
  line: string;
  record: LedgerRecord;
}

/** What {@link appendRecords} produced. */
export interface AppendResult {
  /** The new lines in chain order. */
  lines: AppendedLine[];
  /** Ids that were dropped because the ledger (or the batch) already held them. */
  skippedIds: string[];
  /** The hash of the new tip line ("" when the ledger stays empty). */
  tipHash: string;
}

/**
 * Chains `records` after the tip. `tipHash` is the hash of the ledger's last line (`""` for an empty
 * ledger; see verifyLedger's `tipHash`); `presentIds` the ids already in it.
 */
export function appendRecords(
  tipHash: string,
  presentIds: ReadonlySet<string>,
  records: readonly UnchainedRecord[]
): AppendResult {
  const seen = new Set(presentIds);
  const lines: AppendedLine[] = [];
  const skippedIds: string[] = [];
  let prev = tipHash;
  for (const unchained of records) {
    if (seen.has(unchained.id)) {
      skippedIds.push(unchained.id);
      continue;
    }
    seen.add(unchained.id);
    const record: LedgerRecord = { ...unchained, prev };
    const line = serializeRecord(record);
    lines.push({ shard: shardPathFor(record.recordedAt), line, record });
    prev = recordHash(line);
  }
  return { lines, skippedIds, tipHash: prev };
}

/**
 * The new shard texts: each touched shard's existing text (missing: empty) with its new lines
 * appended, one per line with a final newline. Shards are in month order.
 */
export function appendToShards(
  existing: ReadonlyMap<string, string>,
  lines: readonly AppendedLine[]
): Map<string, string> {
  const out = new Map<string, string>();
  for (const { shard, line } of lines) {
    let text = out.get(shard) ?? existing.get(shard) ?? '';
    if (text !== '' && !text.endsWith('\n')) text += '\n';
    out.set(shard, `${text}${line}\n`);
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
