/**
 * What the event asks the gate to judge, and where the answer goes. Two modes:
 *
 * - `direct` (every event but `workflow_run`): the gate runs in the workflow that trained (or next
 *   to it, with `needs:`). Artifacts come from this run; the PR is the event's; the commit status
 *   goes on the PR's head commit (or the pushed commit).
 * - `workflow-run` (the fork-safe second phase): the gate runs on the default branch with a write
 *   token after the training workflow completed. Artifacts come from the triggering run; the PR is
 *   found and verified through the API (never taken from the artifacts); the commit status goes on
 *   the triggering run's head commit, the commit that was measured.
 */
import { diagnostic, type Diagnostic, type DiagnosticCode } from '../core/diagnostics.js';
import type { ArtifactSources } from './artifacts/sources.js';
import type { RunContext } from './context.js';
import type { GateRun } from './gate-run.js';
import type { Settings } from './inputs.js';
import { readWorkflowRun, resolvePullRequest, type WorkflowRunInfo } from './workflow-run.js';

/** The mode and its facts. */
export interface Trigger {
  mode: 'direct' | 'workflow-run';
  /** The run whose artifacts are read (undefined only where no run id is known and none is needed). */
  runId?: number;
  /** The commit the verdict is about: where the commit status goes. */
  statusSha?: string;
  /** The triggering run, in `workflow-run` mode. */
  workflowRun?: WorkflowRunInfo;
  /**
   * A merge queue's group (`merge_group` events): the group's head commit is judged against its
   * base; there is no PR to comment on.
   */
  mergeGroup?: { baseSha: string; headSha: string };
}

/** A pull request the gate reports on: its comment goes there, and its label can waive. */
export interface PullRequestTarget {
  number: number;
  /** Labels known without the API (the event payload's); empty in `workflow-run` mode. */
  payloadLabels: string[];
  /** The PR's base commit, where the API already said it (`workflow-run` mode). */
  baseSha?: string;
  /** The PR's author where the event payload names it; otherwise the waiver check asks the API. */
  author?: string;
}

/**
 * Reads the trigger from the context. In `workflow_run` events an unusable payload (no run, no
 * head commit, another repository's run) is an error: the gate would not know what to judge.
 */
export function readTrigger(settings: Settings, context: RunContext): { trigger?: Trigger; diagnostics: Diagnostic[] } {
  if (context.eventName === 'workflow_run') {
    const read = readWorkflowRun(context.payload, context.owner, context.repo);
    if (!read.run) return { diagnostics: read.diagnostics };
    return {
      trigger: {
        mode: 'workflow-run',
        runId: settings.runId ?? read.run.runId,
        statusSha: read.run.headSha,
        workflowRun: read.run
      },
      diagnostics: []
    };
  }
  const mergeGroup = context.eventName === 'merge_group' ? readMergeGroup(context.payload) : undefined;
  if (mergeGroup && 'problem' in mergeGroup) return { diagnostics: [mergeGroup.problem] };
  const currentRun = context.runId !== undefined && /^\d+$/.test(context.runId) ? Number(context.runId) : undefined;
  const runId = settings.runId ?? currentRun;
  if (runId === undefined && settings.artifacts.length > 0) {
    return {
      diagnostics: [
        diagnostic(
          'error',
          'input/invalid',
          'Input `artifacts` is set, but there is no run to read them from: GITHUB_RUN_ID is not set; set the `run-id` input.'
        )
      ]
    };
  }
  const trigger: Trigger = {
    mode: 'direct',
    statusSha: mergeGroup?.headSha ?? context.pullRequest?.headSha ?? context.sha
  };
  if (runId !== undefined) trigger.runId = runId;
  if (mergeGroup) trigger.mergeGroup = mergeGroup;
  return { trigger, diagnostics: [] };
}

const SHA = /^[0-9a-f]{40}$/;

/**
 * The group's base and head commits from a `merge_group` payload. Without them the gate would not
 * know what the queue asks it to judge, so an unusable payload is an error, not a guess.
 */
function readMergeGroup(
  payload: Record<string, unknown>
): { baseSha: string; headSha: string } | { problem: Diagnostic } {
  const group = payload.merge_group as { base_sha?: unknown; head_sha?: unknown } | undefined;
  const baseSha = group?.base_sha;
  const headSha = group?.head_sha;
  if (typeof baseSha === 'string' && SHA.test(baseSha) && typeof headSha === 'string' && SHA.test(headSha))
    return { baseSha, headSha };
  return {
    problem: diagnostic(
      'error',
      'context/event',
      'The merge_group event payload has no usable `merge_group.base_sha` and `merge_group.head_sha` (40-character commit SHAs); expected the payload GitHub sends when a merge queue checks a group.'
    )
  };
}

/** Diagnostic codes from the artifacts' PR-number hint that forbid posting on any PR. */
const HINT_ERRORS = new Set<DiagnosticCode>(['workflow-run/pr-hint-invalid', 'workflow-run/pr-hint-conflict']);

/**
 * The PRs to report on. `direct`: the event's PR, if any. `workflow-run`: the PRs GitHub says have
 * the triggering run's head commit as their head, each re-read and verified (see
 * resolvePullRequest); an artifact's PR number is only checked against them, and a malformed or
 * conflicting one means no PR at all. The diagnostics belong in the report.
 */
export async function findPullRequests(
  gate: GateRun,
  sources: ArtifactSources | undefined
): Promise<{ pullRequests: PullRequestTarget[]; diagnostics: Diagnostic[] }> {
  const { client, context, trigger } = gate;
  if (trigger.mode === 'direct') {
    const pr = context.pullRequest;
    if (!pr) return { pullRequests: [], diagnostics: [] };
    const target: PullRequestTarget = { number: pr.number, payloadLabels: pr.labels };
    if (pr.author) target.author = pr.author;
    return { pullRequests: [target], diagnostics: [] };
  }
  if (!client) return { pullRequests: [], diagnostics: [] };
  // The hint's own problems are already among the artifact diagnostics; they only silence the PR.
  if (sources?.diagnostics.some((d) => d.severity === 'error' && HINT_ERRORS.has(d.code)))
    return { pullRequests: [], diagnostics: [] };

  const resolved = await resolvePullRequest(client, {
    owner: context.owner,
    repo: context.repo,
    payload: context.payload,
    claimedPrNumber: sources?.prNumberHint
  });
  return {
    pullRequests: resolved.pullRequests.map((p) => ({
      number: p.number,
      payloadLabels: [],
      ...(p.baseSha === undefined ? {} : { baseSha: p.baseSha })
    })),
    diagnostics: resolved.diagnostics
  };
}

/**
 * A notice when the triggering run did not succeed: its artifacts may be missing or partial, and
 * the report says why rather than leaving the reader to guess.
 */
export function triggerNotes(trigger: Trigger): Diagnostic[] {
  const run = trigger.workflowRun;
  if (!run?.conclusion || run.conclusion === 'success') return [];
  const name = run.workflowName ? `"${run.workflowName}" ` : '';
  return [
    diagnostic(
      'notice',
      'workflow-run/run-not-successful',
      `The triggering workflow run ${name}(${run.runId}) concluded \`${run.conclusion}\`; its artifacts may be missing or incomplete.`
    )
  ];
}
