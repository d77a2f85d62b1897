/**
 * The CLI's base (`carbon-gate check --base <ref>`) read from git: the base is the merge base of
 * `HEAD` and the ref (what a pull request into that ref would be judged against), the change is
 * the working tree against it (committed, staged and unstaged edits, plus untracked manifests),
 * and base files are read from git's objects. Every call runs `git` through `execFile`/`spawn`
 * without a shell, with the ref checked first (it cannot start with `-`, so it is never taken for
 * an option) and `--` before paths.
 */
import { execFile, spawn } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { TraceAccessError } from '../core/traces/access.js';
import type { BaseFileInfo, BaseRead, BaseSource, ChangedFile } from './base.js';

/** Longest ref accepted: git's own names are far shorter; a longer one is a mistake. */
const MAX_REF_CHARS = 256;

/** Largest `git ls-tree` listing read: a repository of a million files lists in about 100 MB. */
const MAX_LISTING_BYTES = 128 * 1024 * 1024;

/**
 * Why a `--base` value cannot be a git ref, or undefined when it may be one. A leading `-` would
 * make git read it as an option; control characters are never part of a ref.
 */
export function refProblem(ref: string): string | undefined {
  if (ref.startsWith('-')) return `a git ref cannot start with '-' (got '${ref.slice(0, 40)}')`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(ref)) return 'a git ref cannot contain control characters';
  if (ref.length > MAX_REF_CHARS) return `a git ref is at most ${MAX_REF_CHARS} characters`;
  return undefined;
}

/** A resolved base: the repository and the commit the change is judged against. */
export interface GitBase {
  /** The working tree's top folder (real path). */
  repoRoot: string;
  /** The ref as given, for the report. */
  ref: string;
  /** The merge base of HEAD and the ref. */
  sha: string;
}

/**
 * Resolves `--base <ref>` in the repository holding `cwd`: its top folder, the ref's commit, and
 * the merge base of `HEAD` and that commit. A problem is one sentence for a usage error.
 */
export async function resolveGitBase(
  cwd: string,
  ref: string
): Promise<{ ok: true; base: GitBase } | { ok: false; problem: string }> {
  const bad = refProblem(ref);
  if (bad) return { ok: false, problem: `Option '--base' needs a branch, tag or commit: ${bad}.` };
  const top = await git(['rev-parse', '--show-toplevel'], cwd);
  if (!top.ok) {
    return {
      ok: false,
      problem:
        top.missing === true
          ? `Option '--base' needs git, which was not found (is it installed and on PATH?).`
          : `Option '--base' needs a git repository, but ${cwd} is not inside one.`
    };
  }
  const repoRoot = await realpath(top.stdout.trim()).catch(() => top.stdout.trim());
  const commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], repoRoot);
  if (!commit.ok) {
    return {
      ok: false,
      problem: `Option '--base': '${ref}' is not a branch, tag or commit of this repository (expected e.g. --base origin/main).`
    };
  }
  const mergeBase = await git(['merge-base', 'HEAD', commit.stdout.trim()], repoRoot);
  if (!mergeBase.ok) {
    return {
      ok: false,
      problem: `Option '--base': HEAD and '${ref}' have no common commit (or HEAD has no commit yet), so there is no base to compare with.`
    };
  }
  return { ok: true, base: { repoRoot, ref, sha: mergeBase.stdout.trim() } };
}

/**
 * The base as a {@link BaseSource}. `manifestPaths` are the head's manifests (repository paths):
 * those git does not track are listed as added (`git ls-files --others`).
 */
