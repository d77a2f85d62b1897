/**
 * Appends records to the ledger branch through the Git Data API, safe under concurrent writers:
 *
 * 1. read the branch's tip (`GET .../git/ref/heads/{branch}`; 404: the branch is created);
 * 2. read every shard `ledger/*.jsonl` at the tip, to know the ids already present and the hash of
 *    the last line (the chain runs across shards in month order);
 * 3. drop the records already present (by id: a re-run writes nothing), chain the rest onto the
 *    last line, and append each to its month's shard;
 * 4. a tree on the tip's tree with the changed shards inline, and with them, computed from every
 *    record after the append: the dashboard `index.html` at the branch root (ready for GitHub
 *    Pages), the shard index `ledger/index.json` it reads when served, and `.nojekyll` (Pages serves
 *    the files as they are); a commit with the tip as its only parent, and a fast-forward-only ref
 *    update (`force: false`), or `POST .../git/refs` for a new branch.
 *
 * When the ref update is refused (422: another writer moved the branch, or created it first) the
 * whole attempt starts again from step 1 after a jittered backoff, so the other writer's records
 * are kept and ours are re-chained after them (and the page recomputed with them); after {@link MAX_TRIES} attempts it fails in words.
 */
import { formatDiagnostic } from '../../core/diagnostics.js';
import { appendRecords, appendToShards, type UnchainedRecord } from '../../core/ledger/append.js';
import { parseLedger } from '../../core/ledger/parse.js';
import type { LedgerRecord } from '../../core/ledger/record.js';
import { SHARD_INDEX_PATH, SHARD_PATH, shardIndexText } from '../../core/ledger/shard-index.js';
import { verifyLedger } from '../../core/ledger/verify.js';
import { renderDashboard, type DashboardBudget } from '../../core/render/dashboard/index.js';
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
const LEDGER_FOLDER = 'ledger';

/**
 * Attempts at most (the first one included) before the write fails. A choice: each retry follows a
 * writer that moved the branch, so five losses in a row mean sustained contention, better said
 * plainly than waited out while the job holds its runner.
 */
export const MAX_TRIES = 5;

/** The dashboard's path on the ledger branch: its root, where GitHub Pages serves `index.html`. */
const DASHBOARD_PATH = 'index.html';

/** An empty file that makes GitHub Pages serve the branch's files as they are (no Jekyll build). */
const NOJEKYLL_PATH = '.nojekyll';

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
  /** Random in [0, 1), for the jitter (Math.random unless a test fixes it). */
  random?: () => number;
  /** The window budget the dashboard draws (the policy's; see dashboardBudget). */
  budget?: DashboardBudget;
  /** The clock for the dashboard's "now", ms (Date.now unless a test fixes it). */
  nowMs?: () => number;
}

/** A write that could not land, or was refused: the message says why in words. */
export class LedgerWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LedgerWriteError';
  }
}

/** Appends `records` (in order) to `branch`; see the file's comment for the steps and the retry. */
export async function writeLedgerRecords(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
  records: readonly UnchainedRecord[],
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
  records: readonly UnchainedRecord[],
  options: WriteOptions
): Promise<Attempt> {
  const tip = await readTip(client, repo, branch);
  const shards = tip ? await readShards(client, repo, tip.treeSha) : new Map<string, string>();
  const parsed = parseLedger([...shards].map(([file, text]) => ({ file, text })));
  const verified = verifyLedger(parsed);
  // Chaining onto a ledger that does not verify would hide where it was broken.
  if (!verified.ok)
    throw new LedgerWriteError(
      `The ledger branch \`${branch}\` does not verify, so carbon-gate appends nothing to it: ${formatDiagnostic(verified.diagnostics[0])} Run \`carbon-gate ledger verify --branch ${branch}\` and repair the branch (docs/ledger.md).`
    );
  const linked = linkEstimates(
    parsed.entries.map((e) => e.record),
    records
  );
  const appended = appendRecords(verified.tipHash, new Set(parsed.entries.map((e) => e.record.id)), linked);
  const alreadyPresent = appended.skippedIds.length;
  if (appended.lines.length === 0)
    return { kind: 'done', result: { written: 0, alreadyPresent, createdBranch: false } };
  const changed = appendToShards(shards, appended.lines);
  const all = [...parsed.entries.map((e) => e.record), ...appended.lines.map((l) => l.record)];
  const files = new Map(changed);
  files.set(SHARD_INDEX_PATH, shardIndexText(new Set([...shards.keys(), ...changed.keys()])));
  files.set(
    DASHBOARD_PATH,
    renderDashboard(all, {
      nowMs: (options.nowMs ?? Date.now)(),
      repo: `${repo.owner}/${repo.repo}`,
      shardIndex: SHARD_INDEX_PATH,
      ...(options.budget ? { budget: options.budget } : {})
    })
  );
  files.set(NOJEKYLL_PATH, '');
  const tree = await createTree(client, repo, files, tip?.treeSha);
  const message = defaultMessage(appended.lines.length);
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
  return {
    kind: 'done',
    result: { written: appended.lines.length, alreadyPresent, commitSha, createdBranch: !tip }
  };
}

function defaultMessage(count: number): string {
  return `carbon-gate: append ${count} ledger record${count === 1 ? '' : 's'}`;
}

/** Every shard at a tree, in month order. Files under `ledger/` that are not shards are left alone. */
export async function readShards(client: GitHubClient, repo: RepoRef, treeSha: string): Promise<Map<string, string>> {
  const files = (await listFiles(client, repo, treeSha, LEDGER_FOLDER))
    .filter((f) => SHARD_PATH.test(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const shards = new Map<string, string>();
  for (const f of files) shards.set(f.path, await readBlobText(client, repo, f.sha));
  return shards;
}

/**
 * Links each measured record without an `estimateOf` to the latest estimated record of the same
 * manifest and run (on the branch, or earlier in this batch), so estimate and measurement can be
 * reconciled. Done at each attempt: another writer may have added the estimate meanwhile.
 */
function linkEstimates(onBranch: readonly LedgerRecord[], records: readonly UnchainedRecord[]): UnchainedRecord[] {
  const latest = new Map<string, string>();
  const key = (r: { manifest: string; run: string }): string => `${r.manifest}\n${r.run}`;
  for (const r of onBranch) if (r.method === 'estimated') latest.set(key(r), r.id);
  return records.map((r) => {
    if (r.method === 'estimated') {
      latest.set(key(r), r.id);
      return r;
    }
    const estimate = latest.get(key(r));
    return r.estimateOf === null && estimate !== undefined ? { ...r, estimateOf: estimate } : r;
  });
}
