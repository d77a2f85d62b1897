/**
 * The override label: a maintainer's waiver. When the PR carries it, an over-budget verdict does
 * not fail the check, and the comment says who added the label (from the issue events, so the
 * name is GitHub's record, not something the PR author can write).
 */
import { log } from './log.js';
import type { CommentTarget } from './comment.js';
import type { GateRun } from './gate-run.js';
import { describeApiError, type GitHubClient } from './github.js';
import type { PullRequestTarget } from './trigger.js';

/** A waiver in force. */
export interface Waiver {
  label: string;
  /** Login of whoever added the label last; undefined when the events do not say. */
  by?: string;
  /** When it was added (ISO time from the event). */
  at?: string;
}

/** Label names match case-insensitively on GitHub. */
const same = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * Looks up the `override-label` on the PR through the API (nothing without a client or with the
 * label input empty). When the API fails, the event payload's labels are the best evidence (who
 * added it then stays unknown).
 */
export async function lookUpWaiver(gate: GateRun, pr: PullRequestTarget): Promise<Waiver | undefined> {
  const { client, context } = gate;
  const label = gate.settings.overrideLabel;
  if (!client || label === '') return undefined;
  try {
    return await findWaiver(client, { owner: context.owner, repo: context.repo, issueNumber: pr.number }, label);
  } catch (error) {
    log.warning(describeApiError('Checking the override label', error));
    const carried = pr.payloadLabels.some((l) => l.toLowerCase() === label.toLowerCase());
    return carried ? { label } : undefined;
  }
}

/**
 * Looks up whether the PR carries `label` now (the API, not the event payload, so adding the label
 * and re-running the job works), and who added it. Returns undefined when it does not carry it.
 */
async function findWaiver(client: GitHubClient, target: CommentTarget, label: string): Promise<Waiver | undefined> {
  const base = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 };
  const labels = await client.paginate(client.rest.issues.listLabelsOnIssue, base);
  if (!labels.some((l) => same(l.name, label))) return undefined;

  const events = (await client.paginate(client.rest.issues.listEvents, base)) as {
    event?: string;
    actor?: { login?: string } | null;
    label?: { name?: string };
    created_at?: string;
  }[];
  // The latest `labeled` event for this label: it may have been removed and added again.
  const added = events
    .filter((e) => e.event === 'labeled' && e.label?.name !== undefined && same(e.label.name, label))
    .pop();
  return { label, by: added?.actor?.login ?? undefined, at: added?.created_at };
}
