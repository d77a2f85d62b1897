/**
 * The ledger stage of a gate run: decides from the `ledger` input and the event whether to write
 * or read the ledger branch, and does it (writer.ts writes, {@link readLedgerBranch} reads).
 *
 * Writing happens only where the spend is final: a `push` to the default branch (the merged
 * change) or a `workflow_run` completed on the default branch (a training run's measured energy).
 * A pull request's runs are not spent yet; they are judged against the ledger instead.
 */
import { parseConfig } from '../../core/config.js';
import type { DashboardBudget } from '../../core/render/dashboard/summary.js';
import type { AnalyzeInput, LedgerInput, LedgerPolicy, Policy, Report } from '../../core/model.js';
import type { GateRun } from '../gate-run.js';
import { describeApiError, describeFailure } from '../github.js';
import { log } from '../log.js';
import { readTip, type RepoRef } from './git-data.js';
import { pullRequestOf } from './pull-request.js';
import { spentRecords, type SpendFacts } from './records.js';
import { LedgerWriteError, readShards, writeLedgerRecords, type WriteResult } from './writer.js';

/** The ledger branch when the policy names none (the policy parser's default). */
const DEFAULT_LEDGER_BRANCH = 'carbon-ledger';

/**
 * The policy that governs the ledger: the base's config where the change has a base (a pull
 * request cannot switch its own ledger or budgets off), else the workspace's. Its problems are
 * the core's to report; here a config that does not parse names no ledger.
 */
export function ledgerPolicy(input: Pick<AnalyzeInput, 'config' | 'base'>): Policy | undefined {
  const config = input.base ? input.base.config : input.config;
  if (!config) return undefined;
  return parseConfig(config.file, config.text).config?.policy;
}

/**
 * The ledger for the core's window budgets, read from the branch when the mode is `read` (for
 * `auto`: the policy has a `window` budget and the event is not a spend the run writes), else
 * undefined (not read).
 */
export async function ledgerForBudgets(gate: GateRun, policy: Policy | undefined): Promise<LedgerInput | undefined> {
  const hasWindow = policy?.budgets.some((b) => b.scope === 'window') ?? false;
  const input = gate.settings.ledger;
  const read = input === 'read' || (input === 'auto' && hasWindow);
  if (!read) return undefined;
  return readLedgerBranch(gate, policy?.ledger?.branch ?? DEFAULT_LEDGER_BRANCH);
}

const SHA = /^[0-9a-f]{40}$/;

/** What the stage did. */
export interface LedgerOutcome {
  /** The write's result, where records were written (or found present). */
  written?: WriteResult;
  /** Why nothing was written, where the input asked to write: said in the log. */
  skipped?: string;
  /** One line: why the write failed; the step fails with it. */
  failure?: string;
}

/**
 * The ledger's mode for this run. `auto` writes on a default-branch `push`/`workflow_run` when the
 * policy names a ledger, and otherwise does nothing here (`policyLedger` is the policy's `ledger`
 * key, absent when it names none).
 */
function ledgerMode(gate: GateRun, policyLedger: LedgerPolicy | undefined): 'off' | 'read' | 'write' {
  const input = gate.settings.ledger;
  if (input !== 'auto') return input;
  return policyLedger !== undefined && spendOf(gate).ok ? 'write' : 'off';
}

/** The spend an event stands for, or why it stands for none. */
type Spend =
  { ok: true; facts: Omit<SpendFacts, 'repo' | 'recordedAt'>; defaultBranch: string } | { ok: false; why: string };

/** Reads the event: a default-branch push or workflow_run completion, with its commit and run. */
function spendOf(gate: GateRun): Spend {
  const { context, env } = gate;
  const payload = context.payload as {
    ref?: unknown;
    after?: unknown;
    repository?: { default_branch?: unknown };
    workflow_run?: {
      id?: unknown;
      run_attempt?: unknown;
      head_branch?: unknown;
      head_sha?: unknown;
      event?: unknown;
      head_repository?: { full_name?: unknown } | null;
    };
  };
  const defaultBranch = payload.repository?.default_branch;
  if (typeof defaultBranch !== 'string' || defaultBranch === '')
    return { ok: false, why: 'the event payload does not name the default branch (`repository.default_branch`)' };
  if (context.eventName === 'push') {
    if (payload.ref !== `refs/heads/${defaultBranch}`)
      return { ok: false, why: `the push is to ${String(payload.ref)}, not to the default branch ${defaultBranch}` };
    const commit = typeof payload.after === 'string' ? payload.after : context.sha;
    const runId = Number(env.GITHUB_RUN_ID);
    if (commit === undefined || !SHA.test(commit) || !Number.isSafeInteger(runId) || runId <= 0)
      return { ok: false, why: 'the push names no commit (`after`) or the runner no run id (`GITHUB_RUN_ID`)' };
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    return {
      ok: true,
      facts: {
        event: 'push',
        commit,
        workflowRun: { id: runId, attempt: Number.isSafeInteger(attempt) && attempt > 0 ? attempt : 1 },
        pr: null
      },
      defaultBranch
    };
  }
  if (context.eventName === 'workflow_run') {
    const run = payload.workflow_run;
    if (run?.head_branch !== defaultBranch)
      return {
        ok: false,
        why: `the training run was on ${String(run?.head_branch)}, not on the default branch ${defaultBranch}`
      };
    // A fork's branch may be called main too: only this repository's own default-branch runs,
    // not a pull request's, spend the team's account.
    if (run.head_repository?.full_name !== `${context.owner}/${context.repo}`)
      return { ok: false, why: 'the training run built a commit from another repository (a fork)' };
    if (run.event === 'pull_request' || run.event === 'pull_request_target')
      return { ok: false, why: 'the training run was for a pull request, not the default branch' };
    const id = run.id;
    const attempt = run.run_attempt;
    if (typeof id !== 'number' || typeof run.head_sha !== 'string' || !SHA.test(run.head_sha))
      return { ok: false, why: 'the `workflow_run` payload names no run id or head commit' };
    return {
      ok: true,
      facts: {
        event: 'workflow_run',
        commit: run.head_sha,
        workflowRun: { id, attempt: typeof attempt === 'number' && attempt > 0 ? attempt : 1 },
        pr: null
      },
      defaultBranch
    };
  }
  return {
    ok: false,
    why: `a \`${context.eventName}\` event spends nothing (only a default-branch push or workflow_run does)`
  };
}

