/**
 * The action's run: read inputs and context, read the manifests from the workspace, run the core,
 * then show the result on every GitHub surface (PR comment, job summary, outputs, annotations) and
 * only then pass or fail the step.
 *
 * Each stage is a function of its own so that later modes (artifacts, `workflow_run`, commit
 * statuses) add a stage rather than rewrite this one.
 */
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { analyze } from '../core/analyze.js';
import { formatDiagnostic, type Diagnostic } from '../core/diagnostics.js';
import type { AnalyzeInput, Report, Status, TextInput } from '../core/model.js';
import { escapeMarkdown } from '../core/render/escape.js';
import { renderMarkdown } from '../core/render/index.js';
import { limitPhrases } from '../core/render/view.js';
import { createTraceReader, findManifests, readTextFile, readTextFiles } from '../io/files.js';
import { annotateDiagnostics, annotateRuns } from './annotations.js';
import { markerFor, resolveIdentity, upsertComment, withMarker, type CommentResult, type CommentTarget } from './comment.js';
import { readContext, type RunContext } from './context.js';
import { createClient, describeApiError, errorStatus, type GitHubClient } from './github.js';
import { DEFAULT_TAG, readSettings, type FailOn, type Settings } from './inputs.js';
import { findWaiver, type Waiver } from './override.js';
import { forkCommentHelp, MAX_SUMMARY_CHARS, writeSummary } from './summary.js';
import { TOOL_VERSION } from '../core/version.js';

/** GitHub refuses comment bodies longer than this (characters). */
export const MAX_COMMENT_CHARS = 65536;

/** Room kept below the limit for what we add around the rendered report. */
const COMMENT_MARGIN_CHARS = 512;

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
}

/** Runs the action once. Never throws: an unexpected error fails the step in plain words. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<RunOutcome> {
  try {
    return await runGate(env);
  } catch (error) {
    const message = `carbon-gate stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    core.setFailed(message);
    return { exitCode: 1, failure: message };
  }
}

async function runGate(env: NodeJS.ProcessEnv): Promise<RunOutcome> {
  const { settings, diagnostics: inputProblems } = readSettings(env);
  const { context, diagnostics: contextProblems } = readContext(env);
  if (!settings || !context) {
    const problems = [...inputProblems, ...contextProblems];
    annotateDiagnostics(problems);
    await writeSummary(invalidSetupSummary(problems), env);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more; see the annotations)` : '';
    return fail(`carbon-gate cannot run: ${problems[0].message}${more}`);
  }

  const report = await analyze(await collectInput(settings, context));
  const reportPath = await writeReport(report, settings, context);
  core.info(`Report written to ${reportPath}.`);

  const client = needsApi(settings, context, report) ? createClient({ token: settings.token, apiUrl: context.apiUrl, retryBaseDelayMs: settings.retryBaseDelayMs }) : undefined;
  const target: CommentTarget | undefined = context.pullRequest ? { owner: context.owner, repo: context.repo, issueNumber: context.pullRequest.number } : undefined;

  // Only a valid report's budget verdict can be waived: invalid input has no number to accept.
  const waivable = report.inputValid && wouldFail(report, settings.failOn);
  const waiver = client && target && waivable ? await lookUpWaiver(client, target, settings.overrideLabel, context) : undefined;
  const waiverNote = waiver ? renderWaiver(waiver, report, context.serverUrl) : '';
  const hint = fullReportHint(settings.commentTag, context);

  // The comment goes first so the summary can say what happened to it.
  const published = await publishComment(client, target, settings, report, waiverNote, hint);
  let summary = waiverNote + renderMarkdown(report, { maxChars: MAX_SUMMARY_CHARS, fullReportHint: hint, title: titleFor(settings.commentTag) });
  if (published.forbidden) summary += `\n${forkCommentHelp(docsUrl(context, env))}`;
  await writeSummary(summary, env);

  setOutputs(report, reportPath, published.result);
  annotateDiagnostics(report.diagnostics);
  annotateRuns(report, { waived: waiver !== undefined });

  const failure = failureReason(report, settings.failOn, waiver);
  const outcome: RunOutcome = { exitCode: 0, status: report.status, waiver, comment: published.result, reportPath };
  if (failure) {
    core.setFailed(failure);
    return { ...outcome, exitCode: 1, failure };
  }
  if (waiver) core.notice(`carbon-gate: ${report.status === 'fail' ? 'over' : 'near'} budget, waived by the "${waiver.label}" label${waiver.by ? ` (added by ${waiver.by})` : ''}.`);
  return outcome;
}

function fail(message: string): RunOutcome {
  core.setFailed(message);
  return { exitCode: 1, failure: message };
}

/**
 * Finds and reads the manifests and the config in the workspace. Unreadable files and globs that
 * match nothing become diagnostics that travel with the input, so the report lists them all.
 */
