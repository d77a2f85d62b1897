/**
 * `carbon-gate record [options] -- <command> [args...]`: runs a training command while GPU power
 * (nvidia-smi) and CPU/DRAM energy (RAPL) are logged into `--out`, then writes the manifest that
 * names the logs, and ends with one line: energy measured, duration, coverage. The recorders are
 * src/io/record/; this is the adapter that runs the child and holds the loggers' lifetimes.
 *
 * The child inherits stdin, stdout and stderr; everything carbon-gate says goes to stderr, so the
 * command's stdout stays its own. Its exit code is passed through (death by a signal: 128 + the
 * signal's number, as a shell reports it); SIGINT, SIGTERM and SIGHUP are forwarded to it; the
 * loggers are stopped on every way out, the command failing to start included (127 when it is not
 * found, 126 when it cannot be executed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { constants as osConstants } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatDuration } from '../core/format.js';
import type { RecordedTrace } from '../core/record/manifest-text.js';
import { readGpuInventory, writeRecordManifest } from '../io/record/manifest.js';
import {
  findOnPath,
  nvidiaSmiArgs,
  probePowerFields,
  startNvidiaSmi,
  type NvidiaSmiLogger
} from '../io/record/nvidia-smi.js';
import { DEFAULT_POWERCAP_ROOT, discoverRaplZones, sampleRapl, type RaplSampling } from '../io/record/rapl.js';
import { recordingLine, summarizeRecording, type LoggerFiles } from '../io/record/summary.js';
import type { CliIo } from './main.js';
import type { SafeStreams } from './output.js';
import { parseRecordArgs, type RecordOptions } from './record-args.js';

/** Where RAPL zones are looked for instead of /sys/class/powercap (tests; a container's mount). */
const POWERCAP_ROOT_ENV = 'CARBON_GATE_POWERCAP_ROOT';

/** Signals forwarded to the command. */
const FORWARDED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Exit codes of our own: usage or an output folder that cannot be made; a shell's 126 and 127. */
const EXIT = { usage: 2, cannotExecute: 126, notFound: 127 } as const;

/** The record help, ending with a newline. */
function recordHelpText(): string {
  return `Usage: carbon-gate record [options] -- <command> [args...]

Runs <command> while GPU power (nvidia-smi) and CPU/DRAM energy (RAPL) are logged, then writes the
logs and a manifest (carbon-manifest.yml) naming them into --out, for 'carbon-gate check'. The
command keeps its stdin, stdout and exit code; carbon-gate writes to stderr only.

Options:
  --interval TIME     Sampling interval: 1s, 500ms, or a number of seconds, from 100 ms to 1 h.
                      Default: 1s.
  --out DIR           Output folder. Default: carbon/. An existing manifest there is updated.
  --name NAME         The run's name in the manifest. Default: the command line.
  --location LOC      Where the energy is drawn (DE, US-CAL-CISO, gcp:europe-west4, ...); without
                      it, the manifest holds a comment asking for one.
  --no-gpu            Do not run nvidia-smi.
  --no-cpu            Do not read RAPL counters.

Environment: CARBON_GATE_POWERCAP_ROOT reads RAPL zones from another folder than
/sys/class/powercap (a container's mount of the host's).

Exit code: the command's own; 128 + N when signal N ended it; 126 when it cannot be executed,
127 when it is not found; 2 for a usage error or an output folder that cannot be made.
`;
}

/** Runs `carbon-gate record` with the arguments after `record`; returns the exit code. */
export async function recordCommand(argv: readonly string[], io: CliIo, out: SafeStreams): Promise<number> {
  const parsed = parseRecordArgs(argv);
  if (parsed.kind === 'help') {
    out.stdout(recordHelpText());
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    for (const e of parsed.errors) out.line(`carbon-gate: ${e}`);
    out.line("Run 'carbon-gate record --help' for usage.");
    return EXIT.usage;
  }
  return record(parsed.options, io, out);
}

/** The loggers of one recording. */
interface Loggers {
  gpu?: { logger: NvidiaSmiLogger; file: string; source: string };
  cpu?: {
    done: Promise<RaplSampling>;
    /** True once the sampler has ended (stopped, or failed to write its file). */
    state: { ended: boolean };
    stop: AbortController;
    file: string;
    source: string;
    zones: number;
  };
}