/** What {@link keepLedger} writes with, besides the run and its report. */
export interface KeepLedgerOptions {
  /** The policy's `ledger:` settings (mode, branch); absent: the defaults. */
  policy?: LedgerPolicy;
  /** The window budget the branch's dashboard draws (the policy's first `scope: window` rule). */
  budget?: DashboardBudget;
  /** The artifact manifests recorded under a committed name (see SpendFacts). */
  committedAs?: Readonly<Record<string, string>>;
}

/**
 * Writes this run's spent runs to the ledger when the mode is `write` and the event spends; a
 * failed write is a failure of the step (a lost record would go unnoticed otherwise).
 */
export async function keepLedger(
  gate: GateRun,
  report: Report,
  options: KeepLedgerOptions = {}
): Promise<LedgerOutcome> {
  const { policy: policyLedger, budget, committedAs } = options;
  if (ledgerMode(gate, policyLedger) !== 'write') return {};
  const branch = policyLedger?.branch ?? DEFAULT_LEDGER_BRANCH;
  const skip = (why: string): LedgerOutcome => {
    log.info(`carbon-gate writes nothing to the ledger branch \`${branch}\`: ${why}.`);
    return { skipped: why };
  };
  const spend = spendOf(gate);
  if (!spend.ok) return skip(spend.why);
  if (!report.inputValid) return skip('the input has errors, so there are no trustworthy numbers to record');
  const { client, context } = gate;
  if (!client) return { failure: 'carbon-gate: `ledger: write` needs the `github-token` input, which is empty.' };
  const unnumbered = spentRecords(report, {
    ...spend.facts,
    repo: `${context.owner}/${context.repo}`,
    recordedAt: new Date().toISOString(),
    ...(committedAs ? { committedAs } : {})
  });
  if (unnumbered.length === 0) return skip('no run was added or changed');
  // The PR is looked up only when there is something to record: one API call per spend.
  const repo: RepoRef = { owner: context.owner, repo: context.repo };
  const lookup = await pullRequestOf(client, repo, spend.facts.commit, spend.defaultBranch);
  if ('failure' in lookup)
    log.warning(
      `carbon-gate could not look up the pull request of ${spend.facts.commit.slice(0, 7)} (${lookup.failure}); its ledger records say \`pr: null\`. The lookup needs \`pull-requests: read\`.`
    );
  const records = unnumbered.map((r) => ({ ...r, pr: lookup.pr }));
  try {
    const written = await writeLedgerRecords(client, repo, branch, records, {
      retryBaseDelayMs: gate.settings.retryBaseDelayMs,
      ...(budget ? { budget } : {})
    });
    log.info(
      `Ledger branch \`${branch}\`: ${written.written} record${written.written === 1 ? '' : 's'} written${written.alreadyPresent > 0 ? `, ${written.alreadyPresent} already there` : ''}${written.createdBranch ? ' (branch created)' : ''}${written.tries > 1 ? ` after ${written.tries} attempts` : ''}.`
    );
    return { written };
  } catch (error) {
    if (error instanceof LedgerWriteError) return { failure: `carbon-gate: ${error.message}` };
    return {
      failure: `carbon-gate: ${describeApiError(`Writing the ledger branch \`${branch}\``, error)} Writing needs \`contents: write\`.`
    };
  }
}

/**
 * The ledger's shards for judging a pull request, read at the branch's tip through the API, or why
 * they cannot be read (no token, an API failure); a branch not created yet has no shards.
 */
export async function readLedgerBranch(gate: GateRun, branch: string = DEFAULT_LEDGER_BRANCH): Promise<LedgerInput> {
  const { client, context } = gate;
  if (!client) return { unreadable: 'the `github-token` input is empty, so the ledger branch cannot be read' };
  const repo: RepoRef = { owner: context.owner, repo: context.repo };
  try {
    const tip = await readTip(client, repo, branch);
    if (!tip)
      // No branch yet is a missing ledger (no shards), not an unreadable one.
      return { shards: [], source: `branch ${branch} (not created yet: the first write creates it)` };
    const shards = await readShards(client, repo, tip.treeSha);
    return {
      shards: [...shards].map(([file, text]) => ({ file, text })),
      source: `branch ${branch} at ${tip.commitSha.slice(0, 7)}`
    };
  } catch (error) {
    return { unreadable: `reading the ledger branch \`${branch}\` failed: ${describeFailure(error)}` };
  }
}
