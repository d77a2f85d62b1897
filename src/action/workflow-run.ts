/**
 * The fork-safe second phase: a `workflow_run` workflow (trusted code, write token) reads what
 * the `pull_request` workflow (untrusted code, read-only token) uploaded, and reports on the PR.
 *
 * The PR must be found from facts GitHub vouches for, never from the artifact: the event's
 * `pull_requests` (same-repository PRs only; GitHub leaves it empty for forks), or the API by the
 * run's head branch, head SHA and head repository. Every candidate is then fetched and its current
 * head SHA compared with the run's: a PR that has moved on since gets nothing (a newer run will
 * report), and a PR number an artifact claims is at most a hint that must agree with the API.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import { describeFailure, isUnreachable, type GitHubClient } from './github.js';

/** The facts of the triggering run, from the `workflow_run` event payload. */
export interface WorkflowRunInfo {
  /** The run whose artifacts to read. */
  runId: number;
  /** The commit the run built: the commit status goes here. */
  headSha: string;
  headBranch?: string;
  /** `owner/name` of the repository the run's commit came from (the fork for fork PRs). */
  headRepoFullName: string;
  /** The event that triggered the run (`pull_request`, `push`, ...). */
  event?: string;
  /** `success`, `failure`, ... */
  conclusion?: string;
  /** The triggering workflow's name, for messages. */
  workflowName?: string;
}

/** A PR whose head GitHub confirmed is the run's head commit. */
export interface VerifiedPullRequest {
  number: number;
  headSha: string;
  headRepoFullName: string;
  htmlUrl?: string;
  /** The PR's base commit, as the API answered (the change's base, src/action/base.ts). */
  baseSha?: string;
  /** True when the head repository is not the base repository. */
  fromFork: boolean;
}

/** What {@link resolvePullRequest} found. */
export interface ResolvedWorkflowRun {
  run?: WorkflowRunInfo;
  /** PRs to report on (usually one; none means comment nowhere, but a status may still be set). */
  pullRequests: VerifiedPullRequest[];
  diagnostics: Diagnostic[];
}

/** Options for {@link resolvePullRequest}. */
export interface ResolvePullRequestOptions {
  /** The repository the workflow runs in (`GITHUB_REPOSITORY`). */
  owner: string;
  repo: string;
  /** The event payload (`GITHUB_EVENT_PATH`'s JSON). */
  payload: unknown;
  /** A PR number an artifact claims (e.g. a `pr-number` file): checked, never trusted. */
  claimedPrNumber?: string;
}

const SHA = /^[0-9a-f]{40}$/;

/**
 * Reads the triggering run from a `workflow_run` payload. Diagnostics: `workflow-run/bad-event`
 * (not a workflow_run payload, or fields missing) and `workflow-run/other-repository`.
 */
export function readWorkflowRun(
  payload: unknown,
  owner: string,
  repo: string
): { run?: WorkflowRunInfo; diagnostics: Diagnostic[] } {
  const bad = (what: string): { diagnostics: Diagnostic[] } => ({
    diagnostics: [
      diagnostic(
        'error',
        'workflow-run/bad-event',
        `The event payload is not a usable workflow_run event: ${what}. Run this step in a workflow triggered by \`on: workflow_run\`.`
      )
    ]
  });
  const wr = field(payload, 'workflow_run');
  if (!isObject(wr)) return bad('it has no "workflow_run" object');
  const runId = field(wr, 'id');
  const headSha = field(wr, 'head_sha');
  const headRepo = field(field(wr, 'head_repository'), 'full_name');
  if (typeof runId !== 'number' || !Number.isSafeInteger(runId) || runId <= 0)
    return bad('"workflow_run.id" is not a run id');
  if (typeof headSha !== 'string' || !SHA.test(headSha))
    return bad('"workflow_run.head_sha" is not a 40-character commit SHA');
  if (typeof headRepo !== 'string' || !headRepo.includes('/'))
    return bad('"workflow_run.head_repository.full_name" is missing');

  const runRepo = field(field(wr, 'repository'), 'full_name');
  if (typeof runRepo === 'string' && !sameName(runRepo, `${owner}/${repo}`)) {
    return {
      diagnostics: [
        diagnostic(
          'error',
          'workflow-run/other-repository',
          `The triggering run belongs to ${runRepo}, not to ${owner}/${repo}; carbon-gate reports only on runs of its own repository.`
        )
      ]
    };
  }
  const run: WorkflowRunInfo = { runId, headSha, headRepoFullName: headRepo };
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const headBranch = text(field(wr, 'head_branch'));
  const event = text(field(wr, 'event'));
  const conclusion = text(field(wr, 'conclusion'));
  const workflowName = text(field(wr, 'name'));
  if (headBranch) run.headBranch = headBranch;
  if (event) run.event = event;
  if (conclusion) run.conclusion = conclusion;
  if (workflowName) run.workflowName = workflowName;
  return { run, diagnostics: [] };
}

