/**
 * The job summary. Written to `$GITHUB_STEP_SUMMARY` directly rather than through
 * `core.summary`, which remembers the first file it saw and so cannot serve two runs in one
 * process (tests, or a future multi-gate step).
 */
import { appendFile } from 'node:fs/promises';
import * as core from '@actions/core';

/**
 * GitHub's limit for one step's summary is 1 MiB of UTF-8; the runner refuses more ("upload
 * aborted, supports content up to a size of 1024k", see
 * https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary).
 * The renderer counts UTF-16 units, and one unit can take 3 bytes (the bar's block characters do),
 * so 340,000 units (at most 1,020,000 bytes) stay under it.
 */
export const MAX_SUMMARY_CHARS = 340_000;

/** Appends Markdown to the job summary; returns false (and says why) where there is none. */
export async function writeSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) {
    core.info(
      'No job summary file (GITHUB_STEP_SUMMARY is not set); the report is in the log and the report file only.'
    );
    return false;
  }
  try {
    await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
    return true;
  } catch (error) {
    core.warning(`Could not write the job summary to ${file}: ${(error as Error).message}.`);
    return false;
  }
}

/**
 * What the summary adds when the PR comment could not be posted because the token may not write.
 * In a `pull_request` workflow that is every pull request from a fork (read-only token), and the
 * way out is the two-workflow setup; in the `workflow_run` workflow it is a missing permission.
 */
export function forkCommentHelp(docsUrl: string, mode: 'direct' | 'workflow-run' = 'direct'): string {
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
