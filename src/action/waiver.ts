/**
 * Whether a waiver label waives a failing verdict, and for how much. The waiver holds only when
 * every step holds, and each step's outcome is an audit line in the comment and the summary:
 *
 * 1. the PR carries a label that is exactly the waiver label (`waivers.label`, else the
 *    `override-label` input; no case or accent folding, and a label with invisible or
 *    bidirectional characters never matches);
 * 2. the latest `labeled` event for it names who added it;
 * 3. that person is not the PR's author, unless `allow-author: true`;
 * 4. their permission on the repository is at least `min-permission`, or they are an active member
 *    of a team in `waivers.teams` (which needs a token that can read org membership);
 * 5. the waiver can be bounded: its record (what each failing budget used when the label was
 *    added) is kept in the action's own PR comment, read back on later runs only from the comment
 *    the token's own identity wrote, and every failing budget is within what was waived.
 *
 * Where the record cannot be kept (comment: off, or the comment could not be written), the
 * waiver is refused rather than left unbounded: a waiver that is re-measured on every run would
 * stretch silently to whatever the PR grows to.
 */
import type { Report, WaiverPolicy } from '../core/model.js';
import { failsCheck } from '../io/options.js';
import { readOwnComment, resolveIdentity } from './comment.js';
import type { GateRun } from './gate-run.js';
import { describeApiError, type GitHubClient } from './github.js';
import { log } from './log.js';
import {
  atLeast,
  hasInvisible,
  readLabelEvidence,
  readPermission,
  readPullRequestAuthor,
  readTeamMembership,
  type PullRequestRef
} from './override.js';
import type { PullRequestTarget } from './trigger.js';
import {
  amountsOf,
  coverageOf,
  failingBudgets,
  parseWaiverRecord,
  recordFits,
  shortSha,
  waivedPhrases,
  type WaiverRecord
} from './waiver-record.js';

/** What was decided about the waiver label, and why. */
export interface WaiverDecision {
  label: string;
  /**
   * `accepted`: the check passes; `refused`: the label does not waive (who added it may not, or
   * it cannot be checked or bounded); `outgrown`: a trusted waiver no longer covers what the PR uses.
   */
  outcome: 'accepted' | 'refused' | 'outgrown';
  /** The labeller's login, where the events name one. */
  by?: string;
  /** When the label was added (the event's time). */
  at?: string;
  /** The record the comment keeps (accepted or outgrown). */
  record?: WaiverRecord;
  /** True when this run made the record: it holds only once the comment keeps it. */
  recordIsNew: boolean;
  /** One plain-text sentence per step decided, for the comment, the summary and the log. */
  audit: string[];
  /** Why the waiver does not hold: one sentence (refused and outgrown). */
  reason?: string;
}

/** A waiver in force: the check passes. */
export type Waiver = WaiverDecision & { outcome: 'accepted' };

/** The waiver policy that applies: the report's (the config the core judged with), else the defaults. */
function waiverPolicyOf(report: Report, overrideLabel: string): WaiverPolicy & { label: string } {
  const policy = report.policy?.waivers;
  return {
    label: policy?.label ?? overrideLabel,
    minPermission: policy?.minPermission ?? 'write',
    allowAuthor: policy?.allowAuthor ?? false,
    teams: policy?.teams ?? []
  };
}

/**
 * Decides the waiver for the first PR (one commit heading two PRs: the first one's label counts),
 * only where it could matter: a valid report whose verdict would fail the check. Undefined when
 * there is nothing to decide (no PR, nothing failing, the label disabled or not on the PR).
 */
export async function decideWaiver(
  gate: GateRun,
  pullRequests: readonly PullRequestTarget[],
  report: Report
): Promise<WaiverDecision | undefined> {
  const { settings } = gate;
  const pr = pullRequests[0];
  if (!pr || !report.inputValid || !failsCheck(report.status, settings.failOn)) return undefined;
  const policy = waiverPolicyOf(report, settings.overrideLabel);
  if (policy.label === '') return undefined;
  const decision = await decide(gate, pr, report, policy);
  if (decision) logDecision(decision);
  return decision;
}

/**
 * After the comment was posted: a new record that no comment kept cannot bound the waiver, so it
 * is refused (an existing record still stands where this run's update failed).
 */
export function settleWaiver(
  decision: WaiverDecision | undefined,
  kept: boolean,
  why: string
): WaiverDecision | undefined {
  if (!decision || decision.outcome !== 'accepted' || !decision.recordIsNew || kept) return decision;
  const reason = `the waiver's record could not be kept in the PR comment (${why}), so the waiver cannot be bounded and is refused; once the comment can be written, re-run the job`;
  log.info(`carbon-gate: the ${JSON.stringify(decision.label)} label does not waive the check: ${reason}.`);
  return {
    ...decision,
    outcome: 'refused',
    record: undefined,
    recordIsNew: false,
    reason,
    audit: [...decision.audit, `Refused: ${reason}.`]
  };
}

