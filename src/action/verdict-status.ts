/**
 * The `status-context` commit status over one gate run: `pending` as soon as the gate knows which
 * commit it judges, then the verdict. A status left at `pending` would block a required check
 * forever, so once `pending` is posted, every way out of the run — including an unexpected error —
 * posts a final state.
 */
import { log } from './log.js';
import type { Report } from '../core/model.js';
import { limitPhrases, verdictOf } from '../core/render/view.js';
import { setCommitStatus, statusStateFor, type CommitState } from './commit-status.js';
import type { GateRun } from './gate-run.js';
import type { GitHubClient } from './github.js';
import type { Waiver } from './waiver.js';

/** Where and under which name the status goes. */
export interface VerdictStatusTarget {
  owner: string;
  repo: string;
  /** The commit judged: the PR's head, or the `workflow_run`'s head commit. */
  sha?: string;
  /** The `status-context` input. */
  context: string;
  /** This run's page, the status's "Details" link. */
  targetUrl?: string;
}

/** The description of the pending state. */
export const PENDING_DESCRIPTION = 'carbon-gate is measuring…';

/** Posts the pending and the final state of one commit status; problems are warnings. */
export class VerdictStatus {
  private pendingPosted = false;
  private finalPosted = false;

  constructor(
    private readonly client: GitHubClient,
    private readonly target: VerdictStatusTarget
  ) {}

  /** True while `pending` is posted and no final state yet. */
  get open(): boolean {
    return this.pendingPosted && !this.finalPosted;
  }

  /** Posts `pending`. Without a commit to put it on, warns once and does nothing later. */
  async pending(): Promise<void> {
    if (!this.target.sha) {
      log.warning(
        `status-context "${this.target.context}" is set, but this event names no commit to put the status on; no commit status is set.`
      );
      return;
    }
    this.pendingPosted = await this.post('pending', PENDING_DESCRIPTION);
  }

  /** Posts the verdict's state and one-line description (once). */
  async finish(state: CommitState, description: string): Promise<void> {
    if (!this.target.sha || this.finalPosted) return;
    this.finalPosted = true;
    await this.post(state, description);
  }

  private async post(state: CommitState, description: string): Promise<boolean> {
    const { owner, repo, context, targetUrl } = this.target;
    const result = await setCommitStatus(this.client, {
      owner,
      repo,
      sha: this.target.sha as string,
      context,
      state,
      description,
      targetUrl
    });
    for (const d of result.diagnostics) log.warning(d.message);
    if (result.ok)
      log.info(`Commit status "${context}" set to ${state} on ${(this.target.sha as string).slice(0, 7)}.`);
    return result.ok;
  }
}

/**
 * The run's commit status, when `status-context` asks for one and there is a client to post it:
 * on the trigger's commit, named by the input, linking to this run.
 */
export function verdictStatusFor(gate: GateRun): VerdictStatus | undefined {
  const { client, context, settings, trigger } = gate;
  if (!client || !settings.statusContext) return undefined;
  return new VerdictStatus(client, {
    owner: context.owner,
    repo: context.repo,
    sha: trigger.statusSha,
    context: settings.statusContext,
    targetUrl: context.runUrl
  });
}

/** The final state and description for a report: agrees with the step's own result. */
export function verdictStatus(
  report: Report,
  stepFails: boolean,
  waiver: Waiver | undefined
): { state: CommitState; description: string } {
  return {
    state: statusStateFor({ stepFails, inputValid: report.inputValid }),
    description: describeVerdict(report, waiver)
  };
}

/**
 * One line (GitHub shows 140 characters; setCommitStatus cuts longer ones): the verdict and the
 * numbers, e.g. `Within budget: 6 kg CO2e of 10 kg (60%)`, or what was waived.
 */
function describeVerdict(report: Report, waiver: Waiver | undefined): string {
  const verdict = verdictOf(report);
  if (verdict.kind === 'invalid') {
    const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
    return `Invalid input: ${errors} error${errors === 1 ? '' : 's'}; see the run's summary.`;
  }
  if (waiver)
    return `${verdict.headline}, waived by the "${waiver.label}" label: ${limitPhrases(report).join(' and ')}`;
  return `${verdict.headline}: ${verdict.detail.replace(/\.$/, '')}`;
}