async function record(options: RecordOptions, io: CliIo, out: SafeStreams): Promise<number> {
  const say = (text: string): void => out.line(`carbon-gate: ${text}`);
  const outDir = path.resolve(io.cwd, options.out);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (err) {
    say(`cannot create the output folder ${options.out}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    return EXIT.usage;
  }
  const stamp = await freeStamp(outDir, new Date());
  const loggers: Loggers = {};
  let commandRan = false;
  // Signals are ours from here on (nvidia-smi runs in its own process group, so a Ctrl-C must not
  // end carbon-gate and leave it running): forwarded to the command once it runs; before that,
  // they cancel the recording.
  const signals: SignalState = {};
  const unsubscribe = io.onSignals?.(FORWARDED, (signal) => {
    const child = signals.child;
    if (child === undefined) signals.received ??= signal;
    else if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
  try {
    if (options.gpu) loggers.gpu = await startGpu(options, io, outDir, stamp, say);
    if (options.cpu) loggers.cpu = await startCpu(options, io, outDir, stamp, say);
    const what = [
      loggers.gpu ? 'GPU power (nvidia-smi)' : undefined,
      loggers.cpu ? `CPU energy (RAPL, ${loggers.cpu.zones} zone(s))` : undefined
    ].filter((w) => w !== undefined);
    say(
      what.length > 0
        ? `recording ${what.join(' and ')} every ${formatDuration(options.intervalMs / 1000)} into ${options.out}`
        : 'nothing can be recorded here; running the command anyway'
    );
    await firstSamples(outDir, loggers, signals);
    if (signals.received !== undefined) {
      say(`${signals.received} before the command started: it was not run`);
      return signalExit(signals.received);
    }
    const startedMs = performance.now();
    const result = await runCommand(options.command, io, outDir, say, loggers, signals);
    commandRan = result.ran;
    const wallTimeS = (performance.now() - startedMs) / 1000;
    await stopLoggers(loggers);
    if (result.ran) await finish(options, outDir, loggers, wallTimeS, say);
    else await removeLogs(outDir, loggers);
    return result.code;
  } finally {
    // Every way out, a thrown error included: no logger is left running.
    await stopLoggers(loggers);
    if (!commandRan) await removeLogs(outDir, loggers);
    unsubscribe?.();
  }
}

/** The command once it runs, and a signal received before it did. */
interface SignalState {
  child?: ChildProcess;
  received?: NodeJS.Signals;
}

/** A shell's exit code for death by `signal`: 128 + its number. */
function signalExit(signal: NodeJS.Signals): number {
  return 128 + (osConstants.signals[signal] ?? 0);
}

/** How long the command waits for the loggers' first samples (nvidia-smi takes a second or more to load NVML on a large node). */
const FIRST_SAMPLE_WAIT_MS = 15_000;

/**
 * Waits until each logger's file holds a first sample (or the logger has died, or
 * {@link FIRST_SAMPLE_WAIT_MS} passed), so the command's start is measured rather than lost to
 * nvidia-smi's start-up.
 */
async function firstSamples(outDir: string, loggers: Loggers, signals: SignalState): Promise<void> {
  const deadline = performance.now() + FIRST_SAMPLE_WAIT_MS;
  const hasRow = async (file: string): Promise<boolean> => {
    const text = await readFile(path.join(outDir, file), 'utf8').catch(() => '');
    // A header line and at least one complete row after it.
    return text.split('\n').length > 2;
  };
  for (;;) {
    const gpuReady = !loggers.gpu || loggers.gpu.logger.hasExited() || (await hasRow(loggers.gpu.file));
    const cpuReady = !loggers.cpu || loggers.cpu.state.ended || (await hasRow(loggers.cpu.file));
    if ((gpuReady && cpuReady) || signals.received !== undefined || performance.now() > deadline) return;
    await sleep(20);
  }
}

/** `20261202T174236Z`, or with `-2`, `-3`, ... when a log of that second is already there. */
async function freeStamp(outDir: string, now: Date): Promise<string> {
  const base = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  for (let i = 1; ; i++) {
    const stamp = i === 1 ? base : `${base}-${i}`;
    const taken = await Promise.all(
      [`gpu-${stamp}.csv`, `cpu-rapl-${stamp}.csv`].map((f) =>
        stat(path.join(outDir, f)).then(
          () => true,
          () => false
        )
      )
    );
    if (!taken.includes(true)) return stamp;
  }
}

/** Starts nvidia-smi, or says once why GPU power is not recorded. */
async function startGpu(
  options: RecordOptions,
  io: CliIo,
  outDir: string,
  stamp: string,
  say: (text: string) => void
): Promise<Loggers['gpu']> {
  const exe = await findOnPath('nvidia-smi', io.env);
  if (exe === undefined) {
    say('no nvidia-smi on PATH: GPU power is not recorded (--no-gpu silences this)');
    return undefined;
  }
  const probe = await probePowerFields(exe, io.env);
  if (!probe.ok) {
    say(`GPU power is not recorded: ${probe.problem}`);
    return undefined;
  }
  const file = `gpu-${stamp}.csv`;
  try {
    const logger = await startNvidiaSmi({
      executable: exe,
      args: nvidiaSmiArgs(options.intervalMs, probe.hasAverage),
      file: path.join(outDir, file),
      env: io.env,
      ownGroup: true
    });
    const field = probe.hasAverage ? 'power.draw.average' : 'power.draw (this driver has no power.draw.average)';
    return {
      logger,
      file,
      source: `nvidia-smi --query-gpu ${field}, every ${formatDuration(options.intervalMs / 1000)}`
    };
  } catch (err) {
    say(`GPU power is not recorded: nvidia-smi did not start (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    return undefined;
  }
}

/** Starts the RAPL sampler, or says once why CPU energy is not recorded. */
async function startCpu(
  options: RecordOptions,
  io: CliIo,
  outDir: string,
  stamp: string,
  say: (text: string) => void
): Promise<Loggers['cpu']> {
  const root = io.env[POWERCAP_ROOT_ENV] || DEFAULT_POWERCAP_ROOT;
  const found = await discoverRaplZones(root);
  if (found.zones.length === 0) {
    const why =
      found.unreadable.length > 0
        ? `its energy_uj cannot be read (${found.unreadable[0].id}: ${found.unreadable[0].reason}; since Linux 5.10 it is readable by root only on most systems)`
        : 'there is none (no RAPL on this machine, or /sys not mounted)';
    say(`no readable RAPL counters under ${root}: ${why}; CPU energy is not recorded (--no-cpu silences this)`);
    return undefined;
  }
  const file = `cpu-rapl-${stamp}.csv`;
  const stop = new AbortController();
  const state = { ended: false };
  const done = sampleRapl({
    zones: found.zones,
    file: path.join(outDir, file),
    intervalMs: options.intervalMs,
    signal: stop.signal,
    onProblem: (p) =>
      say(
        `RAPL zone ${p.zone} (${p.domain}) could not be read any more (${p.reason}); its energy from then on is not measured`
      )
  }).then(
    (sampling) => {
      state.ended = true;
      return sampling;
    },
    // Its file could not be written: said once here, so the rejection is never left unhandled.
    (err: NodeJS.ErrnoException) => {
      state.ended = true;
      say(`the CPU sampler stopped: cannot write ${file} (${err.code ?? err.message}); CPU energy is not measured`);
      return { readings: 0, failedZones: [] };
    }
  );
  return {
    done,
    state,
    stop,
    file,
    zones: found.zones.length,
    source: `powercap energy counters (${found.zones.map((z) => z.domain).join(', ')}), every ${formatDuration(options.intervalMs / 1000)}`
  };
}

/**
 * Runs the command with inherited stdio (signals reach it through `signals.child`); says when the GPU logger dies
 * before it. `ran` is false when it could not be started.
 */
async function runCommand(
  command: readonly string[],
  io: CliIo,
  outDir: string,
  say: (text: string) => void,
  loggers: Loggers,
  signals: SignalState
): Promise<{ code: number; ran: boolean }> {
  let child: ChildProcess;
  try {
    child = spawn(command[0], command.slice(1), { stdio: 'inherit', cwd: io.cwd, env: definedEnv(io.env) });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      say(`cannot run '${command[0]}': command not found`);
      return { code: EXIT.notFound, ran: false };
    }
    say(`cannot run '${command[0]}': ${code === 'EACCES' ? 'permission denied' : (code ?? String(err))}`);
    return { code: EXIT.cannotExecute, ran: false };
  }
  const startedMs = performance.now();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal }))
  );
  let commandDone = false;
  const gpu = loggers.gpu;
  const diedBefore = gpu?.logger.hasExited() === true;
  void gpu?.logger.exited.then(async (exit) => {
    if (commandDone) return;
    const how = exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
    // nvidia-smi prints some failures ("No devices were found") to standard output: the log.
    const why = firstLine(exit.stderr) ?? (await firstNonHeaderLine(path.join(outDir, gpu.file)));
    const when = diedBefore
      ? 'before the command started'
      : `${formatDuration((performance.now() - startedMs) / 1000)} into the command`;
    say(
      `the GPU logger (nvidia-smi) stopped ${when}, with ${how}${why ? `: ${why.slice(0, 200)}` : ''}; GPU power after that is not measured`
    );
  });
  signals.child = child;
  const { code, signal } = await exited;
  commandDone = true;
  return { code: signal !== null ? signalExit(signal) : (code ?? 0), ran: true };
}

