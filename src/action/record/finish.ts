/**
 * Ending a recording, wherever it ends: in the start step's post step (`post-if: always()`, so it
 * runs after a failed training too), or earlier in a record step with `stop: true`, which a job
 * needs when it uploads the folder itself (post steps run after every main step, the upload's
 * included). Stops the loggers, writes or updates the manifest in the folder, measures what was
 * recorded with the same pipeline as `carbon-gate check`, and reports it in one line, in the
 * step's outputs and in the job summary.
 *
 * A logger that had already ended is said to have died: its log covers less than the recorded
 * time, and the coverage shows how much. Nothing here fails the step: the training's own result
 * is what the job reports, and the gate judges missing data where the budget is checked.
 */
import { lstat, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDuration } from '../../core/format.js';
import { escapeMarkdown } from '../../core/render/escape.js';
import { confinedDir, writableSlot } from '../../io/confined-dir.js';
import { readGpuInventory, RECORD_MANIFEST, writeRecordManifest } from '../../io/record/manifest.js';
import { recordingLine, summarizeRecording, type RecordingSummary } from '../../io/record/summary.js';
import { log } from '../log.js';
import { writeSummary } from '../summary.js';
import { stopProcess } from './processes.js';
import {
  readExportedRecording,
  readSavedRecording,
  samplerLogFile,
  stoppedMarkFile,
  type LoggerState,
  type RecordingState
} from './state.js';

/** How long a logger has after SIGTERM to write its last sample before SIGKILL, ms. */
const STOP_GRACE_MS = 5000;

/** The most of the sampler's standard error read back: a few lines say what went wrong. */
const MAX_SAMPLER_LOG_BYTES = 4096;

/** The manifest names the folder may already hold (a symbolic link there is refused, not read). */
const MANIFEST_NAMES = [RECORD_MANIFEST, 'carbon-manifest.yaml'];

/** The post step: ends the recording this step started, unless a `stop: true` step already has. */
export async function runRecordPost(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const state = readSavedRecording();
  if (state === undefined) {
    log.info('carbon-gate record: this step started no recording; there is nothing to stop.');
    return;
  }
  if (typeof state === 'string') {
    log.warning(
      `carbon-gate record: what the main step saved cannot be used (${state}); nothing is stopped or written.`
    );
    return;
  }
  const mark = stoppedMarkFile(state.id, env);
  if (await exists(mark)) {
    log.info('carbon-gate record: the recording was already stopped by a record step with `stop: true`.');
    await rm(mark, { force: true }).catch(() => undefined);
    return;
  }
  await finishRecording(state, env);
}

/** A record step with `stop: true`: ends the recording an earlier record step of the job started. */
export async function runRecordStop(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const state = readExportedRecording(env);
  if (state === undefined) {
    log.warning(
      'carbon-gate record: `stop: true`, but no earlier record step of this job started a recording; put one (without `stop`) before the training.'
    );
    return;
  }
  if (typeof state === 'string') {
    log.warning(`carbon-gate record: the recording to stop cannot be used (${state}); nothing is stopped or written.`);
    return;
  }
  const mark = stoppedMarkFile(state.id, env);
  if (await exists(mark)) {
    log.info('carbon-gate record: the recording was already stopped by an earlier `stop: true` step.');
    return;
  }
  // Marked first: the start step's post step must not stop it again, whatever happens below.
  await writeFile(mark, '', { flag: 'w' }).catch(() => undefined);
  await finishRecording(state, env);
}

/** Stops the loggers and writes the manifest, the line, the outputs and the summary. */
async function finishRecording(state: RecordingState, env: NodeJS.ProcessEnv): Promise<void> {
  const stoppedAtMs = Date.now();
  const wallTimeS = Math.max(0, (stoppedAtMs - state.startedAtMs) / 1000);
  for (const logger of state.loggers) await stopLogger(logger);
  if (state.loggers.some((l) => l.label === 'CPU')) await reportSamplerLog(samplerLogFile(state.id, env));
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const out = await confinedDir(workspace, state.out, 'Input `out`');
  if (!out.ok) {
    log.warning(`carbon-gate record: ${out.problem} No manifest is written.`);
    return;
  }
  log.output('dir', out.relative);
  log.output('duration-s', String(Math.round(wallTimeS * 1000) / 1000));

  const present: LoggerState[] = [];
  for (const logger of state.loggers) {
    if (await isRegularFile(path.join(out.dir, logger.file))) present.push(logger);
    else
      log.warning(
        `carbon-gate record: the ${logger.label} log ${out.relative}/${logger.file} is missing; it is left out.`
      );
  }
  if (present.length === 0) {
    log.warning(
      `carbon-gate record: no log was recorded over ${formatDuration(wallTimeS)}; no manifest is written, and the gate will find no measurement for this job.`
    );
    log.output('manifest', '');
    log.output('energy-kwh', '');
    log.output('coverage', '');
    return;
  }

  await writeManifest(out, state, present, wallTimeS);
  const summary = await summarizeRecording(
    out.dir,
    (['GPU', 'CPU'] as const).map((label) => ({
      label,
      files: present.filter((l) => l.label === label).map((l) => l.file)
    })),
    wallTimeS
  );
  await report(summary, state, out.relative);
}