export async function collectInput(settings: Settings, context: RunContext): Promise<AnalyzeInput> {
  const cwd = context.workspace;
  const found = await findManifests(settings.manifests, { cwd });
  const manifests = await readTextFiles(found.files, { baseDir: cwd, what: 'manifest', confineTo: cwd });
  const diagnostics: Diagnostic[] = [...found.diagnostics, ...manifests.diagnostics];

  let config: TextInput | undefined;
  const configRead = await readTextFile(settings.configPath, { baseDir: cwd, what: 'config file', confineTo: cwd });
  if (configRead.input) config = configRead.input;
  else if (settings.configExplicit || configRead.diagnostics.some((d) => d.code !== 'io/not-found')) diagnostics.push(...configRead.diagnostics);

  return {
    manifests: manifests.inputs,
    config,
    overrides: { budget: settings.budget, warnAt: settings.warnAt, location: settings.location },
    toolVersion: TOOL_VERSION,
    traces: createTraceReader(cwd),
    diagnostics
  };
}

/** Writes the report JSON under `RUNNER_TEMP`, one file per tag so two gates in a job keep both. */
async function writeReport(report: Report, settings: Settings, context: RunContext): Promise<string> {
  const file = path.join(context.runnerTemp, 'carbon-gate', settings.commentTag, 'report.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  return file;
}

/** The API is needed only to comment on a PR or to check a waiver there. */
function needsApi(settings: Settings, context: RunContext, report: Report): boolean {
  if (!context.pullRequest || settings.token === '') return false;
  return settings.comment !== 'off' || (settings.overrideLabel !== '' && report.inputValid && wouldFail(report, settings.failOn));
}

/** True when the verdict fails the step under `fail-on`, before any waiver. */
function wouldFail(report: Report, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return report.status === 'fail' || (failOn === 'warning' && report.status === 'warn');
}

/**
 * The one-line reason the step fails, or undefined when it passes. Invalid input fails whatever
 * `fail-on` says and cannot be waived: there is no trustworthy number to waive.
 */
export function failureReason(report: Report, failOn: FailOn, waiver: Waiver | undefined): string | undefined {
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

async function lookUpWaiver(client: GitHubClient, target: CommentTarget, label: string, context: RunContext): Promise<Waiver | undefined> {
  if (label === '') return undefined;
  try {
    return await findWaiver(client, target, label);
  } catch (error) {
    // Without the API, the payload's labels are the best evidence; who added it stays unknown.
    core.warning(describeApiError('Checking the override label', error));
    const carried = context.pullRequest?.labels.some((l) => l.toLowerCase() === label.toLowerCase());
    return carried ? { label } : undefined;
  }
}

/** The waiver, stated above the report: which label, who added it, and what it waived. */
export function renderWaiver(waiver: Waiver, report: Report, serverUrl: string): string {
  const who = waiver.by
    ? /^[A-Za-z0-9-]+(\[bot\])?$/.test(waiver.by)
      ? `[${waiver.by.replace(/\[/g, '\\[').replace(/\]/g, '\\]')}](${serverUrl}/${waiver.by.replace(/\[bot\]$/, '')})`
      : escapeMarkdown(waiver.by)
    : 'someone (who added it could not be found in the PR\'s events)';
  const what = report.status === 'fail' ? 'Over budget' : 'Near budget';
  const limits = limitPhrases(report).join(' and ');
  return [
    '> [!IMPORTANT]',
    `> **${what}, waived.** The \`${escapeCodeSpan(waiver.label)}\` label was added by ${who}, so the check passes. Waived: ${limits}.`,
    '',
    ''
  ].join('\n');
}

function escapeCodeSpan(text: string): string {
  return escapeMarkdown(text).replace(/`/g, "'");
}

/** The heading: the renderer's default, or with the tag when several gates share a PR. */
function titleFor(tag: string): string | undefined {
  return tag === DEFAULT_TAG ? undefined : `Carbon budget (${tag})`;
}

/** Where the full report is, for the truncation note. */
function fullReportHint(tag: string, context: RunContext): string {
  const run = context.runUrl ? `[this workflow run](${context.runUrl})` : 'this workflow run';
  return `The full report is in the job summary of ${run}, and as JSON in \`$RUNNER_TEMP/carbon-gate/${tag}/report.json\` (the \`report-path\` output; upload it as an artifact to keep it).`;
}

/** The docs section on fork PRs, in the action's own repository when GitHub names it. */
function docsUrl(context: RunContext, env: NodeJS.ProcessEnv): string {
  const actionRepo = env.GITHUB_ACTION_REPOSITORY;
  if (actionRepo) return `${context.serverUrl}/${actionRepo}/blob/${env.GITHUB_ACTION_REF || 'main'}/docs/action.md#fork-pull-requests`;
  return `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha ?? 'HEAD'}/docs/action.md#fork-pull-requests`;
}

interface Published {
  result?: CommentResult;
  /** The token may not write to the PR (a fork's read-only token). */
  forbidden: boolean;
}

/** Posts or updates the sticky comment. Any failure is a warning: it never fails the check. */
async function publishComment(
  client: GitHubClient | undefined,
  target: CommentTarget | undefined,
  settings: Settings,
  report: Report,
  waiverNote: string,
  hint: string
): Promise<Published> {
  if (settings.comment === 'off') return { forbidden: false };
  if (!target || !client) {
    core.info('No pull request in this event: the report goes to the job summary and the outputs only.');
    return { forbidden: false };
  }
  const prefix = `${markerFor(settings.commentTag)}\n${waiverNote}`;
  const markdown = renderMarkdown(report, {
    maxChars: MAX_COMMENT_CHARS - prefix.length - COMMENT_MARGIN_CHARS,
    fullReportHint: hint,
    title: titleFor(settings.commentTag)
  });
  const body = withMarker(settings.commentTag, waiverNote + markdown);
  try {
    const identity = await resolveIdentity(client);
    const result = await upsertComment(client, target, { tag: settings.commentTag, body, mode: settings.comment, authorLogin: identity.login });
    core.info(`PR comment ${result.action}: ${result.url}`);
    if (result.author && result.author !== identity.login) {
      // A GitHub App token other than the default: its bot cannot be named beforehand, so later
      // runs will not recognise this comment as ours.
      core.warning(`The PR comment was written as ${result.author}, but carbon-gate could only assume its token writes as ${identity.login} (GET /user is not open to this token), so later runs will post new comments instead of updating this one. Use the default GITHUB_TOKEN or a personal access token.`);
    }
    return { result, forbidden: false };
  } catch (error) {
    const forbidden = errorStatus(error) === 403;
    core.warning(describeApiError(`Posting the PR comment on #${target.issueNumber}`, error));
    return { forbidden };
  }
}

/** Outputs, as strings; empty where a value does not exist (no budget, no comment). */
function setOutputs(report: Report, reportPath: string, comment: CommentResult | undefined): void {
  const b = report.budget;
  core.setOutput('status', report.status);
  core.setOutput('emissions-kg', String(report.totals.emissionsKg));
  core.setOutput('energy-kwh', String(report.totals.energyKWh));
  core.setOutput('budget-kg', b?.emissionsKg !== undefined ? String(b.emissionsKg) : '');
  core.setOutput('budget-used', b?.usedFraction !== undefined ? String(b.usedFraction) : '');
  core.setOutput('report-path', reportPath);
  core.setOutput('comment-id', comment ? String(comment.id) : '');
  core.setOutput('comment-url', comment?.url ?? '');
}

/** The summary for a setup that could not even start (bad inputs, no repository). */
function invalidSetupSummary(problems: readonly Diagnostic[]): string {
  const lines = problems.map((d) => `- ${escapeMarkdown(d.message, 500)}`);
  return ['## carbon-gate: invalid setup', '', 'The gate did not run; fix these and re-run:', '', ...lines, ''].join('\n');
}
