/**
 * Recording GPU power with `nvidia-smi`: finding it on the PATH of a given environment, asking it
 * once (`--help-query-gpu`) whether the driver knows `power.draw.average`, and starting the logger
 * `nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw.average,power.draw --format=csv
 * -lms <ms>` with its standard output going straight into a file, in the layout the
 * `nvidia-smi-csv` trace reader (src/core/traces/formats/nvidia-smi-csv.ts) reads.
 *
 * The logger runs with `TZ=UTC`: nvidia-smi prints local time without a zone, and the reader takes
 * zone-less timestamps as UTC unless the manifest says otherwise.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, open, stat } from 'node:fs/promises';
import path from 'node:path';

/** The environment a recorder runs in (the CLI's or the workflow step's, not necessarily process.env). */
export type RecordEnv = Readonly<Record<string, string | undefined>>;

/** The power fields, best first: `power.draw.average` (Ampere and newer, except GA100), else `power.draw`. */
const POWER_AVERAGE = 'power.draw.average';
const POWER_DRAW = 'power.draw';

/** The longest `--help-query-gpu` text read (driver 590's is about 60 KiB); more is cut off. */
const MAX_HELP_BYTES = 4 * 1024 * 1024;

/** How long `nvidia-smi --help-query-gpu` may take: it needs no GPU, so a hang means a broken driver. */
const HELP_TIMEOUT_MS = 20_000;

/** Bytes of a logger's standard error kept, to say why it stopped. */
const MAX_STDERR_BYTES = 4096;

/**
 * The absolute path of the executable `name` on the `PATH` of `env`, or undefined. Empty `PATH`
 * entries are skipped rather than read as the current folder (a `PATH` ending in `:` must not make a
 * file in the training's folder run as nvidia-smi).
 */
export async function findOnPath(name: string, env: RecordEnv): Promise<string | undefined> {
  const entries = (env.PATH ?? '').split(path.delimiter).filter((d) => d !== '' && path.isAbsolute(d));
  for (const dir of entries) {
    const candidate = path.join(dir, name);
    try {
      const info = await stat(candidate);
      if (!info.isFile()) continue;
      await access(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // Not here, or not executable: the next PATH entry.
    }
  }
  return undefined;
}

/** What `--help-query-gpu` says about the power fields, or why it could not be asked. */
export type PowerFieldProbe = { ok: true; hasAverage: boolean } | { ok: false; problem: string };

/**
 * Runs `nvidia-smi --help-query-gpu` once and reads whether `power.draw.average` is a valid field:
 * the help lists each field as a line `"power.draw.average" or "gpu.power.draw.average"`. Drivers
 * before about R530 have no such field, and asking for it fails the whole query.
 */
export async function probePowerFields(executable: string, env: RecordEnv): Promise<PowerFieldProbe> {
  const result = await capture(executable, ['--help-query-gpu'], env, HELP_TIMEOUT_MS, MAX_HELP_BYTES);
  if ('problem' in result) return { ok: false, problem: result.problem };
  if (result.code !== 0) {
    const why = firstLine(result.stderr) || firstLine(result.stdout);
    return {
      ok: false,
      problem: `'nvidia-smi --help-query-gpu' exited with code ${result.code}${why ? `: ${why}` : ''}`
    };
  }
  if (!helpListsField(result.stdout, POWER_DRAW) && !helpListsField(result.stdout, POWER_AVERAGE)) {
    return {
      ok: false,
      problem: `'nvidia-smi --help-query-gpu' lists no "${POWER_DRAW}" field, so this driver cannot log power`
    };
  }
  return { ok: true, hasAverage: helpListsField(result.stdout, POWER_AVERAGE) };
}

/** True when the help text has the field as one of its entries (`"name"` at a line's start). */
function helpListsField(help: string, field: string): boolean {
  return help.split(/\r?\n/).some((line) => line.trimStart().startsWith(`"${field}"`));
}

/** The `--query-gpu` fields recorded, in order. */
export function queryFields(hasAverage: boolean): string[] {
  return ['timestamp', 'index', 'uuid', 'name', ...(hasAverage ? [POWER_AVERAGE] : []), POWER_DRAW];
}

/**
 * The logger's arguments: `--query-gpu=<fields> --format=csv -lms <ms>`. The CSV keeps its header
 * and units (the reader needs the header to find its columns); `-lms` takes whole milliseconds.
 */
export function nvidiaSmiArgs(intervalMs: number, hasAverage: boolean): string[] {
  const ms = Math.max(1, Math.round(intervalMs));
  return [`--query-gpu=${queryFields(hasAverage).join(',')}`, '--format=csv', '-lms', String(ms)];
}

/** How a logger process ended. */
export interface LoggerExit {
  /** Exit code, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The start of its standard error (empty when detached: it is not captured then). */
  stderr: string;
}

/** A running nvidia-smi logger. */
export interface NvidiaSmiLogger {
  pid: number;
  /** The file its standard output goes to. */
  file: string;
  /** Settles when the process has ended, for whatever reason. */
  exited: Promise<LoggerExit>;
  /** True once the process has ended. */
  hasExited(): boolean;
  /** Asks it to stop (SIGTERM) and waits until it has; SIGKILL after `graceMs` (default 5 s). */
  stop(graceMs?: number): Promise<LoggerExit>;
}

/** Options for {@link startNvidiaSmi}. */
export interface StartNvidiaSmiOptions {
  executable: string;
  args: readonly string[];
  /** The log file; created, or appended to when it exists. */
  file: string;
  env: RecordEnv;
  /**
   * Let it outlive this process (a workflow step that starts the logger in one step and stops it by
   * pid in another): its own process group, standard error discarded, not waited for by Node.
   */
  detached?: boolean;
  /**
   * Run it in its own process group while still waiting for it and capturing its standard error:
   * a terminal's Ctrl-C, which goes to the foreground group, then does not stop the logger before
   * the recorder has stopped the command.
   */
  ownGroup?: boolean;
}

/**
 * Starts nvidia-smi with its standard output written into `file` directly (no pipe through this
 * process, so a detached logger keeps writing after this process has exited), under `TZ=UTC`.
 * Rejects when it cannot be started (the error's `code`: ENOENT, EACCES, ...).
 */
export async function startNvidiaSmi(options: StartNvidiaSmiOptions): Promise<NvidiaSmiLogger> {
  const handle = await open(options.file, 'a');
  let child: ChildProcess;
  try {
    child = spawn(options.executable, [...options.args], {
      env: { ...definedEnv(options.env), TZ: 'UTC' },
      stdio: ['ignore', handle.fd, options.detached ? 'ignore' : 'pipe'],
      detached: options.detached === true || options.ownGroup === true
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
  } finally {
    // The child holds its own copy of the descriptor.
    await handle.close();
  }
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < MAX_STDERR_BYTES) stderr += chunk.toString('utf8').slice(0, MAX_STDERR_BYTES - stderr.length);
  });
  let done = false;
  const exited = new Promise<LoggerExit>((resolve) => {
    child.once('close', (code, signal) => {
      done = true;
      resolve({ code, signal, stderr });
    });
  });
  if (options.detached) child.unref();
  return {
    pid: child.pid ?? -1,
    file: options.file,
    exited,
    hasExited: () => done,
    stop: (graceMs = 5000) => stopChild(child, exited, () => done, graceMs)
  };
}