/** The first non-blank line of a text, trimmed; undefined when there is none. */
function firstLine(text: string): string | undefined {
  return text
    .split(/\r?\n/)
    .find((l) => l.trim() !== '')
    ?.trim();
}

/** The log's first line when it is not the CSV header (an error nvidia-smi wrote there instead). */
async function firstNonHeaderLine(file: string): Promise<string | undefined> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const line = firstLine(text.slice(0, 4096));
  return line === undefined || line.startsWith('timestamp') ? undefined : line;
}

/** Stops every logger that runs; safe to call twice. */
async function stopLoggers(loggers: Loggers): Promise<void> {
  loggers.cpu?.stop.abort();
  await Promise.all([loggers.gpu?.logger.stop(), loggers.cpu?.done]);
}

/** Removes the logs of a recording whose command never ran: they measure nothing of it. */
async function removeLogs(outDir: string, loggers: Loggers): Promise<void> {
  // Only the files this recording created (their names were free when it started).
  for (const file of [loggers.gpu?.file, loggers.cpu?.file])
    if (file !== undefined) await rm(path.join(outDir, file), { force: true }).catch(() => undefined);
}

/**
 * After the command: measures each log, keeps those with samples in the manifest (an empty one is
 * removed and said), writes the manifest, and prints the one-line summary.
 */
