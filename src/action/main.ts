/**
 * The action's run, in stages:
 *
 * 1. read the inputs and the context, and what the event asks to judge (the trigger), into one
 *    {@link GateRun} that every later stage takes as its first argument;
 * 2. post the commit status as `pending` (with `status-context`);
 * 3. gather the input: the inputs' one request (src/io/request.ts): workspace manifests and config,
 *    then the artifacts' manifests and logs;
 * 4. find the PRs to report on (in `workflow_run` mode, verified through the API), and read the
 *    change's base through the API (src/action/base.ts);
 * 5. run the core;
 * 6. show the result on every surface (PR comment, job summary, outputs, annotations);
 * 7. on a default-branch push or workflow_run with `ledger: write`, append the spent runs to the
 *    ledger branch (src/action/ledger/stage.ts);
 * 8. only then decide pass or fail, and post the final commit status to match.
 *
 * Each stage is a function of its own; this file only puts them in order. What the comment and the
 * summary say is assembled in comment-body.ts.
 */
import { analyze } from '../core/analyze.js';
import { formatDiagnostic, type Diagnostic } from '../core/diagnostics.js';
import type { Report, Status } from '../core/model.js';
import { limitPhrases } from '../core/render/view.js';
import { annotateDiagnostics, annotateRuns } from './annotations.js';
import { failsCheck } from '../io/options.js';
import { readRequest } from '../io/request.js';
import { readActionBase } from './base.js';
import { dashboardBudget } from '../core/render/dashboard/summary.js';
import { keepLedger, ledgerForBudgets, ledgerPolicy, type LedgerOutcome } from './ledger/stage.js';
import { actionRequest } from './collect.js';
import type { CommentResult } from './comment.js';
import { commentBody, invalidSetupSummary, summaryBody } from './comment-body.js';
import { startGateRun, type GateRun } from './gate-run.js';
import type { FailOn } from './inputs.js';
import { log, maskSecrets, resetSecrets } from './log.js';
import { publishComments, setOutputs, writeReport } from './publish.js';
import { writeSummary } from './summary.js';
import { findPullRequests, type PullRequestTarget } from './trigger.js';
import { verdictStatus, verdictStatusFor, type VerdictStatus } from './verdict-status.js';
import { decideWaiver, recordFor, settleWaiver, type Waiver, type WaiverDecision } from './waiver.js';
import { failingBudgets, usedPhrase } from './waiver-record.js';

/** What a run ended with; `run()` also sets `process.exitCode` as the runner expects. */
export interface RunOutcome {
  exitCode: 0 | 1;
  /** The budget verdict (absent when inputs or context were invalid before analysis). */
  status?: Status;
  /** One line: why the step failed. */
  failure?: string;
  /** The waiver in force (the check passes because of it). */
  waiver?: Waiver;
  /** What was decided about the waiver label, accepted or not (absent when nothing was judged). */
  waiverDecision?: WaiverDecision;
  comment?: CommentResult;
  reportPath?: string;
  /** The PRs reported on (numbers). */
  pullRequests?: number[];
  /** What the ledger stage did (absent before it ran). */
  ledger?: LedgerOutcome;
}

/** Runs the action once. Never throws: an unexpected error fails the step in plain words. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<RunOutcome> {
  // The inputs register this run's secrets (src/action/log.ts); an earlier run's are forgotten.
  resetSecrets();
  const posted: PostedStatus = {};
  try {
    return await runGate(env, posted);
  } catch (error) {
    const message = `carbon-gate stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    // A pending status would otherwise block a required check until someone re-runs the job.
    if (posted.status?.open)
      await posted.status
        .finish('error', 'carbon-gate stopped on an unexpected error; see the run.')
        .catch(() => undefined);
    log.fail(message);
    return { exitCode: 1, failure: message };
  }
}

/** The commit status, once a pending one may have been posted: `run()` closes it on an unexpected error. */
interface PostedStatus {
  status?: VerdictStatus;
}