/**
 * Finds the PR(s) of the triggering run and verifies each against the API before anything is
 * posted:
 * 1. candidates from `workflow_run.pull_requests` whose base is this repository;
 * 2. where there are none (forks): `GET /repos/{o}/{r}/pulls?state=open&head={owner}:{branch}`,
 *    then `GET /repos/{o}/{r}/commits/{sha}/pulls`, all pages, keeping PRs whose head SHA and
 *    head repository are the run's;
 * 3. `GET /repos/{o}/{r}/pulls/{n}` for each: its head SHA must still be the run's, its head
 *    repository the run's, its base this repository;
 * 4. a PR number claimed by an artifact must be one of those, else nothing is reported on any PR.
 *
 * Diagnostics: those of {@link readWorkflowRun}; `workflow-run/api-failed` (error);
 * `workflow-run/pr-head-moved` (warning); `workflow-run/no-pull-request` (warning for a
 * pull_request run, else notice); `workflow-run/pr-hint-invalid`, `workflow-run/pr-hint-mismatch`
 * (errors).
 */
export async function resolvePullRequest(
  octokit: GitHubClient,
  options: ResolvePullRequestOptions
): Promise<ResolvedWorkflowRun> {
  const { owner, repo } = options;
  const read = readWorkflowRun(options.payload, owner, repo);
  if (!read.run) return { pullRequests: [], diagnostics: read.diagnostics };
  const run = read.run;
  const diagnostics: Diagnostic[] = [];
  const done = (pullRequests: VerifiedPullRequest[]): ResolvedWorkflowRun => ({ run, pullRequests, diagnostics });

  let hint: number | undefined;
  if (options.claimedPrNumber !== undefined) {
    const m = options.claimedPrNumber.trim().match(/^#?([1-9]\d{0,9})$/);
    if (!m) {
      diagnostics.push(
        diagnostic(
          'error',
          'workflow-run/pr-hint-invalid',
          `The artifact claims a PR number ${JSON.stringify(options.claimedPrNumber.slice(0, 40))}, which is not a PR number; nothing is posted on any PR.`
        )
      );
      return done([]);
    }
    hint = Number(m[1]);
  }

  let candidates: number[];
  try {
    candidates = fromPayload(options.payload, owner, repo);
    if (candidates.length === 0) candidates = await searchByHead(octokit, owner, repo, run);
  } catch (error) {
    diagnostics.push(apiFailed('search for the pull request of the triggering run', error));
    return done([]);
  }

  const verified: VerifiedPullRequest[] = [];
  for (const number of [...new Set(candidates)].sort((a, b) => a - b)) {
    let pr: ApiPull;
    try {
      pr = (await octokit.rest.pulls.get({ owner, repo, pull_number: number })).data as unknown as ApiPull;
    } catch (error) {
      diagnostics.push(apiFailed(`read pull request #${number}`, error));
      continue;
    }
    const headRepo = pr.head.repo?.full_name;
    if (!headRepo || !sameName(headRepo, run.headRepoFullName) || !sameName(pr.base.repo.full_name, `${owner}/${repo}`))
      continue;
    if (pr.head.sha !== run.headSha) {
      diagnostics.push(
        diagnostic(
          'warning',
          'workflow-run/pr-head-moved',
          `Pull request #${number} now points at ${pr.head.sha.slice(0, 7)}, but the triggering run built ${run.headSha.slice(0, 7)}; nothing is posted on the PR for this older commit (the run for the newer one will report).`
        )
      );
      continue;
    }
    const found: VerifiedPullRequest = {
      number,
      headSha: pr.head.sha,
      headRepoFullName: headRepo,
      fromFork: !sameName(headRepo, `${owner}/${repo}`)
    };
    if (pr.html_url) found.htmlUrl = pr.html_url;
    if (typeof pr.base.sha === 'string' && SHA.test(pr.base.sha)) found.baseSha = pr.base.sha;
    verified.push(found);
  }

  if (hint !== undefined) {
    const match = verified.find((p) => p.number === hint);
    if (!match) {
      const api =
        verified.length === 0
          ? 'GitHub lists no open PR with that head commit'
          : `GitHub says the run's head commit belongs to ${verified.map((p) => `#${p.number}`).join(', ')}`;
      diagnostics.push(
        diagnostic(
          'error',
          'workflow-run/pr-hint-mismatch',
          `The artifact claims PR #${hint}, but ${api}; refusing to act on a PR number only the artifact vouches for, so nothing is posted on any PR.`
        )
      );
      return done([]);
    }
    return done([match]);
  }
  if (
    verified.length === 0 &&
    !diagnostics.some((d) => d.code === 'workflow-run/pr-head-moved' || d.severity === 'error')
  ) {
    const isPr = run.event === 'pull_request' || run.event === 'pull_request_target';
    diagnostics.push(
      diagnostic(
        isPr ? 'warning' : 'notice',
        'workflow-run/no-pull-request',
        `No open pull request of ${owner}/${repo} has ${run.headRepoFullName}@${run.headSha.slice(0, 7)} as its head; there is no PR to comment on (a commit status can still be set on the commit).`
      )
    );
  }
  return done(verified);
}

/** Shape of a pull request in API answers, as far as it is read here. */
interface ApiPull {
  number: number;
  html_url?: string;
  head: { sha: string; repo: { full_name: string } | null };
  base: { repo: { full_name: string }; sha?: string };
}

/** PR numbers from the payload whose base is this repository (forks' own PRs can appear too). */
function fromPayload(payload: unknown, owner: string, repo: string): number[] {
  const list = field(field(payload, 'workflow_run'), 'pull_requests');
  if (!Array.isArray(list)) return [];
  const repoId = field(field(payload, 'repository'), 'id');
  const suffix = `/repos/${owner}/${repo}`.toLowerCase();
  const numbers: number[] = [];
  for (const pr of list) {
    const number = field(pr, 'number');
    const baseRepo = field(field(pr, 'base'), 'repo');
    const baseId = field(baseRepo, 'id');
    const baseUrl = field(baseRepo, 'url');
    const sameBase =
      (typeof repoId === 'number' && baseId === repoId) ||
      (typeof baseUrl === 'string' && baseUrl.toLowerCase().endsWith(suffix));
    if (typeof number === 'number' && Number.isSafeInteger(number) && sameBase) numbers.push(number);
  }
  return numbers;
}

/** Searches this repository's open PRs for the run's head, by branch, then by commit. */
async function searchByHead(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  run: WorkflowRunInfo
): Promise<number[]> {
  const matches = (prs: ApiPull[]): number[] =>
    prs
      .filter(
        (p) =>
          p.head.sha === run.headSha && p.head.repo !== null && sameName(p.head.repo.full_name, run.headRepoFullName)
      )
      .map((p) => p.number);
  if (run.headBranch) {
    const headOwner = run.headRepoFullName.split('/')[0];
    const byBranch = (await octokit.paginate(octokit.rest.pulls.list, {
      owner,
      repo,
      state: 'open',
      head: `${headOwner}:${run.headBranch}`,
      per_page: 100
    })) as unknown as ApiPull[];
    const found = matches(byBranch);
    if (found.length > 0) return found;
  }
  const byCommit = (await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner,
    repo,
    commit_sha: run.headSha,
    per_page: 100
  })) as unknown as ApiPull[];
  return matches(byCommit);
}

