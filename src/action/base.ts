/**
 * The action's base: which commit the event's change is judged against, and a {@link BaseSource}
 * that reads it through the REST API (a checkout with full history is not needed):
 *
 * - `pull_request` / `pull_request_target`: the payload's `pull_request.base.sha`; the changed
 *   files are the PR's (`GET /repos/{o}/{r}/pulls/{n}/files`, all pages, renames followed);
 * - `workflow_run`: the base of the PR found and verified through the API (`GET .../pulls/{n}`);
 * - `merge_group`: `merge_group.base_sha` against `merge_group.head_sha`, the changed files from
 *   `GET .../compare/{base}...{head}` (or, past the 300 files that lists, from the two trees);
 * - `push` with `ledger: write`: the push's `before` against its `after`, like a merge group, so
 *   the ledger records the runs the push added or changed;
 * - any other event (push, schedule): no base; every run counts as new.
 *
 * Files at the base: `GET .../git/trees/{sha}?recursive=1` lists them (with sizes), and
 * `GET .../contents/{path}?ref={sha}` with the raw media type reads one (up to 100 MB), a 404
 * meaning absent. Every failure is a warning in words (`describeFailure` reads only the status and
 * GitHub's message, never a header, so the token cannot leak); none stops the gate.
 */
import { diagnostic } from '../core/diagnostics.js';
import {
  attachBase,
  attachCommittedNames,
  type BaseFileInfo,
  type BaseRead,
  type BaseSource,
  type ChangedFile
} from '../io/base.js';
import type { RequestResult } from '../io/request.js';
import type { GateRun } from './gate-run.js';
import { describeFailure, errorStatus, type GitHubClient } from './github.js';
import { log } from './log.js';
import type { PullRequestTarget } from './trigger.js';

const SHA = /^[0-9a-f]{40}$/;

/** Most files GitHub lists for a pull request (`pulls/{n}/files` stops there). */
const MAX_PR_FILES = 3000;

/** Most files the compare API lists; a comparison this large is diffed from the two trees. */
const MAX_COMPARE_FILES = 300;

/** What the event says the change is. */
type BaseTarget =
  | { kind: 'pull-request'; baseSha: string; number: number; changedFilesCount?: number }
  | { kind: 'merge-group' | 'push'; baseSha: string; headSha: string }
  | { kind: 'none' }
  | { kind: 'unusable'; why: string };

/**
 * Builds the change's base for this run and attaches it to the request's input (src/io/base.ts);
 * a base that cannot be read is a warning and the check runs without it.
 */
export async function readActionBase(
  gate: GateRun,
  pullRequests: readonly PullRequestTarget[],
  result: Pick<RequestResult, 'input' | 'own'>
): Promise<void> {
  const target = await baseTarget(gate, pullRequests);
  if (target.kind === 'none') return nameCommittedArtifacts(gate, result);
  const warn = (why: string): void => {
    result.input.diagnostics.push(
      diagnostic(
        'warning',
        'base/unavailable',
        `The change's base could not be read: ${why}. There is no base to compare with, so every run counts as new.`
      )
    );
  };
  if (target.kind === 'unusable') return warn(target.why);
  const { client, context, settings } = gate;
  if (!client) return warn('the `github-token` input is empty, so the API cannot be asked');
  const repo = { owner: context.owner, repo: context.repo };
  const source = apiBaseSource(client, repo, target);
  log.info(`Judging the change against its base ${source.ref}.`);
  await attachBase(result, {
    source,
    baseDir: context.workspace,
    repoRoot: context.workspace,
    manifestPatterns: settings.request.manifests.named ? settings.request.manifests.patterns : []
  });
}

/**
 * A `workflow_run` without a pull request (a training run of a push to the default branch): no
 * change to judge, but the artifacts' manifests that are byte for byte one committed at the run's
 * head commit are named by it (src/io/base.ts), so the ledger records the measured runs where the
 * merged estimate is. One API call (the head's tree), made only when an artifact holds a manifest;
 * a failed one leaves the artifact names (the run is still recorded, unlinked).
 */
