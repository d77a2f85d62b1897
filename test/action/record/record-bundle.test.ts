/**
 * The record step as a workflow runs it: the BUILT bundle record/dist/index.js, run as the main
 * step, then (after a pause in which the "training" would run) as the post step, with the state the
 * main step saved handed over as `STATE_*` variables (test/action/record/runner.ts). A fake
 * nvidia-smi on PATH and a fake powercap folder emit known power; the recorded logs must integrate
 * to what they emitted, the loggers must be gone after the post step, and `carbon-gate check` must
 * read the folder without edits.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parse } from 'yaml';
import { ROOT } from '../harness.js';
import { FakeRapl, isRunning, RecordJob, waitForSamples, writeFakeNvidiaSmi } from './runner.js';

// Each test runs the bundle as several processes, with pauses for the loggers to sample: on a
// busy machine that takes longer than the default 30 s.
jest.setTimeout(120_000);

const CLI_BUNDLE = path.join(ROOT, 'dist/cli/index.js');
const H100 = 'NVIDIA H100 80GB HBM3';
/** Long enough that a busy test machine does not stall the fake loggers into a gap (5 intervals). */
const INTERVAL = '500ms';

const jobs: RecordJob[] = [];
afterEach(() => {
  for (const job of jobs.splice(0)) job.cleanup();
});

function newJob(inputs: Record<string, string> = {}, env: Record<string, string> = {}): RecordJob {
  const job = new RecordJob(inputs, env);
  jobs.push(job);
  return job;
}

/** The loggers the main step saved: pids and log names. */
function savedLoggers(job: RecordJob): { pid: number; label: string; file: string }[] {
  return (JSON.parse(job.state.recording) as { loggers: { pid: number; label: string; file: string }[] }).loggers;
}

/** `YYYY/MM/DD HH:MM:SS.mmm` (UTC: the logger runs under TZ=UTC) in ms. */
function nvidiaSmiTime(text: string): number {
  const m = /^(\d{4})\/(\d\d)\/(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{3})$/.exec(text.trim());
  if (!m) throw new Error(`not an nvidia-smi timestamp: ${text}`);
  const [y, mo, d, h, mi, s, ms] = m.slice(1).map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

/**
 * The energy of an nvidia-smi CSV log, integrated here: per GPU (by `index`), the trapezoid over
 * its rows of the `column` power, in kWh. Also the rows per GPU.
 */
function integrateGpuLog(text: string, column: string): { kWh: number; rows: Map<string, number> } {
  const [header, ...rows] = text.split('\n').filter((l) => l.trim() !== '');
  const cols = header.split(', ').map((c) => c.replace(/ \[W\]$/, ''));
  const [t, idx, p] = ['timestamp', 'index', column].map((c) => cols.indexOf(c));
  expect(p).toBeGreaterThanOrEqual(0);
  const byGpu = new Map<string, { t: number; w: number }[]>();
  for (const row of rows) {
    const cells = row.split(', ');
    const list = byGpu.get(cells[idx]) ?? [];
    list.push({ t: nvidiaSmiTime(cells[t]), w: Number(cells[p].replace(/ W$/, '')) });
    byGpu.set(cells[idx], list);
  }
  let joules = 0;
  for (const list of byGpu.values())
    for (let i = 1; i < list.length; i++)
      joules += ((list[i].w + list[i - 1].w) / 2) * ((list[i].t - list[i - 1].t) / 1000);
  return { kWh: joules / 3.6e6, rows: new Map([...byGpu].map(([k, v]) => [k, v.length])) };
}

/** The energy of the RAPL long CSV, integrated here: the counter's increase per zone, in kWh. */
function integrateRaplLog(text: string): { kWh: number; readings: number[] } {
  const [header, ...rows] = text.split('\n').filter((l) => l.trim() !== '');
  expect(header).toBe('timestamp,domain,energy_uj,max_energy_range_uj,zone');
  const readings = rows.map((r) => Number(r.split(',')[2]));
  return { kWh: (readings[readings.length - 1] - readings[0]) / 3.6e12, readings };
}

/** Runs `carbon-gate check <folder> --format json` (the built CLI) in the workspace. */
function check(workspace: string, args: string[]): Promise<{ code: number | null; report: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, [CLI_BUNDLE, 'check', ...args, '--format', 'json'], {
      cwd: workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, report: JSON.parse(out) as Record<string, unknown> }));
  });
}