/** SIGTERM, then SIGKILL if it is still there after `graceMs`; resolves once it has exited. */
async function stopChild(
  child: ChildProcess,
  exited: Promise<LoggerExit>,
  hasExited: () => boolean,
  graceMs: number
): Promise<LoggerExit> {
  if (!hasExited()) child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (!hasExited()) child.kill('SIGKILL');
  }, graceMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** `env` without its undefined entries, as spawn wants it. */
function definedEnv(env: RecordEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

/** The first non-blank line of a text, trimmed and cut to 200 characters. */
function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return line.trim().slice(0, 200);
}

/** Runs a command to completion, keeping at most `maxBytes` of its output; never throws. */
function capture(
  executable: string,
  args: string[],
  env: RecordEnv,
  timeoutMs: number,
  maxBytes: number
): Promise<{ code: number | null; stdout: string; stderr: string } | { problem: string }> {
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(executable, args, { env: { ...definedEnv(env), TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      resolve({ problem: `cannot run ${executable}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      return;
    }
    const out: Buffer[] = [];
    const errOut: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    child.stdout?.on('data', (c: Buffer) => {
      if (outBytes < maxBytes) out.push(c);
      outBytes += c.length;
    });
    child.stderr?.on('data', (c: Buffer) => {
      if (errBytes < MAX_STDERR_BYTES) errOut.push(c);
      errBytes += c.length;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({
        problem: `'${path.basename(executable)} ${args.join(' ')}' did not finish within ${timeoutMs / 1000} s`
      });
    }, timeoutMs);
    child.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ problem: `cannot run ${executable}: ${err.code ?? err.message}` });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(out).subarray(0, maxBytes).toString('utf8'),
        stderr: Buffer.concat(errOut).toString('utf8')
      });
    });
  });
}
