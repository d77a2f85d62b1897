/**
 * Every text the PR comment and the job summary show, assembled here and nowhere else: the hidden
 * marker (the comment's first line), the title for a non-default tag, the waiver banner, the
 * truncation hint, the size budgets, and the help when the comment could not be posted. Pure: the
 * posting is publish.ts's and comment.ts's, the writing summary.ts's.
 */
import type { Diagnostic } from '../core/diagnostics.js';
import type { Report } from '../core/model.js';
import { escapeMarkdown } from '../core/render/escape.js';
import { renderMarkdown } from '../core/render/index.js';
import { limitPhrases } from '../core/render/view.js';
import type { RunContext } from './context.js';
import type { GateRun } from './gate-run.js';
import { DEFAULT_TAG } from './inputs.js';
import type { Trigger } from './trigger.js';
import type { WaiverDecision } from './waiver.js';
import { failingBudgets, formatWaiverRecord, type JudgedBudget, type WaiverRecord } from './waiver-record.js';
import { formatEnergy, formatMass, formatPercent } from '../core/format.js';

/** GitHub refuses comment bodies longer than this (characters). */
export const MAX_COMMENT_CHARS = 65536;

/** Room kept below the limit for what we add around the rendered report. */
const COMMENT_MARGIN_CHARS = 512;

/**
 * GitHub's limit for one step's summary is 1 MiB of UTF-8; the runner refuses more ("upload
 * aborted, supports content up to a size of 1024k", see
 * https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary).
 * The renderer counts UTF-16 units, and one unit can take 3 bytes (the bar's block characters do),
 * so 340,000 units (at most 1,020,000 bytes) stay under it.
 */
export const MAX_SUMMARY_CHARS = 340_000;

/** What the texts depend on: the tag, the run's links, the trigger's mode and the action's own repository. */
export type BodyContext = Pick<GateRun, 'env' | 'settings' | 'context' | 'trigger'>;

/** The hidden first line that identifies our comment for one tag. */
export function markerFor(tag: string): string {
  return `<!-- carbon-gate:${tag} -->`;
}

/**
 * The PR comment: the marker, the waiver's hidden record (its second line, where waiver-record.ts
 * alone reads it back), the waiver banner (when a waiver label was judged), then the report,
 * shortened to fit GitHub's limit with the marker and banner counted, and with a note saying where
 * the full report is.
 */
export function commentBody(gate: BodyContext, report: Report, waiver?: WaiverDecision, record?: WaiverRecord): string {
  const tag = gate.settings.commentTag;
  const banner = waiver ? waiverBanner(waiver, report, gate) : '';
  const prefix = `${markerFor(tag)}\n${record ? `${formatWaiverRecord(record)}\n` : ''}${banner}`;
  return (
    prefix +
    renderMarkdown(report, {
      maxChars: MAX_COMMENT_CHARS - prefix.length - COMMENT_MARGIN_CHARS,
      fullReportHint: truncationHint(tag, gate.context),
      title: titleFor(tag)
    })
  );
}

/** What the job summary needs to know besides the report. */
export interface SummaryExtras {
  /** The waiver label's decision, when one was judged. */
  waiver?: WaiverDecision;
  /** The token may not write to the PR: the summary then says how to get the comment. */
  commentForbidden: boolean;
}

/**
 * The job summary: the same banner and report as the comment (no marker; the summary's own,
 * larger, budget), and the help when the comment could not be posted.
 */
export function summaryBody(gate: BodyContext, report: Report, extras: SummaryExtras): string {
  const tag = gate.settings.commentTag;
  const banner = extras.waiver ? waiverBanner(extras.waiver, report, gate) : '';
  const summary =
    banner +
    renderMarkdown(report, {
      maxChars: MAX_SUMMARY_CHARS,
      fullReportHint: truncationHint(tag, gate.context),
      title: titleFor(tag)
    });
  if (!extras.commentForbidden) return summary;
  const page =
    gate.trigger.mode === 'workflow-run' ? 'docs/artifacts.md#permissions' : 'docs/action.md#fork-pull-requests';
  return `${summary}\n${forkCommentHelp(docsUrl(gate, page), gate.trigger.mode)}`;
}

/** The summary for a setup that could not even start (bad inputs, no repository, unusable event). */
export function invalidSetupSummary(problems: readonly Diagnostic[]): string {
  const lines = problems.map((d) => `- ${escapeMarkdown(d.message, 500)}`);
  return ['## carbon-gate: invalid setup', '', 'The gate did not run; fix these and re-run:', '', ...lines, ''].join(
    '\n'
  );
}

/**
 * The waiver, stated above the report: which label, who added it, what it waived, and every step
 * of the decision (the audit lines), whether it holds or not. Every text from outside (logins,
 * labels, reasons) is escaped.
 */