export function gitBaseSource(base: GitBase, manifestPaths: readonly string[]): BaseSource {
  const { repoRoot, sha } = base;
  let listing: Promise<Map<string, BaseFileInfo> | undefined> | undefined;
  const baseFiles = (): Promise<Map<string, BaseFileInfo> | undefined> => (listing ??= listTree(repoRoot, sha));
  return {
    ref: base.ref,
    sha,
    async changedFiles() {
      const diff = await git(
        ['diff', '--name-status', '-M', '-z', '--no-ext-diff', '--no-textconv', sha, '--'],
        repoRoot,
        MAX_LISTING_BYTES
      );
      if (!diff.ok) return { failed: `git diff against ${sha.slice(0, 7)} failed: ${diff.message}` };
      const files = parseNameStatus(diff.stdout);
      if (manifestPaths.length > 0) {
        const others = await git(
          ['ls-files', '--others', '-z', '--', ...manifestPaths.map((p) => `:(literal)${p}`)],
          repoRoot,
          MAX_LISTING_BYTES
        );
        if (!others.ok) return { failed: `git ls-files failed: ${others.message}` };
        for (const p of others.stdout.split('\0').filter((s) => s !== '')) files.push({ path: p, status: 'added' });
      }
      return { files };
    },
    baseFiles,
    async read(path, maxBytes): Promise<BaseRead> {
      const info = (await baseFiles())?.get(path);
      if ((await baseFiles()) !== undefined && info === undefined) return { kind: 'absent' };
      if (info?.sizeBytes !== undefined && info.sizeBytes > maxBytes)
        return { kind: 'too-large', sizeBytes: info.sizeBytes };
      return readBlob(repoRoot, `${sha}:${path}`, maxBytes);
    },
    async *stream(path, name) {
      const at = `at the base ${base.ref} (${sha.slice(0, 7)})`;
      if ((await baseFiles()) !== undefined && !(await baseFiles())?.has(path))
        throw new TraceAccessError('io/not-found', `No such trace file ${at}.`, name);
      const child = spawn('git', ['cat-file', 'blob', `${sha}:${path}`], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: gitEnv()
      });
      const exited = new Promise<number | null>((resolve) => {
        child.on('error', () => resolve(-1));
        child.on('close', (code) => resolve(code));
      });
      child.stderr.resume();
      try {
        for await (const chunk of child.stdout) yield chunk as Buffer;
      } finally {
        // The core may stop reading early (a byte limit): the child must not linger.
        if (child.exitCode === null) child.kill();
      }
      const code = await exited;
      if (code !== 0)
        throw new TraceAccessError('io/unreadable', `The trace file ${at} could not be read from git.`, name);
    }
  };
}

/** `git diff --name-status -z` records: a status, then one path (two for renames and copies). */
export function parseNameStatus(out: string): ChangedFile[] {
  const parts = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length;) {
    const status = parts[i++];
    if (status === '') continue;
    const letter = status[0];
    if (letter === 'R' || letter === 'C') {
      const previous = parts[i++];
      const path = parts[i++];
      if (path === undefined || previous === undefined) break;
      // A copy leaves its source in place: the new file is added.
      files.push(letter === 'R' ? { path, status: 'renamed', previous } : { path, status: 'added' });
      continue;
    }
    const path = parts[i++];
    if (path === undefined) break;
    files.push({ path, status: letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified' });
  }
  return files;
}

/** Every regular file at the commit with its size (links and submodules left out), or undefined when git cannot list them. */
async function listTree(repoRoot: string, sha: string): Promise<Map<string, BaseFileInfo> | undefined> {
  const out = await git(['ls-tree', '-r', '-z', '--long', '--full-tree', sha], repoRoot, MAX_LISTING_BYTES);
  if (!out.ok) return undefined;
  const files = new Map<string, BaseFileInfo>();
  for (const record of out.stdout.split('\0')) {
    const m = /^(\d+) (\w+) [0-9a-f]+ +(\d+|-)\t(.*)$/s.exec(record);
    if (!m || m[2] !== 'blob' || m[1] === '120000') continue;
    files.set(m[4], m[3] === '-' ? {} : { sizeBytes: Number(m[3]) });
  }
  return files;
}

/** Reads a blob, at most `maxBytes`; more is `too-large`, a missing path `absent`. */
function readBlob(repoRoot: string, object: string, maxBytes: number): Promise<BaseRead> {
  return new Promise((resolve) => {
    const child = spawn('git', ['cat-file', 'blob', object], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: gitEnv()
    });
    const chunks: Buffer[] = [];
    let total = 0;
    let over = false;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        over = true;
        child.kill();
      } else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 1000) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => resolve({ kind: 'failed', message: error.message }));
    child.on('close', (code) => {
      if (over) resolve({ kind: 'too-large' });
      else if (code === 0) resolve({ kind: 'found', bytes: Buffer.concat(chunks) });
      else if (/does not exist|exists on disk, but not in|Not a valid object name|not a valid/i.test(stderr))
        resolve({ kind: 'absent' });
      else resolve({ kind: 'failed', message: firstLine(stderr) || `git exited with ${code}` });
    });
  });
}

/** What one git command answered. */
export type GitResult = { ok: true; stdout: string } | { ok: false; message: string; missing?: boolean };

/** Runs git without a shell; never throws (also for src/io/ledger.ts). */
export function git(args: string[], cwd: string, maxBuffer = 1024 * 1024): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer, encoding: 'utf8', env: gitEnv() }, (error, stdout, stderr) => {
      if (!error) resolve({ ok: true, stdout });
      else if ((error as NodeJS.ErrnoException).code === 'ENOENT' && stdout === '' && stderr === '')
        resolve({ ok: false, message: 'git was not found', missing: true });
      else resolve({ ok: false, message: firstLine(stderr) || error.message.split('\n')[0] });
    });
  });
}

/** The environment git runs in: the user's, with prompts off (a read never asks for credentials). */
function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
