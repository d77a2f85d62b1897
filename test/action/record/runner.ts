/**
 * A runner-like environment for the record step (record/action.yml): runs the BUILT bundle
 * record/dist/index.js as the runner does, once as the main step and once as the post step, with
 * `INPUT_*` from record/action.yml's defaults, a fresh GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV and
 * GITHUB_STEP_SUMMARY file per step, the state the main step wrote handed to its post step as
 * `STATE_<name>` variables, and the variables a step exported set for the job's later steps, as
 * the runner does. Also the fakes: an `nvidia-smi` on PATH that prints
 * the real query format, and a powercap folder whose RAPL counter the test advances.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { helpQueryGpu } from '../../support/record/fakes.js';
import { inputVar, ROOT } from '../harness.js';

/** The built record step. */
const RECORD_BUNDLE = path.join(ROOT, 'record/dist/index.js');

/** record/action.yml, parsed. */
export function recordActionYml(): {
  inputs: Record<string, { description?: string; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: Record<string, unknown>;
} {
  return parse(readFileSync(path.join(ROOT, 'record/action.yml'), 'utf8'));
}

/** `INPUT_*` as the runner sets them from record/action.yml's defaults. */
function defaultRecordInputs(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(recordActionYml().inputs)) env[inputVar(name)] = String(spec.default ?? '');
  return env;
}

/**
 * Parses a runner file command (GITHUB_OUTPUT, GITHUB_STATE): `name<<DELIMITER` heredocs, which
 * `@actions/core` writes, and plain `name=value` lines.
 */
function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
      continue;
    }
    const plain = /^([^=]+)=(.*)$/.exec(lines[i]);
    if (plain) out[plain[1]] = plain[2];
  }
  return out;
}

/** What one step ended with. */
export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

/** One job: a workspace and the environment its steps share. */
export class RecordJob {
  readonly dir: string;
  readonly workspace: string;
  readonly bin: string;
  readonly powercap: string;
  private readonly temp: string;
  private steps = 0;
  /** What the last main step saved, handed to its post step. */
  state: Record<string, string> = {};
  /** What the steps so far exported through GITHUB_ENV: every later step gets it. */
  readonly jobEnv: Record<string, string> = {};

  constructor(
    private readonly inputs: Record<string, string> = {},
    private readonly extraEnv: Record<string, string> = {}
  ) {
    this.dir = mkdtempSync(path.join(tmpdir(), 'carbon-gate-record-'));
    this.workspace = path.join(this.dir, 'workspace');
    this.bin = path.join(this.dir, 'bin');
    this.powercap = path.join(this.dir, 'powercap');
    this.temp = path.join(this.dir, 'runner-temp');
    for (const d of [this.workspace, this.bin, this.temp]) mkdirSync(d, { recursive: true });
  }