async function nameCommittedArtifacts(gate: GateRun, result: Pick<RequestResult, 'input' | 'own'>): Promise<void> {
  const { client, context, trigger, settings } = gate;
  if (trigger.mode !== 'workflow-run' || !client) return;
  if (result.input.manifests.length <= result.own.manifests.length) return;
  const headSha = (context.payload.workflow_run as { head_sha?: unknown } | undefined)?.head_sha;
  if (typeof headSha !== 'string' || !SHA.test(headSha)) return;
  const files = await readTree(client, { owner: context.owner, repo: context.repo }, headSha);
  if (files === undefined) {
    log.info(
      `The file list of ${headSha.slice(0, 7)} could not be read, so the artifacts' manifests keep their artifact names.`
    );
    return;
  }
  attachCommittedNames(result, {
    files,
    ref: headSha.slice(0, 7),
    baseDir: context.workspace,
    repoRoot: context.workspace,
    manifestPatterns: settings.request.manifests.named ? settings.request.manifests.patterns : []
  });
}

/** The base the event names, where it names one. */
async function baseTarget(gate: GateRun, pullRequests: readonly PullRequestTarget[]): Promise<BaseTarget> {
  const { context, trigger, client } = gate;
  if (trigger.mergeGroup) return { kind: 'merge-group', ...trigger.mergeGroup };
  // A push that writes the ledger records what it added or changed: judged against `before`.
  if (context.eventName === 'push' && gate.settings.ledger === 'write') {
    const { before, after } = context.payload as { before?: unknown; after?: unknown };
    // A new branch's push has no before (40 zeros): every run counts as new.
    if (
      typeof before === 'string' &&
      SHA.test(before) &&
      !/^0+$/.test(before) &&
      typeof after === 'string' &&
      SHA.test(after)
    )
      return { kind: 'push', baseSha: before, headSha: after };
  }
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') {
    const pr = context.payload.pull_request as
      { number?: unknown; base?: { sha?: unknown }; changed_files?: unknown } | undefined;
    const baseSha = pr?.base?.sha;
    const number = context.pullRequest?.number;
    if (typeof baseSha !== 'string' || !SHA.test(baseSha) || number === undefined)
      return { kind: 'unusable', why: 'the event payload has no `pull_request.base.sha`' };
    const count = typeof pr?.changed_files === 'number' ? pr.changed_files : undefined;
    return { kind: 'pull-request', baseSha, number, ...(count === undefined ? {} : { changedFilesCount: count }) };
  }
  if (trigger.mode === 'workflow-run') {
    const pr = pullRequests[0];
    if (pr === undefined) return { kind: 'none' };
    // Verifying the PR already read it: its base commit is known without another call.
    if (pr.baseSha !== undefined) return { kind: 'pull-request', baseSha: pr.baseSha, number: pr.number };
    if (!client) return { kind: 'unusable', why: 'the `github-token` input is empty, so the API cannot be asked' };
    try {
      const { data } = await client.rest.pulls.get({
        owner: context.owner,
        repo: context.repo,
        pull_number: pr.number
      });
      const baseSha = (data as { base?: { sha?: unknown } }).base?.sha;
      if (typeof baseSha !== 'string' || !SHA.test(baseSha))
        return { kind: 'unusable', why: `pull request #${pr.number} has no base commit in the API's answer` };
      return { kind: 'pull-request', baseSha, number: pr.number, changedFilesCount: data.changed_files };
    } catch (error) {
      return { kind: 'unusable', why: `reading pull request #${pr.number} failed: ${describeFailure(error)}` };
    }
  }
  return { kind: 'none' };
}