/** The record a PR's comment should carry: this run's decision's, else the one it carried (ours only). */
export function recordFor(
  pr: PullRequestTarget,
  decision: WaiverDecision | undefined,
  previousBody: string | undefined
): WaiverRecord | undefined {
  if (decision?.record && decision.record.pr === pr.number) return decision.record;
  const previous = previousBody === undefined ? undefined : parseWaiverRecord(previousBody);
  return previous?.pr === pr.number ? previous : undefined;
}

async function decide(
  gate: GateRun,
  pr: PullRequestTarget,
  report: Report,
  policy: WaiverPolicy & { label: string }
): Promise<WaiverDecision | undefined> {
  const { label } = policy;
  const refuse = (reason: string, extra: Partial<WaiverDecision> = {}): WaiverDecision => ({
    label,
    outcome: 'refused',
    recordIsNew: false,
    reason,
    ...extra,
    audit: [...(extra.audit ?? []), `Refused: ${reason}.`]
  });
  if (hasInvisible(label))
    return refuse(
      `the waiver label ${JSON.stringify(label)} holds invisible or bidirectional characters, so no label can match it; write it in plain characters`
    );

  const { client, context } = gate;
  if (!client) {
    if (!pr.payloadLabels.includes(label)) return undefined;
    return refuse('without a github-token, who added the label and their permission cannot be checked');
  }
  const ref: PullRequestRef = { owner: context.owner, repo: context.repo, number: pr.number };

  let evidence;
  try {
    evidence = await readLabelEvidence(client, ref, label);
  } catch (error) {
    return refuse(describeApiError('Reading the PR labels and events', error).replace(/\.$/, ''));
  }
  if (!evidence.carried) {
    if (evidence.lookAlikes.length === 0) return undefined;
    const names = evidence.lookAlikes.map((l) => JSON.stringify(l)).join(', ');
    return refuse(
      `the PR carries ${names}, which looks like the waiver label ${JSON.stringify(label)} but is not it (labels match exactly, with no case, accent or invisible-character folding)`
    );
  }
  const added = evidence.added;
  if (!added?.login)
    return refuse(
      `the PR carries the ${JSON.stringify(label)} label, but no "labeled" event names who added it, so it cannot be checked`
    );
  const by = added.login;
  const who = { by, at: added.at };

  let author = pr.author;
  if (author === undefined) {
    try {
      author = await readPullRequestAuthor(client, ref);
    } catch (error) {
      return refuse(describeApiError("Reading the PR's author", error).replace(/\.$/, ''), who);
    }
  }
  const isAuthor = author !== undefined && author.toLowerCase() === by.toLowerCase();
  if (author === undefined && !policy.allowAuthor)
    return refuse("the PR's author is not known, so it cannot be checked that the labeller is someone else", who);
  if (isAuthor && !policy.allowAuthor)
    return refuse(
      `the label was added by ${by}, the PR's author; the policy does not let an author waive their own PR (allow-author: false)`,
      who
    );

  const trust = await trustOf(client, gate, by, policy);
  if (!trust.trusted) return refuse(trust.reason, { ...who, audit: trust.notes });

  const audit = [
    ...trust.notes,
    `The ${JSON.stringify(label)} label was added by ${by}${added.at ? ` at ${added.at}` : ''}: ${trust.reason}; ${
      isAuthor ? "they are the PR's author, which the policy allows (allow-author: true)" : "not the PR's author"
    }.`
  ];
  if (gate.settings.comment === 'off')
    return refuse(
      'the waiver\'s record is kept in the PR comment, and with `comment: off` there is none, so the waiver cannot be bounded; set `comment` to "update" or "recreate"',
      { ...who, audit }
    );

  let previous: WaiverRecord | undefined;
  try {
    previous = await previousRecord(client, gate.settings.commentTag, ref);
  } catch (error) {
    return refuse(
      `${describeApiError("Reading the action's own PR comment, which keeps the waiver's record", error).replace(/\.$/, '')}; without it the waiver cannot be bounded`,
      { ...who, audit }
    );
  }
  const failing = failingBudgets(report, gate.settings.failOn);
  if (failing.length === 0)
    return refuse('the check fails for a reason no budget names, so there is no amount a waiver could bound', {
      ...who,
      audit
    });
  const sameEvent =
    previous !== undefined &&
    previous.label === label &&
    previous.by === by &&
    previous.at === added.at &&
    previous.event === added.id;
  const record: WaiverRecord = sameEvent
    ? (previous as WaiverRecord)
    : {
        v: 1,
        pr: pr.number,
        label,
        by,
        ...(added.id === undefined ? {} : { event: added.id }),
        at: added.at,
        sha: gate.trigger.statusSha ?? gate.context.sha ?? '0000000',
        budgets: failing.map(amountsOf)
      };
  if (!sameEvent && !recordFits(record))
    return refuse(
      "the waiver's record (what each failing budget uses) is too large to keep in the PR comment, so the waiver cannot be bounded",
      { ...who, audit }
    );
  // Said on every run, new record or not, so that a re-run at the same footprint writes the same comment.
  audit.push(
    `Recorded at ${shortSha(record.sha)}: the waiver covers ${waivedPhrases(record).join(', ')}; a later push that uses more is not covered.`
  );
  const coverage = coverageOf(record, failing);
  for (const c of coverage) audit.push(c.text);
  const outgrown = coverage.filter((c) => !c.covered);
  if (outgrown.length === 0) return { label, outcome: 'accepted', ...who, record, recordIsNew: !sameEvent, audit };
  const reason = `the waiver no longer covers what the PR uses: ${outgrown.map((c) => c.text.replace(/\.$/, '')).join('; ')}. Remove the label and add it again to waive the new footprint`;
  return { label, outcome: 'outgrown', ...who, record, recordIsNew: false, reason, audit };
}

