/**
 * What the record step's start hands to whatever stops it: the loggers' pids, the start time and
 * the folder, as one JSON value, saved with `core.saveState` for its own post step (the runner
 * passes it back as `STATE_recording`) and exported as `CARBON_GATE_RECORDING` for a later record
 * step with `stop: true` (the job's steps in between could change that variable, as they can
 * anything in the job). Whoever reads it checks it again rather than trusting it: a pid must be an
 * integer above 1 (and is signalled only while its start time matches, processes.ts), the id is
 * hex (it names files under RUNNER_TEMP), a log is a plain file name, and the folder is confined to
 * the workspace again before anything is written.
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getState } from '@actions/core';
import { exportVariable, saveState } from '../log.js';
import type { ProcessIdentity } from './processes.js';

/** The variable through which a record step with `stop: true` finds the recording the job started. */
const RECORDING_ENV = 'CARBON_GATE_RECORDING';

/** The state key of the recording. */
const RECORDING_KEY = 'recording';
/** Set by the main step; its presence is how the bundle knows it runs as the post step (as actions/checkout does). */
const POST_KEY = 'isPost';

/** One logger the main step started. */
export interface LoggerState extends ProcessIdentity {
  /** What it measures, for the summary: `GPU` or `CPU`. */
  label: 'GPU' | 'CPU';
  /** Its log, relative to the out folder. */
  file: string;
  /** The trace format the log is in (`nvidia-smi-csv`, `rapl`). */
  format: string;
  /** What writes it, for the manifest's comment: `nvidia-smi --query-gpu every 1 s`. */
  source: string;
}

/** The recording, as the main step left it. */
export interface RecordingState {
  version: 1;
  /** 12 hex digits naming this recording's files under RUNNER_TEMP (the sampler's errors, the stopped mark). */
  id: string;
  /** When the loggers were started, ms since the epoch. */
  startedAtMs: number;
  /** The `out` input as given (the post step resolves it inside the workspace again). */
  out: string;
  name: string;
  location?: string;
  intervalMs: number;
  loggers: LoggerState[];
}

/** A new recording id. */
export function newRecordingId(): string {
  return randomBytes(6).toString('hex');
}

/** The file the RAPL sampler's standard error goes to: its problems, read when the recording stops. */
export function samplerLogFile(id: string, env: NodeJS.ProcessEnv): string {
  return path.join(env.RUNNER_TEMP || tmpdir(), `carbon-gate-record-${id}.sampler.log`);
}

/** The mark a `stop: true` step leaves, so the start step's post step does not stop the recording twice. */
export function stoppedMarkFile(id: string, env: NodeJS.ProcessEnv): string {
  return path.join(env.RUNNER_TEMP || tmpdir(), `carbon-gate-record-${id}.stopped`);
}

/** True in the post step: the main step has run in this job and marked it. */
export function isPostStep(): boolean {
  return getState(POST_KEY) === 'true';
}

/** Marks that the main step has run, before anything else it does, so the post step knows itself. */
export function markMainStep(): void {
  saveState(POST_KEY, 'true');
}

/** Saves the recording for this step's post step and for a later `stop: true` step. */
export function saveRecording(state: RecordingState): void {
  const json = JSON.stringify(state);
  saveState(RECORDING_KEY, json);
  exportVariable(RECORDING_ENV, json);
}

/** The recording this step's main step saved; undefined when it saved none; the problem when it is not one. */
export function readSavedRecording(): RecordingState | undefined | string {
  return parseRecording(getState(RECORDING_KEY));
}

/** The recording a record step of this job started (the latest); undefined when none did. */
export function readExportedRecording(env: NodeJS.ProcessEnv): RecordingState | undefined | string {
  return parseRecording(env[RECORDING_ENV] ?? '');
}

/** A saved recording's JSON, checked; undefined for empty text. */
function parseRecording(text: string): RecordingState | undefined | string {
  if (text === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'the saved recording is not JSON';
  }
  return checkRecording(value);
}

/** `value` as a recording, or what is wrong with it. */
function checkRecording(value: unknown): RecordingState | string {
  if (typeof value !== 'object' || value === null) return 'the saved recording is not an object';
  const v = value as Record<string, unknown>;
  if (v.version !== 1) return 'the saved recording has an unknown version';
  if (typeof v.id !== 'string' || !/^[0-9a-f]{12}$/.test(v.id)) return 'the recording id is not 12 hex digits';
  if (typeof v.startedAtMs !== 'number' || !Number.isFinite(v.startedAtMs)) return 'the start time is not a number';
  if (typeof v.out !== 'string' || typeof v.name !== 'string') return 'the folder or the name is missing';
  if (v.location !== undefined && typeof v.location !== 'string') return 'the location is not text';
  if (typeof v.intervalMs !== 'number' || !(v.intervalMs > 0)) return 'the interval is not a positive number';
  if (!Array.isArray(v.loggers)) return 'the loggers are not a list';
  for (const l of v.loggers as Record<string, unknown>[]) {
    if (typeof l !== 'object' || l === null) return 'a logger is not an object';
    if (!Number.isSafeInteger(l.pid) || (l.pid as number) <= 1) return 'a logger pid is not a process id';
    if (l.startTicks !== undefined && (typeof l.startTicks !== 'string' || !/^\d+$/.test(l.startTicks)))
      return 'a logger start time is not a number';
    if (l.label !== 'GPU' && l.label !== 'CPU') return 'a logger label is unknown';
    for (const k of ['file', 'format', 'source'] as const)
      if (typeof l[k] !== 'string' || l[k] === '') return `a logger ${k} is missing`;
    // A log name is a plain file name in the out folder, never a path.
    if (/[/\\]|^\.\.?$/.test(l.file as string)) return 'a logger file is not a plain file name';
  }
  return value as RecordingState;
}