function waiverBanner(waiver: WaiverDecision, report: Report, gate: BodyContext): string {
  const serverUrl = gate.context.serverUrl;
  const who = waiver.by
    ? /^[A-Za-z0-9-]+(\[bot\])?$/.test(waiver.by)
      ? `[${waiver.by.replace(/\[/g, '\\[').replace(/\]/g, '\\]')}](${serverUrl}/${waiver.by.replace(/\[bot\]$/, '')})`
      : escapeMarkdown(waiver.by)
    : "someone (who added it could not be found in the PR's events)";
  const label = `\`${escapeCodeSpan(waiver.label)}\``;
  const audit = waiver.audit.map((line) => `> - ${escapeMarkdown(line, MAX_AUDIT_CHARS)}`);
  const list = audit.length > 0 ? ['>', ...audit] : [];
  if (waiver.outcome === 'accepted') {
    const what = report.status === 'fail' ? 'Over budget' : 'Near budget';
    const limits = waivedPhrases(report, gate.settings.failOn).join(' and ');
    return [
      '> [!IMPORTANT]',
      `> **${what}, waived.** The ${label} label was added by ${who}, so the check passes. Waived: ${limits}.`,
      ...list,
      '',
      ''
    ].join('\n');
  }
  const headline =
    waiver.outcome === 'outgrown'
      ? `> **Waiver outgrown.** The ${label} label was added by ${who}, but the PR now uses more than it waived, so the check fails.`
      : `> **Waiver refused.** The ${label} label does not waive this check, so it fails.`;
  return ['> [!CAUTION]', headline, ...list, '', ''].join('\n');
}

/** An audit line is cut beyond this many characters (a reason can quote an API error). */
const MAX_AUDIT_CHARS = 600;

/**
 * What a waiver waives: the legacy budget's phrase (`6 kg CO2e of 5 kg (120%)`), or each failing
 * policy budget's, by name (`per-pr: 300 kg CO2e of 250 kg (120%)`).
 */
function waivedPhrases(report: Report, failOn: BodyContext['settings']['failOn']): string[] {
  // One budget that is the legacy one (the `budget` input, a `budget:` block): said as it always was.
  const budgets = report.policy?.budgets ?? [];
  if (budgets.length === 0 || (budgets.length === 1 && report.budget)) return limitPhrases(report);
  return failingBudgets(report, failOn).map(budgetPhrase);
}

/** `per-pr: 300 kg CO2e of 250 kg (120%)`, each limited quantity. */
function budgetPhrase(budget: JudgedBudget): string {
  const parts: string[] = [];
  const { used, limit } = budget;
  if (limit.emissionsKg !== undefined)
    parts.push(
      `${formatMass(used.emissionsKg)} CO2e of ${formatMass(limit.emissionsKg)}${limit.emissionsKg > 0 ? ` (${formatPercent(used.emissionsKg / limit.emissionsKg)})` : ''}`
    );
  if (limit.energyKWh !== undefined)
    parts.push(
      `${formatEnergy(used.energyKWh)} of ${formatEnergy(limit.energyKWh)}${limit.energyKWh > 0 ? ` (${formatPercent(used.energyKWh / limit.energyKWh)})` : ''}`
    );
  if (limit.increaseFraction !== undefined && used.increaseFraction !== undefined)
    parts.push(`+${formatPercent(used.increaseFraction)} of +${formatPercent(limit.increaseFraction)}`);
  return `${escapeMarkdown(budget.name)}: ${parts.join(' and ')}`;
}

function escapeCodeSpan(text: string): string {
  return escapeMarkdown(text).replace(/`/g, "'");
}

/** The heading: the renderer's default, or with the tag when several gates share a PR. */
function titleFor(tag: string): string | undefined {
  return tag === DEFAULT_TAG ? undefined : `Carbon budget (${tag})`;
}

/** Where the full report is, for the truncation note. */
function truncationHint(tag: string, context: RunContext): string {
  const run = context.runUrl ? `[this workflow run](${context.runUrl})` : 'this workflow run';
  return `The full report is in the job summary of ${run}, and as JSON in \`$RUNNER_TEMP/carbon-gate/${tag}/report.json\` (the \`report-path\` output; upload it as an artifact to keep it).`;
}

/** A page of the docs, in the action's own repository when GitHub names it. */
function docsUrl(gate: Pick<GateRun, 'env' | 'context'>, page: string): string {
  const { context, env } = gate;
  const actionRepo = env.GITHUB_ACTION_REPOSITORY;
  if (actionRepo) return `${context.serverUrl}/${actionRepo}/blob/${env.GITHUB_ACTION_REF || 'main'}/${page}`;
  return `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.sha ?? 'HEAD'}/${page}`;
}

/**
 * What the summary adds when the PR comment could not be posted because the token may not write.
 * In a `pull_request` workflow that is every pull request from a fork (read-only token), and the
 * way out is the two-workflow setup; in the `workflow_run` workflow it is a missing permission.
 */
function forkCommentHelp(docsUrl: string, mode: Trigger['mode']): string {
  if (mode === 'workflow-run') {
    return [
      '> [!NOTE]',
      "> The PR comment could not be posted: this `workflow_run` workflow's token may not write to the pull request.",
      `> Give the workflow \`permissions: pull-requests: write\` (and \`statuses: write\` for \`status-context\`). See ${docsUrl}.`,
      ''
    ].join('\n');
  }
  return [
    '> [!NOTE]',
    "> The PR comment could not be posted: this workflow's token may not write to the pull request.",
    '> Pull requests from forks get a read-only `GITHUB_TOKEN`, so nothing may comment from their workflow.',
    '> To get the comment on fork PRs, split the gate into two workflows: a `pull_request` workflow that',
    '> uploads the manifests and power logs as an artifact, and a `workflow_run` workflow (which runs with',
    `> write permission on the base repository) that reads the artifact and comments. See ${docsUrl}.`,
    '> Same-repository PRs need `permissions: pull-requests: write` in the workflow.',
    ''
  ].join('\n');
}