/** Whether `by` may waive: by permission, else by a team; and the notes on what was found. */
async function trustOf(
  client: GitHubClient,
  gate: GateRun,
  by: string,
  policy: WaiverPolicy
): Promise<{ trusted: boolean; reason: string; notes: string[] }> {
  const { context } = gate;
  const notes: string[] = [];
  let permission;
  try {
    permission = await readPermission(client, { owner: context.owner, repo: context.repo }, by);
  } catch (error) {
    return {
      trusted: false,
      reason: `${describeApiError(`Reading ${by}'s permission on the repository`, error).replace(/\.$/, '')}`,
      notes
    };
  }
  const role =
    permission.roleName && permission.roleName !== permission.level
      ? `the "${permission.roleName}" role (${permission.level} permission)`
      : `${permission.level === 'none' ? 'no' : permission.level} permission`;
  if (atLeast(permission.level, policy.minPermission))
    return {
      trusted: true,
      reason: `${by} has ${role} on the repository (the policy asks for at least ${policy.minPermission})`,
      notes
    };

  if (policy.teams.length > 0) {
    const identity = await resolveIdentity(client).catch(() => ({ source: 'fallback' as const }));
    for (const team of policy.teams) {
      let found;
      try {
        found = await readTeamMembership(client, team, by, identity.source === 'fallback');
      } catch (error) {
        notes.push(`${describeApiError(`Reading ${by}'s membership of ${team}`, error)}`);
        continue;
      }
      if (found === 'active')
        return {
          trusted: true,
          reason: `${by} has ${role} on the repository and is an active member of ${team}, a team the policy names`,
          notes
        };
      if (found === 'unreadable') {
        const note = `The membership of ${team} could not be read: team waivers need a token that can read organization membership (the default GITHUB_TOKEN cannot; use a GitHub App or a fine-grained token with "Members: read" on the organization).`;
        log.warning(`carbon-gate: ${note}`);
        notes.push(note);
      }
    }
  }
  const teams = policy.teams.length > 0 ? ` and is not an active member of ${policy.teams.join(', ')}` : '';
  return {
    trusted: false,
    reason: `the label was added by ${by}, who has ${role} on the repository${teams}; the policy asks for at least ${policy.minPermission} (min-permission)`,
    notes
  };
}

/** The record in our own comment on the PR, if any (read only from the comment the token's identity wrote). */
async function previousRecord(
  client: GitHubClient,
  tag: string,
  ref: PullRequestRef
): Promise<WaiverRecord | undefined> {
  const identity = await resolveIdentity(client);
  const body = await readOwnComment(
    client,
    { owner: ref.owner, repo: ref.repo, issueNumber: ref.number },
    tag,
    identity.login
  );
  const record = body === undefined ? undefined : parseWaiverRecord(body);
  return record?.pr === ref.number ? record : undefined;
}

/**
 * Every decision in the log too, one line per audit line (a log line cannot hold a line break).
 * The step's own notice (waived) or error (the reason it was not) follows in main.ts.
 */
function logDecision(decision: WaiverDecision): void {
  const verb = decision.outcome === 'accepted' ? 'waives the check' : 'does not waive the check';
  log.info(`carbon-gate: the ${JSON.stringify(decision.label)} label ${verb}:`);
  for (const line of decision.audit) log.info(`  - ${line}`);
}
