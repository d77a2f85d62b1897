/**
 * The action's run, in stages:
 *
 * 1. read the inputs and the context, and what the event asks to judge (the trigger);
 * 2. post the commit status as `pending` (with `status-context`);
 * 3. gather the input: the inputs' one request (src/io/request.ts): workspace manifests and config,
 *    then the artifacts' manifests and logs;
 * 4. find the PRs to report on (in `workflow_run` mode, verified through the API);
 * 5. run the core;
 * 6. show the result on every surface (PR comment, job summary, outputs, annotations);
 * 7. only then decide pass or fail, and post the final commit status to match.
 *
 * Each stage is a function of its own; this file only puts them in order.
 */
import * as core from '@actions/core';
import { analyze } from '../core/analyze.js';
import { formatDiagnostic, type Diagnostic } from '../core/diagnostics.js';
import type { Report, Status } from '../core/model.js';
import { renderMarkdown } from '../core/render/index.js';
import { limitPhrases } from '../core/render/view.js';
import { annotateDiagnostics, annotateRuns } from './annotations.js';
import { failsCheck } from '../io/options.js';
import { readRequest } from '../io/request.js';
import { actionRequest } from './collect.js';
import type { CommentResult } from './comment.js';
import { readContext, type RunContext } from './context.js';
import { createClient, type GitHubClient } from './github.js';
import { readSettings, type FailOn, type Settings } from './inputs.js';
import type { Waiver } from './override.js';
import {
  docsUrl,
  fullReportHint,
  invalidSetupSummary,
  lookUpWaiver,
  publishComments,
  renderWaiver,
  setOutputs,
  titleFor,
  writeReport
} from './publish.js';
import { forkCommentHelp, MAX_SUMMARY_CHARS, writeSummary } from './summary.js';
import { findPullRequests, readTrigger, type PullRequestTarget, type Trigger } from './trigger.js';
import { VerdictStatus, verdictStatus } from './verdict-status.js';

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
  const gate: { status?: VerdictStatus } = {};
  try {
    return await runGate(env, gate);
  } catch (error) {
    const message = `carbon-gate stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    // A pending status would otherwise block a required check until someone re-runs the job.
    if (gate.status?.open)
      await gate.status
        .finish('error', 'carbon-gate stopped on an unexpected error; see the run.')
        .catch(() => undefined);
    core.setFailed(message);
    return { exitCode: 1, failure: message };
  }
}

/** The stages in order; `gate.status` is set once a pending status may have been posted. */
async function runGate(env: NodeJS.ProcessEnv, gate: { status?: VerdictStatus }): Promise<RunOutcome> {
  const setup = readSetup(env);
  if (!setup.ok) return failSetup(setup.problems, env);
  const { settings, context, trigger } = setup;
  const client =
    settings.token === ''
      ? undefined
      : createClient({ token: settings.token, apiUrl: context.apiUrl, retryBaseDelayMs: settings.retryBaseDelayMs });

  if (client && settings.statusContext) {
    gate.status = new VerdictStatus(client, {
      owner: context.owner,
      repo: context.repo,
      sha: trigger.statusSha,
      context: settings.statusContext,
      targetUrl: context.runUrl
    });
    await gate.status.pending();
  }

  const { input, loaded } = await readRequest(actionRequest(settings, context, trigger, client));
  const found = await findPullRequests(client, context, trigger, loaded[0]);
  const report = await analyze({ ...input, diagnostics: [...input.diagnostics, ...found.diagnostics] });
  const reportPath = await writeReport(report, settings, context);
  core.info(`Report written to ${reportPath}.`);

  const waiver = await findWaiver(client, context, found.pullRequests, settings, report);
  const comment = await showReport({
    client,
    env,
    settings,
    context,
    trigger,
    pullRequests: found.pullRequests,
    report,
    reportPath,
    waiver
  });

  const failure = failureReason(report, settings.failOn, waiver);
  if (gate.status) {
    const final = verdictStatus(report, failure !== undefined, waiver);
    await gate.status.finish(final.state, final.description);
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
    core.setFailed(failure);
    return { ...outcome, exitCode: 1, failure };
  }
  if (waiver)
    core.notice(
      `carbon-gate: ${report.status === 'fail' ? 'over' : 'near'} budget, waived by the "${waiver.label}" label${waiver.by ? ` (added by ${waiver.by})` : ''}.`
    );
  return outcome;
}

type Setup =
  { ok: true; settings: Settings; context: RunContext; trigger: Trigger } | { ok: false; problems: Diagnostic[] };

/** Stage 1: inputs, context and trigger, or every reason the gate cannot start. */
function readSetup(env: NodeJS.ProcessEnv): Setup {
  const { settings, diagnostics: inputProblems } = readSettings(env);
  const { context, diagnostics: contextProblems } = readContext(env);
  if (!settings || !context) return { ok: false, problems: [...inputProblems, ...contextProblems] };
  const { trigger, diagnostics } = readTrigger(settings, context);
  if (!trigger) return { ok: false, problems: diagnostics };
  return { ok: true, settings, context, trigger };
}

async function failSetup(problems: Diagnostic[], env: NodeJS.ProcessEnv): Promise<RunOutcome> {
  annotateDiagnostics(problems);
  await writeSummary(invalidSetupSummary(problems), env);
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more; see the annotations)` : '';
  const message = `carbon-gate cannot run: ${problems[0].message}${more}`;
  core.setFailed(message);
  return { exitCode: 1, failure: message };
}

/**
 * The override label, looked up only where it could matter: a valid report whose verdict would
 * fail the step (invalid input has no number to accept). With several PRs (one commit heading two
 * PRs), the first PR's label counts.
 */
async function findWaiver(
  client: GitHubClient | undefined,
  context: RunContext,
  pullRequests: readonly PullRequestTarget[],
  settings: Settings,
  report: Report
): Promise<Waiver | undefined> {
  if (!client || pullRequests.length === 0 || !report.inputValid || !wouldFail(report, settings.failOn))
    return undefined;
  return lookUpWaiver(client, context, pullRequests[0], settings.overrideLabel);
}

/** What stage 6 shows, and where. */
interface ShowOptions {
  client: GitHubClient | undefined;
  env: NodeJS.ProcessEnv;
  settings: Settings;
  context: RunContext;
  trigger: Trigger;
  pullRequests: PullRequestTarget[];
  report: Report;
  reportPath: string;
  waiver: Waiver | undefined;
}

/** Stage 6: the comment first (so the summary can say what happened to it), summary, outputs, annotations. */
async function showReport(o: ShowOptions): Promise<CommentResult | undefined> {
  const waiverNote = o.waiver ? renderWaiver(o.waiver, o.report, o.context.serverUrl) : '';
  const hint = fullReportHint(o.settings.commentTag, o.context);
  const published = await publishComments(o.client, o.context, o.pullRequests, o.settings, o.report, waiverNote, hint);

  let summary =
    waiverNote +
    renderMarkdown(o.report, {
      maxChars: MAX_SUMMARY_CHARS,
      fullReportHint: hint,
      title: titleFor(o.settings.commentTag)
    });
  if (published.forbidden) {
    const page =
      o.trigger.mode === 'workflow-run' ? 'docs/artifacts.md#permissions' : 'docs/action.md#fork-pull-requests';
    summary += `\n${forkCommentHelp(docsUrl(o.context, o.env, page), o.trigger.mode)}`;
  }
  await writeSummary(summary, o.env);

  setOutputs(o.report, o.reportPath, published.result);
  annotateDiagnostics(o.report.diagnostics);
  annotateRuns(o.report, { waived: o.waiver !== undefined });
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
