/**
 * The verdict as a commit status on the PR's head commit. In the fork-safe `workflow_run` mode
 * the gate's own job runs on the base branch, so its check is not attached to the PR; a commit
 * status with a fixed context is, and branch protection can require it.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostics.js';
import { describeFailure, errorStatus, type GitHubClient } from './github.js';
import { safeText } from './log.js';

/** The states GitHub accepts for a commit status. */
export type CommitState = 'pending' | 'success' | 'failure' | 'error';

/** Options for {@link setCommitStatus}. */
export interface CommitStatusOptions {
  owner: string;
  repo: string;
  /** The commit (40 hex digits): the PR's head SHA, i.e. `workflow_run.head_sha`. */
  sha: string;
  /** The status's name, e.g. `carbon-gate` (the `status-context` input). */
  context: string;
  state: CommitState;
  /**
   * One line; secrets masked, control and invisible characters escaped (src/action/log.ts), then cut
   * to {@link MAX_DESCRIPTION_CHARS} characters with an ellipsis.
   */
  description: string;
  /** Link shown as "Details": the gate's run page. Only http(s) URLs are sent. */
  targetUrl?: string;
}

/** The outcome: the status id, or diagnostics saying why none was set. */
export interface CommitStatusResult {
  ok: boolean;
  id?: number;
  diagnostics: Diagnostic[];
}

/** GitHub refuses commit status descriptions longer than this (422). */
export const MAX_DESCRIPTION_CHARS = 140;

/**
 * Posts `POST /repos/{owner}/{repo}/statuses/{sha}`. Never throws: a bad SHA or context is an
 * error diagnostic (`commit-status/invalid`) and nothing is sent; an API failure is a warning
 * (`commit-status/failed`) naming the `statuses: write` permission, like a comment that cannot be
 * posted, so the step's own result still decides.
 */
export async function setCommitStatus(
  octokit: GitHubClient,
  options: CommitStatusOptions
): Promise<CommitStatusResult> {
  const { owner, repo, sha, context, state } = options;
  const invalid = (message: string): CommitStatusResult => ({
    ok: false,
    diagnostics: [diagnostic('error', 'commit-status/invalid', message)]
  });
  if (!/^[0-9a-f]{40}$/i.test(sha))
    return invalid(`Cannot set a commit status on ${JSON.stringify(sha)}: expected a 40-character commit SHA.`);
  if (context.trim() === '')
    return invalid(
      'Cannot set a commit status without a context: set the `status-context` input (e.g. "carbon-gate").'
    );

  const diagnostics: Diagnostic[] = [];
  let targetUrl: string | undefined;
  if (options.targetUrl !== undefined) {
    if (/^https?:\/\//i.test(options.targetUrl)) targetUrl = options.targetUrl;
    else
      diagnostics.push(
        diagnostic(
          'warning',
          'commit-status/bad-target-url',
          `The commit status link ${JSON.stringify(options.targetUrl)} is not an http(s) URL; the status is set without it.`
        )
      );
  }

  try {
    const response = await octokit.rest.repos.createCommitStatus({
      owner,
      repo,
      sha,
      context: context.trim(),
      state,
      description: truncateDescription(safeText(options.description)),
      ...(targetUrl ? { target_url: targetUrl } : {})
    });
    return { ok: true, id: response.data.id, diagnostics };
  } catch (error) {
    const hint =
      errorStatus(error) === 403 || errorStatus(error) === 404
        ? " The workflow needs `statuses: write` permission (a fork PR's own token is read-only: set statuses from the `workflow_run` workflow)."
        : '';
    diagnostics.push(
      diagnostic(
        'warning',
        'commit-status/failed',
        `Could not set the commit status "${context.trim()}" (${state}) on ${sha.slice(0, 7)}: ${describeFailure(error)}.${hint}`
      )
    );
    return { ok: false, diagnostics };
  }
}

/**
 * One line of at most `maxChars` characters (Unicode code points, as GitHub counts): whitespace
 * runs (newlines included) become one space, and a cut ends with `…`.
 */
export function truncateDescription(text: string, maxChars = MAX_DESCRIPTION_CHARS): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = [...oneLine];
  if (chars.length <= maxChars) return oneLine;
  return `${chars
    .slice(0, maxChars - 1)
    .join('')
    .trimEnd()}…`;
}

/**
 * The commit state matching the step's own outcome, so the status and the job agree under every
 * `fail-on` setting: invalid input is `error` (the gate could not judge), a step that fails (over
 * budget, or a warning with `fail-on: warning`) is `failure`, anything else `success`.
 */
export function statusStateFor(outcome: { stepFails: boolean; inputValid: boolean }): CommitState {
  if (!outcome.inputValid) return 'error';
  return outcome.stepFails ? 'failure' : 'success';
}

/** The web page of a workflow run: `https://github.com/{owner}/{repo}/actions/runs/{runId}`. */
export function runPageUrl(serverUrl: string, owner: string, repo: string, runId: number | string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}/actions/runs/${runId}`;
}