/** Stops one logger and says how it ended when that was not a plain stop. */
async function stopLogger(logger: LoggerState): Promise<void> {
  const outcome = await stopProcess(logger, STOP_GRACE_MS);
  const who = `the ${logger.label} logger (pid ${logger.pid}, ${logger.file})`;
  if (outcome === 'gone')
    log.warning(
      `carbon-gate record: ${who} had already stopped before the post step: it died during the job, so its log ends early and the coverage is reduced.`
    );
  else if (outcome === 'replaced')
    log.warning(
      `carbon-gate record: ${who} is gone and its pid now belongs to another process, which is left alone; its log ends early and the coverage is reduced.`
    );
  else if (outcome === 'killed')
    log.warning(
      `carbon-gate record: ${who} did not stop within ${STOP_GRACE_MS / 1000} s of SIGTERM and was killed; its last sample may be cut.`
    );
}

/** Says what the RAPL sampler wrote to its standard error (a zone that stopped being readable), then removes the file. */
async function reportSamplerLog(file: string): Promise<void> {
  let text = '';
  try {
    const info = await lstat(file);
    if (info.isFile()) text = (await readFile(file)).subarray(0, MAX_SAMPLER_LOG_BYTES).toString('utf8');
  } catch {
    return;
  }
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  for (const line of lines.slice(0, 5)) log.warning(`carbon-gate record: the CPU sampler: ${line}`);
  if (lines.length > 5)
    log.warning(`carbon-gate record: the CPU sampler reported ${lines.length - 5} more problem(s).`);
  await rm(file, { force: true }).catch(() => undefined);
}

/** Writes or updates the manifest; a problem is a warning that says what to add by hand. */
async function writeManifest(
  out: { dir: string; relative: string },
  state: RecordingState,
  present: readonly LoggerState[],
  wallTimeS: number
): Promise<void> {
  for (const name of MANIFEST_NAMES) {
    const problem = await writableSlot(path.join(out.dir, name));
    if (problem !== undefined) {
      log.warning(`carbon-gate record: the manifest is not written: ${problem}`);
      log.output('manifest', '');
      return;
    }
  }
  const gpuLog = present.find((l) => l.label === 'GPU');
  const gpus = gpuLog ? await readGpuInventory(path.join(out.dir, gpuLog.file)) : undefined;
  const written = await writeRecordManifest(out.dir, {
    name: state.name,
    ...(state.location === undefined ? {} : { location: state.location }),
    durationS: wallTimeS,
    traces: present.map((l) => ({ file: l.file, format: l.format, source: l.source })),
    ...(gpus === undefined ? {} : { gpus }),
    recordedAt: new Date(state.startedAtMs).toISOString()
  });
  const shown = `${out.relative}/${path.basename(written.file)}`;
  if (!written.ok) {
    const files = present.map((l) => l.file).join(', ');
    log.warning(
      `carbon-gate record: ${shown} was left as it is: ${written.problem}. Add the new logs (${files}) to a run's \`traces:\` by hand.`
    );
    log.output('manifest', '');
    return;
  }
  log.info(
    `carbon-gate record: ${written.created ? 'wrote' : 'updated'} ${shown} (run "${written.run}"${state.location === undefined ? '; no location: set `location:` there, or give the gate a `location`' : ''}).`
  );
  log.output('manifest', shown);
}

/** The one line, the outputs and the job summary. */
async function report(summary: RecordingSummary, state: RecordingState, outRelative: string): Promise<void> {
  const line = recordingLine(summary);
  log.info(`carbon-gate record: ${line}`);
  for (const l of summary.loggers)
    for (const e of l.errors.slice(0, 3)) log.warning(`carbon-gate record: the ${l.label} log: ${e}`);
  const coverage = summary.loggers.reduce((min, l) => Math.min(min, l.coverage), 1);
  log.output('energy-kwh', summary.loggers.length === 0 ? '' : String(summary.energyKWh));
  log.output('coverage', summary.loggers.length === 0 ? '' : String(Math.round(coverage * 10000) / 10000));
  await writeSummary(
    `**carbon-gate record** (${escapeMarkdown(state.name)}, ${escapeMarkdown(`${outRelative}/`)}): ${line}\n`
  );
}

/** True when the path is a regular file, not followed through a link. */
async function isRegularFile(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isFile();
  } catch {
    return false;
  }
}

/** True when something is at the path (not followed through a link). */
async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}