/** One entry of `pulls/{n}/files` or of a comparison's `files`, as far as it is read. */
interface ApiDiffEntry {
  filename: string;
  status: string;
  previous_filename?: string;
  /** The file's blob SHA at the head (at the base for a removed file). */
  sha?: string | null;
}

/** One entry of a recursive tree. */
interface ApiTreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
  size?: number;
}

/** A base commit read through the REST API. */
function apiBaseSource(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  target: Extract<BaseTarget, { kind: 'pull-request' | 'merge-group' | 'push' }>
): BaseSource {
  const sha = target.baseSha;
  const trees = new Map<string, Promise<Map<string, BaseFileInfo & { blobSha: string }> | undefined>>();
  const treeOf = (commit: string): Promise<Map<string, BaseFileInfo & { blobSha: string }> | undefined> => {
    let tree = trees.get(commit);
    if (!tree) {
      tree = readTree(client, repo, commit);
      trees.set(commit, tree);
    }
    return tree;
  };
  return {
    ref: sha.slice(0, 7),
    sha,
    async changedFiles() {
      try {
        if (target.kind === 'pull-request') {
          const entries = (await client.paginate(client.rest.pulls.listFiles, {
            ...repo,
            pull_number: target.number,
            per_page: 100
          })) as unknown as ApiDiffEntry[];
          const total = target.changedFilesCount;
          if (entries.length >= MAX_PR_FILES && (total === undefined || total > entries.length))
            return {
              failed: `pull request #${target.number} changes ${total === undefined ? 'more files than' : `${total.toLocaleString('en-US')} files;`} the API lists only the first ${MAX_PR_FILES.toLocaleString('en-US')}`
            };
          return { files: toChanged(entries) };
        }
        const { data } = await client.rest.repos.compareCommitsWithBasehead({
          ...repo,
          basehead: `${target.baseSha}...${target.headSha}`,
          per_page: 100,
          page: 1
        });
        const entries = (data.files ?? []) as ApiDiffEntry[];
        if (entries.length < MAX_COMPARE_FILES) return { files: toChanged(entries) };
        const [base, head] = await Promise.all([treeOf(target.baseSha), treeOf(target.headSha)]);
        if (!base || !head)
          return {
            failed: `the ${target.kind === 'push' ? 'push' : 'merge group'} changes ${MAX_COMPARE_FILES} files or more, and the trees to diff them are too large for the API`
          };
        return { files: diffTrees(base, head) };
      } catch (error) {
        return { failed: `listing the changed files failed: ${describeFailure(error)}` };
      }
    },
    baseFiles: () => treeOf(sha),
    async read(path, maxBytes): Promise<BaseRead> {
      const known = await treeOf(sha);
      const info = known?.get(path);
      if (known !== undefined && info === undefined) return { kind: 'absent' };
      if (info?.sizeBytes !== undefined && info.sizeBytes > maxBytes)
        return { kind: 'too-large', sizeBytes: info.sizeBytes };
      return readContent(client, repo, sha, path, maxBytes);
    }
  };
}

/** The API's change list as the overlay takes it: copies are new files, `changed` (mode only) is a modification. */
function toChanged(entries: readonly ApiDiffEntry[]): ChangedFile[] {
  const out: ChangedFile[] = [];
  for (const e of entries) {
    if (typeof e.filename !== 'string') continue;
    // The head's blob SHA lets an artifact's manifest be recognised as this committed file.
    const blob = typeof e.sha === 'string' && SHA.test(e.sha) ? { blobSha: e.sha } : {};
    if (e.status === 'renamed' && typeof e.previous_filename === 'string')
      out.push({ path: e.filename, status: 'renamed', previous: e.previous_filename, ...blob });
    else if (e.status === 'added' || e.status === 'copied') out.push({ path: e.filename, status: 'added', ...blob });
    else if (e.status === 'removed') out.push({ path: e.filename, status: 'removed' });
    else if (e.status !== 'unchanged') out.push({ path: e.filename, status: 'modified', ...blob });
  }
  return out;
}