/** The stages in order. */
async function runGate(env: NodeJS.ProcessEnv, posted: PostedStatus): Promise<RunOutcome> {
  const start = startGateRun(env);
  if (!start.ok) return failSetup(start.problems, env);
  const { gate } = start;
  const { settings } = gate;

  posted.status = verdictStatusFor(gate);
  await posted.status?.pending();

  const request = await readRequest(actionRequest(gate));
  const { input, loaded } = request;
  const found = await findPullRequests(gate, loaded[0]);
  // The change's base (the PR's base commit, the merge group's base), read through the API.
  await readActionBase(gate, found.pullRequests, request);
  // Secrets are masked in the report itself, before any renderer escapes a token out of shape.
  // The ledger branch, for window budgets (read through the API), and the policy naming it.
  const policy = ledgerPolicy(input);
  const ledgerInput = await ledgerForBudgets(gate, policy);
  const report = maskSecrets(
    await analyze({
      ...input,
      diagnostics: [...input.diagnostics, ...found.diagnostics],
      ...(ledgerInput ? { ledger: ledgerInput } : {}),
      // The adapter's clock: window budgets end now.
      nowMs: Date.now()
    })
  );
  const reportPath = await writeReport(gate, report);
  log.info(`Report written to ${reportPath}.`);

  const decided = await decideWaiver(gate, found.pullRequests, report);
  const { comment, decision } = await showReport(gate, {
    pullRequests: found.pullRequests,
    report,
    reportPath,
    decision: decided
  });
  const waiver = decision?.outcome === 'accepted' ? (decision as Waiver) : undefined;

  const ledger = await keepLedger(gate, report, {
    ...(policy?.ledger ? { policy: policy.ledger } : {}),
    budget: dashboardBudget(policy?.budgets ?? []),
    ...(input.committedAs ? { committedAs: input.committedAs } : {})
  });
  const verdictFailure = failureReason(report, settings.failOn, decision);
  // A lost ledger write fails the step, but the commit status stays the verdict's.
  const failure = verdictFailure ?? ledger.failure;
  if (posted.status) {
    const final = verdictStatus(report, verdictFailure !== undefined, waiver);
    await posted.status.finish(final.state, final.description);
  }
  const outcome: RunOutcome = {
    exitCode: 0,
    status: report.status,
    waiver,
    waiverDecision: decision,
    comment,
    reportPath,
    pullRequests: found.pullRequests.map((p) => p.number),
    ledger
  };
  if (failure) {
    log.fail(failure);
    return { ...outcome, exitCode: 1, failure };
  }
  if (waiver)
    log.notice(
      `carbon-gate: ${report.status === 'fail' ? 'over' : 'near'} budget, waived by the "${waiver.label}" label (added by ${waiver.by ?? 'someone the events do not name'}).`
    );
  return outcome;
}

/** Stage 1 failed: every problem as an annotation and in the summary, and the step fails. */
async function failSetup(found: Diagnostic[], env: NodeJS.ProcessEnv): Promise<RunOutcome> {
  const problems = maskSecrets(found);
  annotateDiagnostics(problems);
  await writeSummary(invalidSetupSummary(problems), env);
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more; see the annotations)` : '';
  const message = `carbon-gate cannot run: ${problems[0].message}${more}`;
  log.fail(message);
  return { exitCode: 1, failure: message };
}

/** What stage 6 shows: this run's own results. */
interface Shown {
  pullRequests: PullRequestTarget[];
  report: Report;
  reportPath: string;
  /** The waiver label's decision before the comment was posted. */
  decision: WaiverDecision | undefined;
}

/**
 * Stage 6: the comment first (so the summary can say what happened to it, and a new waiver record
 * is known to be kept or not), summary, outputs, annotations. Each PR's comment carries its waiver
 * record: this run's, else the one its comment already had.
 */
async function showReport(
  gate: GateRun,
  shown: Shown
): Promise<{ comment: CommentResult | undefined; decision: WaiverDecision | undefined }> {
  const { report } = shown;
  const first = shown.pullRequests[0];
  const published = await publishComments(gate, shown.pullRequests, (pr, previous) =>
    commentBody(gate, report, shown.decision, recordFor(pr, shown.decision, previous))
  );
  const kept = first !== undefined && published.keptOn.includes(first.number);
  const decision = settleWaiver(
    shown.decision,
    kept,
    published.forbidden
      ? 'the token may not write to the PR'
      : 'the comment could not be written or found again; see the warnings'
  );
  const waived = decision?.outcome === 'accepted';
  await writeSummary(summaryBody(gate, report, { waiver: decision, commentForbidden: published.forbidden }), gate.env);

  setOutputs(report, shown.reportPath, published.result);
  annotateDiagnostics(report.diagnostics);
  annotateRuns(report, { waived });
  return { comment: published.result, decision };
}

/** True when the verdict fails the step under `fail-on`, before any waiver. */
function wouldFail(report: Report, failOn: FailOn): boolean {
  return failsCheck(report.status, failOn);
}

/**
 * The one-line reason the step fails, or undefined when it passes. Invalid input fails whatever
 * `fail-on` says and cannot be waived: there is no trustworthy number to waive.
 */
function failureReason(report: Report, failOn: FailOn, decision: WaiverDecision | undefined): string | undefined {
  if (!report.inputValid) {
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0] ? ` First: ${formatDiagnostic(errors[0])}` : '';
    return `carbon-gate: the input has ${errors.length} error${errors.length === 1 ? '' : 's'} (see the annotations).${first}`;
  }
  if (!wouldFail(report, failOn) || decision?.outcome === 'accepted') return undefined;
  // The legacy budget's phrase as it always was; else each failing budget by name.
  const limits =
    limitPhrases(report).join(' and ') ||
    failingBudgets(report, failOn)
      .map((b) => `${b.name}: ${usedPhrase(b)}`)
      .join('; ');
  const notWaived = decision?.reason ? ` The "${decision.label}" label does not waive it: ${decision.reason}.` : '';
  if (report.status === 'fail') return `carbon-gate: over budget${limits ? `: ${limits}` : ''}.${notWaived}`;
  return `carbon-gate: near budget (fail-on: warning)${limits ? `: ${limits}` : ''}; warning from ${Math.round((report.budget?.warnAtFraction ?? 0) * 100)}%.${notWaived}`;
}
