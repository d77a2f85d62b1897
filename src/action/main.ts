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
 * 7. only then decide pass or fail, and post the final commit status to match.
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
import { actionRequest } from './collect.js';
import type { CommentResult } from './comment.js';
import { commentBody, invalidSetupSummary, summaryBody } from './comment-body.js';
import { startGateRun, type GateRun } from './gate-run.js';
import type { FailOn } from './inputs.js';
import { log, maskSecrets, resetSecrets } from './log.js';
import { lookUpWaiver, type Waiver } from './override.js';
import { publishComments, setOutputs, writeReport } from './publish.js';
import { writeSummary } from './summary.js';
import { findPullRequests, type PullRequestTarget } from './trigger.js';
import { verdictStatus, verdictStatusFor, type VerdictStatus } from './verdict-status.js';

/** What a run ended with; `run()` also sets `process.exitCode` as the runner expects. */
export interface RunOutcome {
  exitCode: 0 | 1;
  /** The budget verdict (absent when inputs or context were invalid before analysis). */
  status?: Status;
  /** One line: why the step failed. */
  failure?: string;
  waiver?: Waiver;
  comment?: CommentResult;
  reportPath?: string;
  /** The PRs reported on (numbers). */
  pullRequests?: number[];
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
  const report = maskSecrets(await analyze({ ...input, diagnostics: [...input.diagnostics, ...found.diagnostics] }));
  const reportPath = await writeReport(gate, report);
  log.info(`Report written to ${reportPath}.`);

  const waiver = await waiverFor(gate, found.pullRequests, report);
  const comment = await showReport(gate, { pullRequests: found.pullRequests, report, reportPath, waiver });

  const failure = failureReason(report, settings.failOn, waiver);
  if (posted.status) {
    const final = verdictStatus(report, failure !== undefined, waiver);
    await posted.status.finish(final.state, final.description);
  }
  const outcome: RunOutcome = {
    exitCode: 0,
    status: report.status,
    waiver,
    comment,
    reportPath,
    pullRequests: found.pullRequests.map((p) => p.number)
  };
  if (failure) {
    log.fail(failure);
    return { ...outcome, exitCode: 1, failure };
  }
  if (waiver)
    log.notice(
      `carbon-gate: ${report.status === 'fail' ? 'over' : 'near'} budget, waived by the "${waiver.label}" label${waiver.by ? ` (added by ${waiver.by})` : ''}.`
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

/**
 * The override label, looked up only where it could matter: a valid report whose verdict would
 * fail the step (invalid input has no number to accept). With several PRs (one commit heading two
 * PRs), the first PR's label counts.
 */
async function waiverFor(
  gate: GateRun,
  pullRequests: readonly PullRequestTarget[],
  report: Report
): Promise<Waiver | undefined> {
  if (pullRequests.length === 0 || !report.inputValid || !wouldFail(report, gate.settings.failOn)) return undefined;
  return lookUpWaiver(gate, pullRequests[0]);
}

/** What stage 6 shows: this run's own results. */
interface Shown {
  pullRequests: PullRequestTarget[];
  report: Report;
  reportPath: string;
  waiver: Waiver | undefined;
}

/** Stage 6: the comment first (so the summary can say what happened to it), summary, outputs, annotations. */
async function showReport(gate: GateRun, shown: Shown): Promise<CommentResult | undefined> {
  const { report, waiver } = shown;
  const published = await publishComments(gate, shown.pullRequests, commentBody(gate, report, waiver));
  await writeSummary(summaryBody(gate, report, { waiver, commentForbidden: published.forbidden }), gate.env);

  setOutputs(report, shown.reportPath, published.result);
  annotateDiagnostics(report.diagnostics);
  annotateRuns(report, { waived: waiver !== undefined });
  return published.result;
}

/** True when the verdict fails the step under `fail-on`, before any waiver. */
function wouldFail(report: Report, failOn: FailOn): boolean {
  return failsCheck(report.status, failOn);
}

/**
 * The one-line reason the step fails, or undefined when it passes. Invalid input fails whatever
 * `fail-on` says and cannot be waived: there is no trustworthy number to waive.
 */
function failureReason(report: Report, failOn: FailOn, waiver: Waiver | undefined): string | undefined {
  if (!report.inputValid) {
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0] ? ` First: ${formatDiagnostic(errors[0])}` : '';
    return `carbon-gate: the input has ${errors.length} error${errors.length === 1 ? '' : 's'} (see the annotations).${first}`;
  }
  if (!wouldFail(report, failOn) || waiver) return undefined;
  const limits = limitPhrases(report).join(' and ');
  if (report.status === 'fail') return `carbon-gate: over budget: ${limits}.`;
  return `carbon-gate: near budget (fail-on: warning): ${limits}; warning from ${Math.round((report.budget?.warnAtFraction ?? 0) * 100)}%.`;
}
