/**
 * Writing the job summary (its text is assembled in comment-body.ts). Written to `$GITHUB_STEP_SUMMARY` directly rather than through
 * `core.summary`, which remembers the first file it saw and so cannot serve two runs in one
 * process (tests, or a future multi-gate step).
 */
import { appendFile } from 'node:fs/promises';
import { log, maskSecrets } from './log.js';

/**
 * Appends Markdown to the job summary, secrets masked; returns false (and says why) where there is
 * none.
 */
export async function writeSummary(text: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const markdown = maskSecrets(text);
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) {
    log.info(
      'No job summary file (GITHUB_STEP_SUMMARY is not set); the report is in the log and the report file only.'
    );
    return false;
  }
  try {
    await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
    return true;
  } catch (error) {
    log.warning(`Could not write the job summary to ${file}: ${(error as Error).message}.`);
    return false;
  }
}
