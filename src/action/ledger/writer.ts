/**
 * Appends records to the ledger branch through the Git Data API, safe under concurrent writers:
 *
 * 1. read the branch's tip (`GET .../git/ref/heads/{branch}`; 404: the branch is created);
 * 2. read every shard `ledger/*.jsonl` at the tip, to know the ids already present and the hash of
 *    the last line (the chain runs across shards in month order);
 * 3. drop the records already present (by id: a re-run writes nothing), chain the rest onto the
 *    last line, and append each to its month's shard;
 * 4. a tree on the tip's tree with the changed shards inline, commit with the tip as its only parent, and a
 *    fast-forward-only ref update (`force: false`), or `POST .../git/refs` for a new branch.
 *
 * When the ref update is refused (422: another writer moved the branch, or created it first) the
 * whole attempt starts again from step 1 after a jittered backoff, so the other writer's records
 * are kept and ours are re-chained after them; after {@link MAX_TRIES} attempts it fails in words.
 */
import { createHash } from 'node:crypto';
import { errorStatus, type GitHubClient } from '../github.js';
import {
  createBranch,
  createCommit,
  createTree,
  listFiles,
  moveBranch,
  readBlobText,
  readTip,
  type RepoRef
} from './git-data.js';

/** The folder of the shards on the ledger branch. */
export const LEDGER_FOLDER = 'ledger';

/** Attempts at most (the first one included) before the write fails. */
export const MAX_TRIES = 5;

/** A shard's path: `ledger/YYYY-MM.jsonl`. */
const SHARD_PATH = /^ledger\/(\d{4})-(0[1-9]|1[0-2])\.jsonl$/;

/** A record waiting to be written: its id, its shard's month, and how to write its line. */
export interface PendingRecord {
  /** The idempotency key: a record whose id is on the branch already is not written again. */
  id: string;
  /** `YYYY-MM`, the UTC month of its `recordedAt`: the shard it goes to. */
  month: string;
  /** The record as one line (no newline), given the SHA-256 hex of the previous record's line. */
  line(prev: string): string;
}

/** What a write did. */
export interface WriteResult {
  /** Records appended. */
  written: number;
  /** Records already on the branch (by id), not written again. */
  alreadyPresent: number;
  /** The new tip commit; absent when nothing was written. */
  commitSha?: string;
  /** True when this write created the branch. */
  createdBranch: boolean;
  /** Attempts made (1 unless another writer moved the branch in between). */
  tries: number;
}

/** How a write waits between attempts; tests pass a unit of 1 ms. */
export interface WriteOptions {
  /** Backoff unit, ms: attempt n waits about unit x 2^n, jittered by ±50%. */
  retryBaseDelayMs: number;
  /** Commit message; the default names the number of records. */
  message?: (count: number) => string;
  /** Random in [0, 1), for the jitter (Math.random unless a test fixes it). */
  random?: () => number;
}

/** A write that could not land: the message says why in words. */
export class LedgerWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LedgerWriteError';
  }
}

/** SHA-256 hex of a line's UTF-8 bytes: the `prev` of the record after it. */
export function lineHash(line: string): string {
  return createHash('sha256').update(line, 'utf8').digest('hex');
}

/** The shards at a tip: path -> text, in month order (path order is month order). */
type Shards = Map<string, string>;

/** Appends `records` to `branch`; see the file's comment for the steps and the retry. */
export async function appendRecords(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
  records: readonly PendingRecord[],
  options: WriteOptions
): Promise<WriteResult> {
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptWrite(client, repo, branch, records, options);
    if (outcome.kind === 'done') return { ...outcome.result, tries: attempt };
    if (attempt >= MAX_TRIES)
      throw new LedgerWriteError(
        `The ledger branch \`${branch}\` kept moving under carbon-gate: ${MAX_TRIES} attempts to append ${records.length} record${records.length === 1 ? '' : 's'} were each refused (GitHub answered ${outcome.status}: another writer updated the branch first). Nothing was lost on the branch; re-run the job to write this run's records.`
      );
    const waitMs = options.retryBaseDelayMs * 2 ** attempt * (0.5 + random());
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}

/** One attempt: done, or refused because the branch moved (the caller retries). */
type Attempt = { kind: 'done'; result: Omit<WriteResult, 'tries'> } | { kind: 'moved'; status: number };

async function attemptWrite(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
  records: readonly PendingRecord[],
  options: WriteOptions
): Promise<Attempt> {
  const tip = await readTip(client, repo, branch);
  const shards: Shards = tip ? await readShards(client, repo, tip.treeSha) : new Map();
  const present = idsIn(shards);
  const fresh: PendingRecord[] = [];
  for (const r of records) {
    if (present.has(r.id)) continue;
    present.add(r.id);
    fresh.push(r);
  }
  const alreadyPresent = records.length - fresh.length;
  if (fresh.length === 0) return { kind: 'done', result: { written: 0, alreadyPresent, createdBranch: false } };

  let prev = lastLineHash(shards);
  const changed = new Map<string, string>();
  for (const r of fresh) {
    const path = `${LEDGER_FOLDER}/${r.month}.jsonl`;
    const line = r.line(prev);
    prev = lineHash(line);
    const before = changed.get(path) ?? shards.get(path) ?? '';
    changed.set(path, `${before}${before === '' || before.endsWith('\n') ? '' : '\n'}${line}\n`);
  }
  const tree = await createTree(client, repo, changed, tip?.treeSha);
  const message = (options.message ?? defaultMessage)(fresh.length);
  const commitSha = await createCommit(client, repo, message, tree, tip ? [tip.commitSha] : []);
  try {
    if (tip) await moveBranch(client, repo, branch, commitSha);
    else await createBranch(client, repo, branch, commitSha);
  } catch (error) {
    const status = errorStatus(error);
    // 422: not a fast-forward, or the branch was created meanwhile; 409: GitHub's conflict answer.
    if (status === 422 || status === 409) return { kind: 'moved', status };
    throw error;
  }
  return { kind: 'done', result: { written: fresh.length, alreadyPresent, commitSha, createdBranch: !tip } };
}

function defaultMessage(count: number): string {
  return `carbon-gate: append ${count} ledger record${count === 1 ? '' : 's'}`;
}

/** Every shard at a tree, in month order. Files under `ledger/` that are not shards are left alone. */
export async function readShards(client: GitHubClient, repo: RepoRef, treeSha: string): Promise<Shards> {
  const files = (await listFiles(client, repo, treeSha, LEDGER_FOLDER))
    .filter((f) => SHARD_PATH.test(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const shards: Shards = new Map();
  for (const f of files) shards.set(f.path, await readBlobText(client, repo, f.sha));
  return shards;
}

/** The ids of the records on the branch. A line that is not a record is skipped here: `ledger verify` reports it. */
function idsIn(shards: Shards): Set<string> {
  const ids = new Set<string>();
  for (const text of shards.values())
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        const id = (JSON.parse(line) as { id?: unknown }).id;
        if (typeof id === 'string') ids.add(id);
      } catch {
        // Not JSON: not a record, so it holds no id.
      }
    }
  return ids;
}

/** The hash of the last record's line (the last shard's last non-empty line), or "" for an empty ledger. */
function lastLineHash(shards: Shards): string {
  const texts = [...shards.values()];
  for (let i = texts.length - 1; i >= 0; i--) {
    const lines = texts[i].split('\n').filter((l) => l.trim() !== '');
    if (lines.length > 0) return lineHash(lines[lines.length - 1]);
  }
  return '';
}