  /** The environment of a step: this process's (less runner-owned variables and jest's NODE_OPTIONS), the runner's, the inputs. */
  private env(
    files: { output: string; state: string; env: string; summary: string },
    state: Record<string, string>,
    stepInputs: Record<string, string>
  ) {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
      const runnerOwned = /^(INPUT_|GITHUB_|STATE_)/.test(k) || k === 'RUNNER_TEMP';
      if (v !== undefined && !runnerOwned && k !== 'NODE_OPTIONS') env[k] = v;
    }
    // Only the fakes' folder and the system's: a real nvidia-smi on the test machine must not be found.
    env.PATH = [this.bin, '/usr/bin', '/bin'].join(path.delimiter);
    const inputs = { ...defaultRecordInputs() };
    for (const [name, value] of Object.entries({ ...this.inputs, ...stepInputs })) inputs[inputVar(name)] = value;
    const stateEnv: Record<string, string> = {};
    for (const [name, value] of Object.entries(state)) stateEnv[`STATE_${name}`] = value;
    return {
      ...env,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.env,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: this.temp,
      CARBON_GATE_POWERCAP_ROOT: this.powercap,
      ...this.extraEnv,
      ...this.jobEnv,
      ...inputs,
      ...stateEnv
    };
  }

  /** Runs the bundle as one step (a main step when no state is given, else a post step), with these inputs on top of the job's. */
  async step(state: Record<string, string>, stepInputs: Record<string, string> = {}): Promise<StepRun> {
    if (!existsSync(RECORD_BUNDLE)) throw new Error(`${RECORD_BUNDLE} is missing: run \`npm run bundle\` first`);
    const n = ++this.steps;
    const files = {
      output: path.join(this.dir, `output-${n}.txt`),
      state: path.join(this.dir, `state-${n}.txt`),
      env: path.join(this.dir, `env-${n}.txt`),
      summary: path.join(this.dir, `summary-${n}.md`)
    };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const env = this.env(files, state, stepInputs);
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(process.execPath, [RECORD_BUNDLE], {
          cwd: this.workspace,
          env,
          stdio: ['ignore', 'pipe', 'pipe']
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
        child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
        child.on('error', reject);
        // `close` waits for the pipes: a logger left holding one would make this hang, as it would the runner.
        child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
      }
    );
    Object.assign(this.jobEnv, parseCommandFile(readFileSync(files.env, 'utf8')));
    return {
      code,
      stdout,
      stderr,
      outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
      state: parseCommandFile(readFileSync(files.state, 'utf8')),
      summary: readFileSync(files.summary, 'utf8')
    };
  }

  /** A main step; keeps the state it saved for {@link post}. */
  async main(stepInputs: Record<string, string> = {}): Promise<StepRun> {
    const run = await this.step({}, stepInputs);
    this.state = run.state;
    return run;
  }

  /** A post step, with its main step's state as `STATE_*`. */
  post(state: Record<string, string> = this.state, stepInputs: Record<string, string> = {}): Promise<StepRun> {
    return this.step(state, stepInputs);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** What the fake nvidia-smi prints. */
export interface FakeGpuOptions {
  /** One model name per GPU. */
  models: string[];
  /** `power.draw.average` in W (the driver has the field when this is set). */
  averageW?: number;
  /** `power.draw` in W. */
  drawW: number;
}

/**
 * Writes an executable `nvidia-smi` (a node script) into `bin`. It answers `--help-query-gpu` with
 * the real driver-590 help text (test/support/record/fakes.ts; without its `"power.draw.average"`
 * entry unless `averageW` is set), refuses a field the driver lacks as the real one does, and for
 * `--query-gpu=... --format=csv -lms N` prints the header with units, then every N ms one row per
 * GPU: `2026/12/02 17:31:51.123, 0, GPU-..., NVIDIA H100 80GB HBM3, 250.00 W, 251.00 W`.
 */
export function writeFakeNvidiaSmi(bin: string, options: FakeGpuOptions): string {
  const file = path.join(bin, 'nvidia-smi');
  const helpFile = path.join(bin, 'help-query-gpu.txt');
  writeFileSync(helpFile, helpQueryGpu(options.averageW !== undefined));
  const script = `#!${process.execPath}
const { writeSync } = require('node:fs');
const o = ${JSON.stringify(options)};
const args = process.argv.slice(2);
const fields = ['timestamp', 'index', 'uuid', 'name', 'power.draw', ...(o.averageW === undefined ? [] : ['power.draw.average'])];
if (args.includes('--help-query-gpu')) {
  writeSync(1, require('node:fs').readFileSync(${JSON.stringify(helpFile)}, 'utf8'));
  process.exit(0);
}
const query = args.find((a) => a.startsWith('--query-gpu='));
const asked = query.slice('--query-gpu='.length).split(',');
for (const f of asked) if (!fields.includes(f)) { writeSync(1, 'Field "' + f + '" is not a valid field to query.\\n\\n'); process.exit(2); }
const ms = Number(args[args.indexOf('-lms') + 1]);
const pad = (n, w = 2) => String(n).padStart(w, '0');
const stamp = (d) => d.getFullYear() + '/' + pad(d.getMonth() + 1) + '/' + pad(d.getDate()) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds()) + '.' + pad(d.getMilliseconds(), 3);
const unit = (f) => (f.startsWith('power.') ? f + ' [W]' : f);
writeSync(1, asked.map(unit).join(', ') + '\\n');
const value = (f, i, now) => {
  if (f === 'timestamp') return stamp(now);
  if (f === 'index') return String(i);
  if (f === 'uuid') return 'GPU-0000000' + i + '-fake-fake-fake-000000000000';
  if (f === 'name') return o.models[i];
  if (f === 'power.draw.average') return o.averageW.toFixed(2) + ' W';
  return o.drawW.toFixed(2) + ' W';
};
const sample = () => {
  const now = new Date();
  let text = '';
  for (let i = 0; i < o.models.length; i++) text += asked.map((f) => value(f, i, now)).join(', ') + '\\n';
  writeSync(1, text);
};
sample();
setInterval(sample, ms);
`;
  writeFileSync(file, script);
  chmodSync(file, 0o755);
  return file;
}

/**
 * A powercap folder with one package zone, `intel-rapl:0` (`package-0`), whose `energy_uj` grows by
 * `stepUj` each time {@link FakeRapl.tick} is called. Its values are exactly what a sampler can
 * have read, so a test can check the log against them.
 */
export class FakeRapl {
  private counterUj = 1_000_000;
  private timer?: NodeJS.Timeout;
  readonly energyFile: string;

  constructor(
    root: string,
    private readonly stepUj: number,
    readonly maxRangeUj = 262_143_328_850
  ) {
    const zone = path.join(root, 'intel-rapl:0');
    mkdirSync(zone, { recursive: true });
    writeFileSync(path.join(zone, 'name'), 'package-0\n');
    writeFileSync(path.join(zone, 'max_energy_range_uj'), `${maxRangeUj}\n`);
    this.energyFile = path.join(zone, 'energy_uj');
    writeFileSync(this.energyFile, `${this.counterUj}\n`);
  }

  /**
   * Advances the counter by one step: written beside it and renamed over it, so the sampler never
   * reads a half-written (truncated, empty) counter, which no sysfs file gives.
   */
  tick(): void {
    this.counterUj += this.stepUj;
    writeFileSync(`${this.energyFile}.tmp`, `${this.counterUj}\n`);
    renameSync(`${this.energyFile}.tmp`, this.energyFile);
  }

  /** Ticks every `ms` until {@link stop}. */
  start(ms: number): void {
    this.timer = setInterval(() => this.tick(), ms);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/** True while the process runs (a zombie, ended but not yet reaped by its new parent, is not running). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return true;
  }
}

/** The data rows of a logger's CSV so far (its header left out); 0 before the file exists. */
function dataRows(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '' && !l.startsWith('timestamp'));
}

/**
 * Waits until the training would have given the loggers something to record: `gpuRows` data rows
 * in the GPU log and `cpuValues` different counter values in the CPU log, named relative to the
 * job's `carbon/` folder. Tests wait on what the loggers wrote, never on how long it took (a busy
 * machine starts a bundle slowly); jest's timeout is the only clock.
 */
export async function waitForSamples(
  job: RecordJob,
  want: { gpu?: string; gpuRows?: number; cpu?: string; cpuValues?: number }
): Promise<void> {
  const dir = path.join(job.workspace, 'carbon');
  const ready = (): boolean => {
    const gpu = want.gpu === undefined || dataRows(path.join(dir, want.gpu)).length >= (want.gpuRows ?? 2);
    const cpu =
      want.cpu === undefined ||
      new Set(dataRows(path.join(dir, want.cpu)).map((r) => r.split(',')[2])).size >= (want.cpuValues ?? 2);
    return gpu && cpu;
  };
  while (!ready()) await sleep(20);
}