async function finish(
  options: RecordOptions,
  outDir: string,
  loggers: Loggers,
  wallTimeS: number,
  say: (text: string) => void
): Promise<void> {
  const files: (LoggerFiles & { trace: RecordedTrace })[] = [];
  if (loggers.gpu)
    files.push({
      label: 'GPU',
      files: [loggers.gpu.file],
      trace: { file: loggers.gpu.file, format: 'nvidia-smi-csv', source: loggers.gpu.source }
    });
  if (loggers.cpu)
    files.push({
      label: 'CPU',
      files: [loggers.cpu.file],
      trace: { file: loggers.cpu.file, format: 'rapl', source: loggers.cpu.source }
    });
  const summary = await summarizeRecording(outDir, files, wallTimeS);
  const kept: RecordedTrace[] = [];
  for (const [i, logger] of summary.loggers.entries()) {
    const f = files[i];
    if (logger.devices > 0 && logger.errors.length === 0) {
      kept.push(f.trace);
      continue;
    }
    say(
      `the ${f.label} log ${f.trace.file} holds no usable sample${logger.errors[0] ? ` (${logger.errors[0]})` : ''}; it is left out of the manifest`
    );
  }
  summary.loggers = summary.loggers.filter((l) => l.devices > 0 && l.errors.length === 0);
  summary.energyKWh = summary.loggers.reduce((s, l) => s + l.energyKWh, 0);
  let where = 'no manifest written (nothing was recorded)';
  if (kept.length > 0) {
    const gpuFile = loggers.gpu && kept.includes(files[0].trace) ? path.join(outDir, loggers.gpu.file) : undefined;
    const gpus = gpuFile ? await readGpuInventory(gpuFile) : undefined;
    const written = await writeRecordManifest(outDir, {
      name: options.name,
      ...(options.location !== undefined ? { location: options.location } : {}),
      durationS: wallTimeS,
      traces: kept,
      ...(gpus ? { gpus } : {}),
      recordedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    });
    const shown = path.join(options.out, path.basename(written.file));
    if (written.ok) where = `${shown} ${written.created ? 'written' : `updated (run "${written.run}")`}`;
    else {
      where = `${shown} left as it was`;
      say(
        `cannot update ${shown}: ${written.problem}. Add the new logs to its traces: by hand: ${kept.map((t) => t.file).join(', ')}`
      );
    }
    if (written.ok && options.location === undefined)
      say(
        `no --location: set location: in ${shown}, or give one to 'carbon-gate check' (--location, or location: in the budget config)`
      );
  }
  say(`${recordingLine(summary)}; ${where}`);
}

/** `env` without its undefined entries, as spawn wants it. */
function definedEnv(env: CliIo['env']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}