describe('the record step, main then post, against a runner-like environment', () => {
  test('records 2 GPUs and the CPU into carbon/, stops both loggers, and `carbon-gate check` reads the folder as it is', async () => {
    const job = newJob({ interval: INTERVAL, name: 'bert-finetune', location: 'DE' });
    writeFakeNvidiaSmi(job.bin, { models: [H100, H100], averageW: 250, drawW: 300 });
    const rapl = new FakeRapl(job.powercap, 5_000_000);
    rapl.start(100);
    try {
      const main = await job.main();
      expect([main.code, main.stderr]).toEqual([0, '']);
      const loggers = savedLoggers(job);
      expect(loggers.map((l) => l.label)).toEqual(['GPU', 'CPU']);
      for (const l of loggers) expect(isRunning(l.pid)).toBe(true);
      expect(main.stdout).toContain(
        'recording GPU (power-gpu-bert-finetune.csv) and CPU (power-cpu-bert-finetune.csv)'
      );

      // The training: until each GPU has 3 samples and the CPU counter 3 values in the logs.
      await waitForSamples(job, {
        gpu: 'power-gpu-bert-finetune.csv',
        gpuRows: 6,
        cpu: 'power-cpu-bert-finetune.csv',
        cpuValues: 3
      });
      const post = await job.post();
      expect([post.code, post.stderr]).toEqual([0, '']);
      // The loggers are gone: nothing is left running after the job's last step.
      for (const l of loggers) expect([l.label, isRunning(l.pid)]).toEqual([l.label, false]);
      expect(post.stdout).not.toMatch(/^::(warning|error)/m);

      const dir = path.join(job.workspace, 'carbon');
      const gpu = integrateGpuLog(
        readFileSync(path.join(dir, 'power-gpu-bert-finetune.csv'), 'utf8'),
        'power.draw.average'
      );
      const cpu = integrateRaplLog(readFileSync(path.join(dir, 'power-cpu-bert-finetune.csv'), 'utf8'));
      // Both GPUs logged more than one sample each, and the counter moved only by the fake's steps.
      expect([...gpu.rows.keys()]).toEqual(['0', '1']);
      for (const n of gpu.rows.values()) expect(n).toBeGreaterThan(1);
      for (const r of cpu.readings) expect((r - 1_000_000) % 5_000_000).toBe(0);
      expect(cpu.kWh).toBeGreaterThan(0);

      const expectedKWh = gpu.kWh + cpu.kWh;
      expect(post.outputs.dir).toBe('carbon');
      expect(post.outputs.manifest).toBe('carbon/carbon-manifest.yml');
      expect(Number(post.outputs['energy-kwh'])).toBeCloseTo(expectedKWh, 9);
      const coverage = Number(post.outputs.coverage);
      expect(coverage).toBeGreaterThan(0);
      expect(coverage).toBeLessThanOrEqual(1);
      expect(Number(post.outputs['duration-s'])).toBeGreaterThan(0);
      expect(post.stdout).toMatch(/carbon-gate record: .* measured \(GPU .*, CPU .*\) over .*, coverage GPU .*, CPU /);
      expect(post.summary).toContain('**carbon-gate record** (bert-finetune, carbon/):');

      const manifest = parse(readFileSync(path.join(dir, 'carbon-manifest.yml'), 'utf8')) as {
        runs: { name: string; location?: string; traces: string[]; gpu?: { model: string; count: number } }[];
      };
      expect(manifest.runs).toHaveLength(1);
      expect(manifest.runs[0]).toMatchObject({
        name: 'bert-finetune',
        location: 'DE',
        traces: ['power-gpu-bert-finetune.csv', 'power-cpu-bert-finetune.csv']
      });

      // The gate reads the folder as the record step left it.
      const { code, report } = await check(job.workspace, ['carbon/']);
      expect(report.inputValid).toBe(true);
      expect(code).toBe(0);
      const runs = report.runs as { name: string; method: string; itEnergyKWh: number }[];
      expect(runs.map((r) => [r.name, r.method])).toEqual([['bert-finetune', 'measured']]);
      expect(runs[0].itEnergyKWh).toBeCloseTo(expectedKWh, 9);
    } finally {
      rapl.stop();
    }
  });

  test('a driver without power.draw.average is logged with power.draw; a logger that died is stated and the rest still counts', async () => {
    const job = newJob({ interval: INTERVAL, cpu: 'false' });
    writeFakeNvidiaSmi(job.bin, { models: [H100], drawW: 120 });
    const main = await job.main();
    expect(main.code).toBe(0);
    const [gpuLogger] = savedLoggers(job);
    expect(savedLoggers(job)).toHaveLength(1);
    await waitForSamples(job, { gpu: 'power-gpu-train.csv', gpuRows: 2 });
    // The logger dies during the training, which then runs on for twice as long as it had been logged.
    const startedAtMs = (JSON.parse(job.state.recording) as { startedAtMs: number }).startedAtMs;
    process.kill(gpuLogger.pid, 'SIGKILL');
    const diedAtMs = Date.now();
    await sleep(2 * (diedAtMs - startedAtMs));

    const post = await job.post();
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(
      /^::warning::carbon-gate record: the GPU logger \(pid \d+, power-gpu-train.csv\) had already stopped before the post step: it died during the job/m
    );
    const text = readFileSync(path.join(job.workspace, 'carbon', 'power-gpu-train.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe('timestamp, index, uuid, name, power.draw [W]');
    const gpu = integrateGpuLog(text, 'power.draw');
    expect(Number(post.outputs['energy-kwh'])).toBeCloseTo(gpu.kWh, 9);
    // At most a third of the time is in the log: the coverage says so.
    expect(Number(post.outputs.coverage)).toBeLessThan(0.9);
    const manifest = parse(readFileSync(path.join(job.workspace, 'carbon', 'carbon-manifest.yml'), 'utf8'));
    expect(manifest.runs[0]).toMatchObject({ name: 'train', traces: ['power-gpu-train.csv'] });
  });

  test('a RAPL counter that stops being readable is reported by the post step, from the detached sampler', async () => {
    const job = newJob({ interval: INTERVAL, gpu: 'false' });
    const rapl = new FakeRapl(job.powercap, 2_000_000);
    rapl.start(100);
    try {
      expect((await job.main()).code).toBe(0);
      expect(savedLoggers(job).map((l) => l.label)).toEqual(['CPU']);
      await waitForSamples(job, { cpu: 'power-cpu-train.csv', cpuValues: 2 });
      rapl.stop();
      // The sampler's next reading, at the latest its last one when the post step stops it, fails.
      rmSync(rapl.energyFile);
      const post = await job.post();
      expect(post.code).toBe(0);
      expect(post.stdout).toMatch(
        /^::warning::carbon-gate record: the CPU sampler: RAPL zone intel-rapl:0 \(package-0\) stopped being readable: ENOENT$/m
      );
      // What it read before counts.
      const cpu = integrateRaplLog(readFileSync(path.join(job.workspace, 'carbon', 'power-cpu-train.csv'), 'utf8'));
      expect(Number(post.outputs['energy-kwh'])).toBeCloseTo(cpu.kWh, 12);
      expect(cpu.kWh).toBeGreaterThan(0);
    } finally {
      rapl.stop();
    }
  });

  test('a second recording in the same folder writes new logs and adds them to the manifest', async () => {
    const job = newJob({ interval: INTERVAL, cpu: 'false', name: 'node-0', location: 'FR' });
    writeFakeNvidiaSmi(job.bin, { models: [H100], averageW: 100, drawW: 100 });
    for (const log of ['power-gpu-node-0.csv', 'power-gpu-node-0-2.csv']) {
      expect((await job.main()).code).toBe(0);
      await waitForSamples(job, { gpu: log, gpuRows: 2 });
      expect((await job.post()).code).toBe(0);
    }
    const dir = path.join(job.workspace, 'carbon');
    expect(readdirSync(dir).sort()).toEqual(['carbon-manifest.yml', 'power-gpu-node-0-2.csv', 'power-gpu-node-0.csv']);
    const manifest = parse(readFileSync(path.join(dir, 'carbon-manifest.yml'), 'utf8'));
    expect(manifest.runs).toHaveLength(1);
    expect(manifest.runs[0].traces).toEqual(['power-gpu-node-0.csv', 'power-gpu-node-0-2.csv']);
  });

  test("a `stop: true` step ends the recording before the job's upload step; the start step's post step then leaves it", async () => {
    const job = newJob({ interval: INTERVAL, cpu: 'false', name: 'node-1', location: 'DE' });
    writeFakeNvidiaSmi(job.bin, { models: [H100], averageW: 200, drawW: 210 });
    expect((await job.main()).code).toBe(0);
    const startState = job.state;
    const [logger] = savedLoggers(job);
    await waitForSamples(job, { gpu: 'power-gpu-node-1.csv', gpuRows: 2 });

    const stop = await job.main({ stop: 'true' });
    const stopState = job.state;
    expect([stop.code, stop.stderr]).toEqual([0, '']);
    expect(isRunning(logger.pid)).toBe(false);
    // The folder is complete now, for actions/upload-artifact in the next step; the outputs are the stop step's.
    const dir = path.join(job.workspace, 'carbon');
    const gpu = integrateGpuLog(readFileSync(path.join(dir, 'power-gpu-node-1.csv'), 'utf8'), 'power.draw.average');
    expect(stop.outputs).toMatchObject({ dir: 'carbon', manifest: 'carbon/carbon-manifest.yml' });
    expect(Number(stop.outputs['energy-kwh'])).toBeCloseTo(gpu.kWh, 9);
    const manifest = readFileSync(path.join(dir, 'carbon-manifest.yml'), 'utf8');

    // Post steps run in reverse order: the stop step's, then the start step's; neither records again.
    const stopPost = await job.post(stopState, { stop: 'true' });
    expect(stopPost.code).toBe(0);
    expect(stopPost.stdout).toContain('this step started no recording; there is nothing to stop');
    const startPost = await job.post(startState);
    expect(startPost.code).toBe(0);
    expect(startPost.stdout).toContain('the recording was already stopped by a record step with `stop: true`');
    expect(startPost.outputs).toEqual({});
    expect(readFileSync(path.join(dir, 'carbon-manifest.yml'), 'utf8')).toBe(manifest);
  });

  test('`stop: true` with no recording started says so and fails nothing', async () => {
    const job = newJob({ stop: 'true' });
    const stop = await job.main();
    expect(stop.code).toBe(0);
    expect(stop.stdout).toMatch(
      /^::warning::carbon-gate record: `stop: true`, but no earlier record step of this job started a recording/m
    );
  });

  test('without nvidia-smi and RAPL it says so once, records nothing and does not fail the job', async () => {
    const job = newJob({ interval: INTERVAL });
    const main = await job.main();
    expect(main.code).toBe(0);
    const notices = main.stdout.split('\n').filter((l) => l.startsWith('::notice::'));
    expect(notices).toEqual([
      '::notice::GPU power is not recorded: nvidia-smi is not on PATH (no NVIDIA driver here).',
      `::notice::CPU energy is not recorded: no RAPL counters under ${job.powercap}.`
    ]);
    expect(main.stdout).toMatch(/^::warning::carbon-gate record: nothing can be recorded on this runner/m);
    const post = await job.post();
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(/^::warning::carbon-gate record: no log was recorded over/m);
    expect(existsSync(path.join(job.workspace, 'carbon', 'carbon-manifest.yml'))).toBe(false);
  });
});

describe('hostile input', () => {
  test.each([
    ['../outside', /Input `out` "..\/outside" is outside the workspace/],
    ['/etc', /Input `out` "\/etc" is outside the workspace/],
    ['.git/hooks', /is inside .git/]
  ])('`out: %s` fails the main step and starts nothing', async (out, message) => {
    const job = newJob({ out });
    writeFakeNvidiaSmi(job.bin, { models: [H100], drawW: 100 });
    const main = await job.main();
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(message);
    expect(job.state.recording).toBeUndefined();
    expect(existsSync(path.join(job.dir, 'outside'))).toBe(false);
    const post = await job.post();
    expect(post.code).toBe(0);
    expect(post.stdout).toContain('this step started no recording; there is nothing to stop');
  });

  test('a symbolic link in `out` leading out of the workspace is refused, not followed', async () => {
    const job = newJob({ out: 'carbon/logs' });
    writeFakeNvidiaSmi(job.bin, { models: [H100], drawW: 100 });
    const outside = path.join(job.dir, 'outside');
    mkdirSync(outside);
    symlinkSync(outside, path.join(job.workspace, 'carbon'));
    const main = await job.main();
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/carbon is a symbolic link; it is not followed/);
    expect(readdirSync(outside)).toEqual([]);
  });

  const valid = {
    version: 1,
    id: '0123456789ab',
    startedAtMs: 1_700_000_000_000,
    out: 'carbon/',
    name: 'train',
    intervalMs: 1000,
    loggers: [{ pid: 4242, label: 'GPU', file: 'power-gpu-train.csv', format: 'nvidia-smi-csv', source: 'x' }]
  };
  test.each([
    ['pid 1', { loggers: [{ ...valid.loggers[0], pid: 1 }] }, 'a logger pid is not a process id'],
    [
      'a log path',
      { loggers: [{ ...valid.loggers[0], file: '../../etc/passwd' }] },
      'a logger file is not a plain file name'
    ],
    ['an id that is a path', { id: '../../x' }, 'the recording id is not 12 hex digits']
  ])('a recording handed over with %s is refused: nothing is signalled or written', async (_what, change, problem) => {
    const tampered = JSON.stringify({ ...valid, ...change });
    const job = newJob();
    const post = await job.post({ isPost: 'true', recording: tampered });
    expect(post.code).toBe(0);
    expect(post.stdout).toContain(
      `what the main step saved cannot be used (${problem}); nothing is stopped or written.`
    );
    const stop = await newJob({ stop: 'true' }, { CARBON_GATE_RECORDING: tampered }).main();
    expect(stop.stdout).toContain(`the recording to stop cannot be used (${problem}); nothing is stopped or written.`);
    expect(existsSync(path.join(job.workspace, 'carbon'))).toBe(false);
  });

  test('bad inputs are named, each with what was expected, and nothing is started', async () => {
    const job = newJob({ interval: 'fast', gpu: 'yes', location: 'Mars', name: 'a\nb' });
    const main = await job.main();
    expect(main.code).toBe(1);
    const errors = main.stdout.split('\n').filter((l) => l.startsWith('::error::Input'));
    expect(errors.map((e) => /Input `([a-z]+)`/.exec(e)?.[1])).toEqual(['interval', 'name', 'location', 'gpu']);
    expect(errors[0]).toContain('expected seconds');
    expect(job.state.recording).toBeUndefined();
  });
});
