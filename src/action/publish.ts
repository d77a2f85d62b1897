/**
 * Putting the report where people look: the sticky comment on each PR, the step outputs and the
 * JSON report file. The texts are assembled in comment-body.ts; nothing here decides pass or fail.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../core/model.js';
import { renderJson } from '../core/render/json.js';
import {
  resolveIdentity,
  upsertComment,
  type CommentResult,
  type CommentTarget,
  type UpsertOptions
} from './comment.js';
import type { GateRun } from './gate-run.js';
import { describeApiError, errorStatus, type GitHubClient } from './github.js';
import { log, maskSecrets } from './log.js';
import type { PullRequestTarget } from './trigger.js';

/** What happened to the comments. */
export interface Published {
  /** The first PR's comment (the outputs name one). */
  result?: CommentResult;
  /** The token may not write to a PR (a fork's read-only token, or a missing permission). */
  forbidden: boolean;
  /**
   * The PRs whose comment was written and can be found again by the next run (written under the
   * identity the search assumes): only there does what the comment keeps (the waiver's record) last.
   */
  keptOn: number[];
}

/**
 * The body for one PR's comment, given the body our comment there has now (undefined: none yet),
 * so that what a comment keeps from run to run (the waiver's record) can be carried over.
 */
export type BodyFor = (pr: PullRequestTarget, previous: string | undefined) => string;

/**
 * Posts or updates the sticky comment (from comment-body.ts) on each PR, secrets masked. Any
 * failure is a warning: it never fails the check.
 */
export async function publishComments(
  gate: GateRun,
  pullRequests: readonly PullRequestTarget[],
  text: string | BodyFor
): Promise<Published> {
  const bodyFor = (pr: PullRequestTarget) => (previous: string | undefined) =>
    maskSecrets(typeof text === 'string' ? text : text(pr, previous));
  const { client, context, settings } = gate;
  if (settings.comment === 'off') return { forbidden: false, keptOn: [] };
  if (pullRequests.length === 0 || !client) {
    log.info('No pull request to comment on: the report goes to the job summary and the outputs only.');
    return { forbidden: false, keptOn: [] };
  }
  const mode = settings.comment;
  const published: Published = { forbidden: false, keptOn: [] };
  for (const pr of pullRequests) {
    const target: CommentTarget = { owner: context.owner, repo: context.repo, issueNumber: pr.number };
    try {
      const { result, findable } = await postComment(client, target, {
        tag: settings.commentTag,
        mode,
        body: bodyFor(pr)
      });
      published.result ??= result;
      if (findable) published.keptOn.push(pr.number);
    } catch (error) {
      if (errorStatus(error) === 403) published.forbidden = true;
      log.warning(describeApiError(`Posting the PR comment on #${pr.number}`, error));
    }
  }
  return published;
}

async function postComment(
  client: GitHubClient,
  target: CommentTarget,
  options: Omit<UpsertOptions, 'authorLogin'>
): Promise<{ result: CommentResult; findable: boolean }> {
  const identity = await resolveIdentity(client);
  const result = await upsertComment(client, target, { ...options, authorLogin: identity.login });
  log.info(`PR comment ${result.action}: ${result.url}`);
  const findable = !result.author || result.author === identity.login;
  if (!findable) {
    // A GitHub App token other than the default: its bot cannot be named beforehand, so later
    // runs will not recognise this comment as ours.
    log.warning(
      `The PR comment was written as ${result.author}, but carbon-gate could only assume its token writes as ${identity.login} (GET /user is not open to this token), so later runs will post new comments instead of updating this one. Use the default GITHUB_TOKEN or a personal access token.`
    );
  }
  return { result, findable };
}

/**
 * Outputs, as strings; empty where a value does not exist (no budget, no comment) and, on invalid
 * input, where it would be a result (emissions, energy, budget used): a later step must not read
 * `0` as a measurement. `status` is then `invalid`; the budget's limit is still given.
 */
export function setOutputs(report: Report, reportPath: string, comment: CommentResult | undefined): void {
  const b = report.budget;
  const result = (value: number | undefined): string => (report.inputValid && value !== undefined ? String(value) : '');
  log.output('status', report.status);
  log.output('emissions-kg', result(report.totals.emissionsKg));
  log.output('energy-kwh', result(report.totals.energyKWh));
  log.output('budget-kg', b?.emissionsKg !== undefined ? String(b.emissionsKg) : '');
  log.output('budget-used', result(b?.usedFraction));
  log.output('report-path', reportPath);
  log.output('comment-id', comment ? String(comment.id) : '');
  log.output('comment-url', comment?.url ?? '');
}

/**
 * Writes the report JSON under `RUNNER_TEMP`, one file per tag so two gates in a job keep both:
 * the same text as the CLI's `--format json` (src/core/render/json.ts).
 */
export async function writeReport(gate: GateRun, report: Report): Promise<string> {
  const file = path.join(gate.context.runnerTemp, 'carbon-gate', gate.settings.commentTag, 'report.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, renderJson(maskSecrets(report)), 'utf8');
  return file;
}