/** The change between two trees, by blob SHA (no renames: a moved file is removed and added). */
function diffTrees(
  base: ReadonlyMap<string, { blobSha: string }>,
  head: ReadonlyMap<string, { blobSha: string }>
): ChangedFile[] {
  const out: ChangedFile[] = [];
  for (const [p, h] of head) {
    const b = base.get(p);
    if (b === undefined) out.push({ path: p, status: 'added', blobSha: h.blobSha });
    else if (b.blobSha !== h.blobSha) out.push({ path: p, status: 'modified', blobSha: h.blobSha });
  }
  for (const p of base.keys()) if (!head.has(p)) out.push({ path: p, status: 'removed' });
  return out;
}

/** Every regular file of a commit's tree (no links, no submodules), or undefined when GitHub truncated it or failed. */
async function readTree(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  commit: string
): Promise<Map<string, BaseFileInfo & { blobSha: string }> | undefined> {
  try {
    const { data } = await client.rest.git.getTree({ ...repo, tree_sha: commit, recursive: 'true' });
    if (data.truncated) return undefined;
    const files = new Map<string, BaseFileInfo & { blobSha: string }>();
    for (const e of data.tree as ApiTreeEntry[]) {
      if (e.type !== 'blob' || e.mode === '120000' || typeof e.path !== 'string') continue;
      files.set(e.path, typeof e.size === 'number' ? { sizeBytes: e.size, blobSha: e.sha } : { blobSha: e.sha });
    }
    return files;
  } catch {
    // Without the listing the overlay takes untouched files as committed (the design's rule).
    return undefined;
  }
}

/** Reads one file's raw bytes at a commit, at most `maxBytes`. */
async function readContent(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  ref: string,
  path: string,
  maxBytes: number
): Promise<BaseRead> {
  const encoded = path
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
  try {
    const response = await client.request(`GET /repos/{owner}/{repo}/contents/${encoded}`, {
      ...repo,
      ref,
      headers: { accept: 'application/vnd.github.raw+json' },
      request: { parseSuccessResponseBody: false }
    });
    const contentType = String(response.headers['content-type'] ?? '');
    const bytes = await readStream(response.data as ReadableStream<Uint8Array> | null, maxBytes);
    if (bytes === 'too-large') return { kind: 'too-large' };
    if (!/^application\/json/i.test(contentType)) return { kind: 'found', bytes };
    // A JSON answer: the contents API describing something that is not a file's bytes (a folder's
    // listing, a link, a submodule), or, were a raw `.json` file ever served as JSON, the file.
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch {
      return { kind: 'found', bytes };
    }
    if (Array.isArray(parsed) && parsed.every(isContentsItem))
      return { kind: 'failed', message: 'it is a folder there' };
    if (!isContentsItem(parsed)) return { kind: 'found', bytes };
    if (parsed.type === 'file' && parsed.encoding === 'base64' && typeof parsed.content === 'string')
      return { kind: 'found', bytes: Buffer.from(parsed.content, 'base64') };
    return { kind: 'failed', message: `it is a ${String(parsed.type)} there, not a file` };
  } catch (error) {
    if (errorStatus(error) === 404) return { kind: 'absent' };
    const message = describeFailure(error);
    if (errorStatus(error) === 403 && /too large|too_large/i.test(message)) return { kind: 'too-large' };
    return { kind: 'failed', message };
  }
}

/** A contents-API item (a file, folder, link or submodule description), told by its API fields. */
function isContentsItem(v: unknown): v is { type?: unknown; encoding?: unknown; content?: unknown } {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.type === 'string' && typeof o.sha === 'string' && typeof o.git_url !== 'undefined' && '_links' in o;
}

/** Reads a response body, stopping past `maxBytes`. */
async function readStream(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number
): Promise<Uint8Array | 'too-large'> {
  if (body === null) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
