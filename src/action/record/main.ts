/**
 * The record step's main step (with `stop: true`, see finish.ts: it ends the recording instead):
 * checks the inputs and the folder, starts the loggers DETACHED so
 * they outlive this step's process and keep sampling through the job's next steps (nvidia-smi as
 * its own process writing into its log; the RAPL sampler as `node <this bundle>` in sampler mode,
 * see sampler.ts), says once what cannot be recorded, and saves what the post step needs.
 *
 * A detached logger's standard output and error never point at this process's pipes: the runner
 * waits for a step's output pipes to close, so a logger holding one would hang the step.
 */
import { spawn } from 'node:child_process';
import { lstat, open } from 'node:fs/promises';
import path from 'node:path';
import { formatDuration } from '../../core/format.js';
import { confinedDir, type ConfinedDir } from '../../io/confined-dir.js';
import { findOnPath, nvidiaSmiArgs, probePowerFields, startNvidiaSmi } from '../../io/record/nvidia-smi.js';
import { DEFAULT_POWERCAP_ROOT, discoverRaplZones } from '../../io/record/rapl.js';
import { log } from '../log.js';
import { readRecordSettings, type RecordSettings } from './inputs.js';
import { runRecordStop } from './finish.js';
import { identify } from './processes.js';
import { SAMPLER_FLAG } from './sampler.js';
import { markMainStep, newRecordingId, samplerLogFile, saveRecording, type LoggerState } from './state.js';

/**
 * Environment variable naming another powercap folder than /sys/class/powercap. For tests (a fake
 * folder of zones); not an input, and not documented as one.
 */
const POWERCAP_ROOT_ENV = 'CARBON_GATE_POWERCAP_ROOT';

/** A logger started, or why it was not. */
type Started = { ok: true; logger: LoggerState } | { ok: false; problem: string };

