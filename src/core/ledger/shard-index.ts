/**
 * The shard index on the ledger branch, `ledger/index.json`: the names of the shards, written in the
 * same commit as them. The dashboard page served by GitHub Pages reads it to know which shards to
 * fetch (a static host lists no folders). Readers of the ledger itself (the writer, the CLI, the
 * action's window budgets) list the branch's tree instead and ignore this file.
 */

/** The index's path on the ledger branch (relative to the branch root, where the page is). */
export const SHARD_INDEX_PATH = 'ledger/index.json';

/** A shard's path: `ledger/YYYY-MM.jsonl`. */
export const SHARD_PATH = /^ledger\/\d{4}-\d{2}\.jsonl$/;

/** The index's text: `{"v":1,"shards":[...]}`, shards in month order, one final newline. */
export function shardIndexText(shardPaths: Iterable<string>): string {
  const shards = [...shardPaths].filter((p) => SHARD_PATH.test(p)).sort();
  return `${JSON.stringify({ v: 1, shards })}\n`;
}