/** Largest `pr-number` hint file read: a number needs a dozen bytes. */
const MAX_HINT_BYTES = 64;

/**
 * Reads a PR-number hint that the untrusted workflow may have uploaded (a `pr-number` file at an
 * artifact's root). Returns it only to be checked by {@link resolvePullRequest}; different values
 * in different artifacts are an error (`workflow-run/pr-hint-conflict`).
 */
export async function readPrNumberHint(
  artifactRoots: readonly { name: string; root: string }[],
  fileName = 'pr-number'
): Promise<{ value?: string; diagnostics: Diagnostic[] }> {
  const values = new Map<string, string[]>();
  for (const a of artifactRoots) {
    const file = path.join(a.root, fileName);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) continue;
    if (info.size > MAX_HINT_BYTES) {
      return {
        diagnostics: [
          diagnostic(
            'error',
            'workflow-run/pr-hint-invalid',
            `Artifact "${a.name}" has a ${fileName} file of ${info.size} bytes; a PR number needs at most ${MAX_HINT_BYTES}. Nothing is posted on any PR.`
          )
        ]
      };
    }
    const value = (await readFile(file, 'utf8')).trim();
    values.set(value, [...(values.get(value) ?? []), a.name]);
  }
  if (values.size === 0) return { diagnostics: [] };
  if (values.size > 1) {
    const list = [...values].map(([v, names]) => `${JSON.stringify(v)} in ${names.join(', ')}`).join('; ');
    return {
      diagnostics: [
        diagnostic(
          'error',
          'workflow-run/pr-hint-conflict',
          `Artifacts disagree about the PR number (${list}); nothing is posted on any PR.`
        )
      ]
    };
  }
  return { value: [...values.keys()][0], diagnostics: [] };
}

function apiFailed(what: string, error: unknown): Diagnostic {
  return diagnostic(
    'error',
    'workflow-run/api-failed',
    `Could not ${what}: ${describeFailure(error)}.${isUnreachable(error) ? '' : ' The workflow needs `pull-requests: read` permission.'}`
  );
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function field(v: unknown, key: string): unknown {
  return isObject(v) ? v[key] : undefined;
}

/** GitHub owner and repository names compare case-insensitively. */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