/** Runs the main step. `bundle` is the file of this bundle, which the RAPL sampler is started from. */
export async function runRecordMain(bundle: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // First, so that the post step knows itself even when this step fails below.
  markMainStep();
  const read = readRecordSettings();
  if (!read.ok) {
    for (const p of read.problems) log.error(p);
    log.fail(`carbon-gate record: ${read.problems.length} invalid input(s); nothing is recorded.`);
    return;
  }
  const settings = read.settings;
  if (settings.stop) {
    await runRecordStop(env);
    return;
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const out = await confinedDir(workspace, settings.out, 'Input `out`');
  if (!out.ok) {
    log.fail(`carbon-gate record: ${out.problem} Nothing is recorded.`);
    return;
  }

  const id = newRecordingId();
  const startedAtMs = Date.now();
  const loggers: LoggerState[] = [];
  const unavailable: string[] = [];
  const slug = fileSlug(settings.name);
  if (settings.gpu) {
    const gpu = await startGpu(out, slug, settings, env);
    if (gpu.ok) loggers.push(gpu.logger);
    else unavailable.push(`GPU power is not recorded: ${gpu.problem}.`);
  }
  if (settings.cpu) {
    const cpu = await startCpu(out, slug, settings, bundle, samplerLogFile(id, env), env);
    if (cpu.ok) loggers.push(cpu.logger);
    else unavailable.push(`CPU energy is not recorded: ${cpu.problem}.`);
  }

  saveRecording({
    version: 1,
    id,
    startedAtMs,
    out: settings.out,
    name: settings.name,
    ...(settings.location === undefined ? {} : { location: settings.location }),
    intervalMs: settings.intervalMs,
    loggers
  });

  // What is not available is said once, here, not per sample.
  for (const u of unavailable) log.notice(u);
  const every = formatDuration(settings.intervalMs / 1000);
  if (loggers.length === 0) {
    const off = !settings.gpu && !settings.cpu ? ' (`gpu` and `cpu` are both false)' : '';
    log.warning(
      `carbon-gate record: nothing can be recorded on this runner${off}; the post step will write no log. The gate reports such a run as unmeasured.`
    );
    return;
  }
  const what = loggers.map((l) => `${l.label} (${l.file})`).join(' and ');
  log.info(
    `carbon-gate record: recording ${what} every ${every} into ${out.relative}/ until a record step with \`stop: true\`, or else this step's post step, stops the loggers and writes the manifest.`
  );
}

/** Starts nvidia-smi, detached, writing into a new log in the folder. */
async function startGpu(
  out: Extract<ConfinedDir, { ok: true }>,
  slug: string,
  settings: RecordSettings,
  env: NodeJS.ProcessEnv
): Promise<Started> {
  const executable = await findOnPath('nvidia-smi', env);
  if (executable === undefined) return { ok: false, problem: 'nvidia-smi is not on PATH (no NVIDIA driver here)' };
  const probe = await probePowerFields(executable, env);
  if (!probe.ok) return { ok: false, problem: probe.problem };
  const file = await freshFile(out.dir, `power-gpu-${slug}`);
  try {
    const logger = await startNvidiaSmi({
      executable,
      args: nvidiaSmiArgs(settings.intervalMs, probe.hasAverage),
      file: path.join(out.dir, file),
      env,
      detached: true
    });
    const every = formatDuration(settings.intervalMs / 1000);
    return {
      ok: true,
      logger: {
        ...(await identify(logger.pid)),
        label: 'GPU',
        file,
        format: 'nvidia-smi-csv',
        source: `nvidia-smi --query-gpu ${probe.hasAverage ? 'power.draw.average' : 'power.draw'} every ${every}`
      }
    };
  } catch (err) {
    return { ok: false, problem: `nvidia-smi could not be started (${(err as NodeJS.ErrnoException).code ?? err})` };
  }
}

/** Starts the RAPL sampler as a detached `node <bundle> --rapl-sampler ...`, when a zone can be read. */
async function startCpu(
  out: Extract<ConfinedDir, { ok: true }>,
  slug: string,
  settings: RecordSettings,
  bundle: string,
  samplerLog: string,
  env: NodeJS.ProcessEnv
): Promise<Started> {
  const root = env[POWERCAP_ROOT_ENV] || DEFAULT_POWERCAP_ROOT;
  const found = await discoverRaplZones(root);
  if (found.zones.length === 0) {
    if (found.unreadable.length === 0) return { ok: false, problem: `no RAPL counters under ${root}` };
    const why = found.unreadable
      .slice(0, 3)
      .map((z) => `${z.id}: ${z.reason}`)
      .join('; ');
    return {
      ok: false,
      problem: `no RAPL counter under ${root} can be read (${why}); since Linux 5.10 they are root-only on most distributions`
    };
  }
  const file = await freshFile(out.dir, `power-cpu-${slug}`);
  const errors = await open(samplerLog, 'wx');
  try {
    const child = spawn(
      process.execPath,
      [bundle, SAMPLER_FLAG, path.join(out.dir, file), String(settings.intervalMs), root],
      { detached: true, stdio: ['ignore', 'ignore', errors.fd], env: { ...env } }
    );
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    child.unref();
    const every = formatDuration(settings.intervalMs / 1000);
    return {
      ok: true,
      logger: {
        ...(await identify(child.pid ?? -1)),
        label: 'CPU',
        file,
        format: 'rapl',
        source: `RAPL energy_uj of ${found.zones.length} zone(s) every ${every}`
      }
    };
  } catch (err) {
    return { ok: false, problem: `the sampler could not be started (${(err as NodeJS.ErrnoException).code ?? err})` };
  } finally {
    await errors.close();
  }
}

/**
 * A run name as part of a file name: letters, digits, `.`, `_` and `-` kept, anything else `-`,
 * at most 60 characters, never starting with a dot; `train` when nothing is left.
 */
function fileSlug(name: string): string {
  const slug = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 60)
    .replace(/[.-]+$/, '');
  return slug === '' ? 'train' : slug;
}

/**
 * `<base>.csv` in the folder, or `<base>-2.csv` and so on when that name is taken (a second record
 * step in the job, or a log left by an earlier run), so a log is never appended to another's and
 * never written through a link the repository put there.
 */
async function freshFile(dir: string, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.csv` : `${base}-${n}.csv`;
    try {
      await lstat(path.join(dir, name));
    } catch {
      return name;
    }
  }
}
