/**
 * Reading the ledger's shards from disk for the CLI: from a folder that holds `ledger/*.jsonl` (a
 * checkout of the ledger branch, a download), or from a git branch of the current repository
 * through `git ls-tree` and `git cat-file` (execFile, no shell, no checkout). Never throws: a
 * problem is one sentence.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { LedgerInput, TextInput } from '../core/model.js';
import { git, refProblem } from './git-base.js';
import { readTextFile } from './read.js';

/** The largest shard read: 64 MiB (a month of records is far smaller; GitHub refuses files over 100 MB). */
const MAX_SHARD_BYTES = 64 * 1024 * 1024;

/** The most shards read (a century of months). */
const MAX_SHARDS = 1200;

/** A shard file name. */
const SHARD_FILE = /^\d{4}-\d{2}\.jsonl$/;

/**
 * The shards of `folder/ledger/`. A folder without `ledger/` is unreadable (a wrong path), not an
 * empty ledger.
 */
export async function readLedgerFolder(folder: string, cwd: string): Promise<LedgerInput> {
  const dir = path.resolve(cwd, folder, 'ledger');
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      unreadable:
        code === 'ENOENT'
          ? `${folder} has no ledger/ folder (expected ledger/YYYY-MM.jsonl shards, as on the ledger branch)`
          : `cannot list ${path.join(folder, 'ledger')}: ${code ?? String(error)}`
    };
  }
  const shards = names.filter((n) => SHARD_FILE.test(n)).sort();
  if (shards.length > MAX_SHARDS)
    return { unreadable: `${folder}/ledger holds ${shards.length} shards, more than ${MAX_SHARDS}` };
  const inputs: TextInput[] = [];
  for (const name of shards) {
    const read = await readTextFile(path.join(dir, name), {
      baseDir: cwd,
      maxBytes: MAX_SHARD_BYTES,
      what: 'ledger shard'
    });
    if (!read.input) {
      const first = read.diagnostics[0];
      return { unreadable: `cannot read ledger/${name}: ${first?.message ?? 'unknown problem'}` };
    }
    inputs.push({ file: `ledger/${name}`, text: read.input.text });
  }
  return { shards: inputs, source: `folder ${folder}` };
}

/**
 * The shards of a branch: the local branch, else `origin/<branch>` (a CI clone has the ledger
 * branch only as a remote-tracking one). A branch that does not exist is a missing ledger
 * (`shards: []`).
 */
export async function readLedgerBranch(branch: string, cwd: string): Promise<LedgerInput> {
  const problem = refProblem(branch);
  if (problem) return { unreadable: `the branch name "${branch}" is not usable: ${problem}` };
  let commit: string | undefined;
  let name = branch;
  for (const candidate of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
    const found = await git(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], cwd);
    if (found.ok) {
      commit = found.stdout.trim();
      name = candidate.replace(/^refs\/(heads|remotes)\//, '');
      break;
    }
    if (found.missing) return { unreadable: 'git was not found' };
  }
  if (commit === undefined) {
    const inRepo = await git(['rev-parse', '--git-dir'], cwd);
    if (!inRepo.ok) return { unreadable: `${cwd} is not in a git repository (${inRepo.message})` };
    return { shards: [], source: `branch ${branch} (it does not exist yet)` };
  }
  const listed = await git(['ls-tree', '-z', commit, '--', 'ledger/'], cwd, 4 * 1024 * 1024);
  if (!listed.ok) return { unreadable: `cannot list ledger/ on ${name}: ${listed.message}` };
  const blobs: { file: string; sha: string }[] = [];
  for (const entry of listed.stdout.split('\0')) {
    const match = /^\d+ blob ([0-9a-f]{40,64})\t(ledger\/[^/]+)$/.exec(entry);
    if (match && SHARD_FILE.test(match[2]!.slice('ledger/'.length))) blobs.push({ sha: match[1]!, file: match[2]! });
  }
  if (blobs.length > MAX_SHARDS) return { unreadable: `${name} holds ${blobs.length} shards, more than ${MAX_SHARDS}` };
  const shards: TextInput[] = [];
  for (const blob of blobs) {
    const shown = await git(['cat-file', 'blob', blob.sha], cwd, MAX_SHARD_BYTES + 1);
    if (!shown.ok) return { unreadable: `cannot read ${blob.file} on ${name}: ${shown.message}` };
    shards.push({ file: blob.file, text: shown.stdout });
  }
  return { shards, source: `branch ${name} at ${commit.slice(0, 7)}` };
}
