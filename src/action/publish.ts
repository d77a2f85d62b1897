/**
 * Showing the report where people look: the sticky comment on each PR, the waiver note above it,
 * the step outputs and the JSON report file. Nothing here decides pass or fail.
 */
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Report } from '../core/model.js';
import { escapeMarkdown } from '../core/render/escape.js';
import { renderMarkdown } from '../core/render/index.js';
import { limitPhrases } from '../core/render/view.js';
import {
  markerFor,
  resolveIdentity,
  upsertComment,
  withMarker,
  type CommentResult,
  type CommentTarget,
  type UpsertOptions
} from './comment.js';
import type { RunContext } from './context.js';
import { describeApiError, errorStatus, type GitHubClient } from './github.js';
import { DEFAULT_TAG, type Settings } from './inputs.js';
import { findWaiver, type Waiver } from './override.js';
import type { PullRequestTarget } from './trigger.js';

/** GitHub refuses comment bodies longer than this (characters). */
const MAX_COMMENT_CHARS = 65536;

/** Room kept below the limit for what we add around the rendered report. */
const COMMENT_MARGIN_CHARS = 512;

/**
 * Looks up the override label on the PR through the API. When the API fails, the event payload's
 * labels are the best evidence (who added it then stays unknown).
 */
export async function lookUpWaiver(
  client: GitHubClient,
  context: RunContext,
  pr: PullRequestTarget,
  label: string
): Promise<Waiver | undefined> {
  if (label === '') return undefined;
  try {
    return await findWaiver(client, { owner: context.owner, repo: context.repo, issueNumber: pr.number }, label);
  } catch (error) {
    core.warning(describeApiError('Checking the override label', error));
    const carried = pr.payloadLabels.some((l) => l.toLowerCase() === label.toLowerCase());
    return carried ? { label } : undefined;
  }
}

/** The waiver, stated above the report: which label, who added it, and what it waived. */
export function renderWaiver(waiver: Waiver, report: Report, serverUrl: string): string {
  const who = waiver.by
    ? /^[A-Za-z0-9-]+(\[bot\])?$/.test(waiver.by)
      ? `[${waiver.by.replace(/\[/g, '\\[').replace(/\]/g, '\\]')}](${serverUrl}/${waiver.by.replace(/\[bot\]$/, '')})`
      : escapeMarkdown(waiver.by)
    : "someone (who added it could not be found in the PR's events)";
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
export function titleFor(tag: string): string | undefined {
  return tag === DEFAULT_TAG ? undefined : `Carbon budget (${tag})`;
}

/** Where the full report is, for the truncation note. */
export function fullReportHint(tag: string, context: RunContext): string {
  const run = context.runUrl ? `[this workflow run](${context.runUrl})` : 'this workflow run';
  return `The full report is in the job summary of ${run}, and as JSON in \`$RUNNER_TEMP/carbon-gate/${tag}/report.json\` (the \`report-path\` output; upload it as an artifact to keep it).`;
}

/** A page of the docs, in the action's own repository when GitHub names it. */
export function docsUrl(context: RunContext, env: NodeJS.ProcessEnv, page: string): string {
  const actionRepo = env.GITHUB_ACTION_REPOSITORY;
  if (actionRepo) return `${context.serverUrl}/${actionRepo}/blob/${env.GITHUB_ACTION_REF || 'main'}/${page}`;
  return `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha ?? 'HEAD'}/${page}`;
}

/** What happened to the comments. */
export interface Published {
  /** The first PR's comment (the outputs name one). */
  result?: CommentResult;
  /** The token may not write to a PR (a fork's read-only token, or a missing permission). */
  forbidden: boolean;
}

/** Posts or updates the sticky comment on each PR. Any failure is a warning: it never fails the check. */
export async function publishComments(
  client: GitHubClient | undefined,
  context: RunContext,
  pullRequests: readonly PullRequestTarget[],
  settings: Settings,
  report: Report,
  waiverNote: string,
  hint: string
): Promise<Published> {
  if (settings.comment === 'off') return { forbidden: false };
  if (pullRequests.length === 0 || !client) {
    core.info('No pull request to comment on: the report goes to the job summary and the outputs only.');
    return { forbidden: false };
  }
  const prefix = `${markerFor(settings.commentTag)}\n${waiverNote}`;
  const markdown = renderMarkdown(report, {
    maxChars: MAX_COMMENT_CHARS - prefix.length - COMMENT_MARGIN_CHARS,
    fullReportHint: hint,
    title: titleFor(settings.commentTag)
  });
  const body = withMarker(settings.commentTag, waiverNote + markdown);
  const mode = settings.comment;
  const published: Published = { forbidden: false };
  for (const pr of pullRequests) {
    const target: CommentTarget = { owner: context.owner, repo: context.repo, issueNumber: pr.number };
    try {
      const result = await postComment(client, target, { tag: settings.commentTag, mode, body });
      published.result ??= result;
    } catch (error) {
      if (errorStatus(error) === 403) published.forbidden = true;
      core.warning(describeApiError(`Posting the PR comment on #${pr.number}`, error));
    }
  }
  return published;
}

async function postComment(
  client: GitHubClient,
  target: CommentTarget,
  options: Omit<UpsertOptions, 'authorLogin'>
): Promise<CommentResult> {
  const identity = await resolveIdentity(client);
  const result = await upsertComment(client, target, { ...options, authorLogin: identity.login });
  core.info(`PR comment ${result.action}: ${result.url}`);
  if (result.author && result.author !== identity.login) {
    // A GitHub App token other than the default: its bot cannot be named beforehand, so later
    // runs will not recognise this comment as ours.
    core.warning(
      `The PR comment was written as ${result.author}, but carbon-gate could only assume its token writes as ${identity.login} (GET /user is not open to this token), so later runs will post new comments instead of updating this one. Use the default GITHUB_TOKEN or a personal access token.`
    );
  }
  return result;
}

/** Outputs, as strings; empty where a value does not exist (no budget, no comment). */
export function setOutputs(report: Report, reportPath: string, comment: CommentResult | undefined): void {
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

/** Writes the report JSON under `RUNNER_TEMP`, one file per tag so two gates in a job keep both. */
export async function writeReport(report: Report, settings: Settings, context: RunContext): Promise<string> {
  const file = path.join(context.runnerTemp, 'carbon-gate', settings.commentTag, 'report.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  return file;
}

/** The summary for a setup that could not even start (bad inputs, no repository, unusable event). */
export function invalidSetupSummary(problems: readonly Diagnostic[]): string {
  const lines = problems.map((d) => `- ${escapeMarkdown(d.message, 500)}`);
  return ['## carbon-gate: invalid setup', '', 'The gate did not run; fix these and re-run:', '', ...lines, ''].join(
    '\n'
  );
}
