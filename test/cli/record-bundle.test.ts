/**
 * `carbon-gate record` as people run it: the built bundle (dist/cli/index.js) as a subprocess,
 * with a fake `nvidia-smi` first on PATH (the real driver-590 help text; a driver with and one
 * without `power.draw.average`), a fake powercap folder whose counters this test raises at known
 * powers (CARBON_GATE_POWERCAP_ROOT), and a "training" (test/support/record/command.mjs) that
 * waits on what the loggers wrote, never on a clock. Then `carbon-gate check` reads the folder.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { fakeEvents, installFakeNvidiaSmi, startFakePowercap, type FakeZone } from '../support/record/fakes.js';
import { countLines, waitFor } from '../support/record/wait.js';
import { useTempFolders } from '../support/temp-folders.js';

const CLI = path.join(process.cwd(), 'dist/cli/index.js');
const COMMAND = path.join(process.cwd(), 'test/support/record/command.mjs');
const folders = useTempFolders();

const PACKAGE: FakeZone = { id: 'intel-rapl:0', name: 'package-0', watts: 60, maxUj: 262143328850, startUj: 5e9 };
const DRAM: FakeZone = { id: 'intel-rapl:0:2', name: 'dram', watts: 8, maxUj: 65712999613, startUj: 12345 };

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** CLI processes a test started; any still running when it ends (a failed test) are stopped. */
const running = new Set<ChildProcess>();
afterEach(() => {
  // SIGTERM, which carbon-gate forwards to its command and then stops its loggers: nothing is left.
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  running.clear();
});

/** Starts the bundle with `args` in the test's folder; PATH and the rest come from `env` only. */
function startCli(args: string[], env: Record<string, string>): Run {
  if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run `npm run bundle` before the tests.');
  const child = spawn(process.execPath, [CLI, ...args], { cwd: folders.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolve) => child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  );
  return { child, done };
}

/** The part of check's JSON report these tests read. */
interface JsonReport {
  runs?: { method: string; components: { gpuKWh: number; cpuKWh: number; memoryKWh: number } }[];
}

/** `carbon-gate check` on the output, as JSON. */
function check(args: string[]): { status: number | null; report: JsonReport; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args, '--format', 'json'], {
    cwd: folders.dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' }
  });
  return { status: r.status, report: r.stdout ? JSON.parse(r.stdout) : {}, stderr: r.stderr };
}

/** The command line of the fake training. */
function training(rows: number, mode: string, code = 0): string[] {
  // The logs already in carbon/ are an earlier run's: the command does not wait on them.
  const earlier = [...logs().gpu, ...logs().cpu];
  return [process.execPath, COMMAND, path.join(folders.dir, 'carbon'), String(rows), mode, String(code), ...earlier];
}

/**
 * True once a GPU log not in `before` holds a row after its header. (The training waits for rows
 * in every log of carbon/, and a log of an earlier run there already has them.)
 */
function hasNewGpuSample(before: readonly string[]): boolean {
  return logs()
    .gpu.filter((n) => !before.includes(n))
    .some((n) => countLines(path.join(folders.dir, 'carbon', n), (l) => !l.startsWith('timestamp')) > 0);
}

/** The log files in carbon/, by kind. */
function logs(): { gpu: string[]; cpu: string[] } {
  const names = existsSync(path.join(folders.dir, 'carbon')) ? readdirSync(path.join(folders.dir, 'carbon')) : [];
  return {
    gpu: names.filter((n) => n.startsWith('gpu-')).sort(),
    cpu: names.filter((n) => n.startsWith('cpu-rapl-')).sort()
  };
}

/** A recorded nvidia-smi log, read by the test: per GPU index, its (UTC ms, watts) rows. */
function gpuRows(file: string): Map<string, { ms: number; watts: number }[]> {
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const header = lines[0].split(', ');
  const col = (name: string): number => header.findIndex((h) => h === name || h.startsWith(`${name} [`));
  const out = new Map<string, { ms: number; watts: number }[]>();
  for (const line of lines.slice(1)) {
    const f = line.split(', ');
    const [date, time] = f[col('timestamp')].split(' ');
    const gpu = f[col('index')];
    if (!out.has(gpu)) out.set(gpu, []);
    out
      .get(gpu)!
      .push({ ms: Date.parse(`${date.replaceAll('/', '-')}T${time}Z`), watts: parseFloat(f[col('power.draw')]) });
  }
  return out;
}

/** A recorded RAPL log's counter increase per zone, J, unwrapped with its range, by the test. */
function raplIncreaseJ(file: string, zone: FakeZone): number {
  const values = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .filter((f) => f[4] === zone.id)
    .map((f) => Number(f[2]));
  let total = 0;
  for (let i = 1; i < values.length; i++) total += (values[i] - values[i - 1] + zone.maxUj + 1) % (zone.maxUj + 1);
  return total / 1e6;
}

/** The summary's coverage per logger, from its last line. */
function coverages(stderr: string): Record<string, number> {
  const m = /coverage (.*?);/.exec(stderr.trim().split('\n').pop() ?? '');
  const out: Record<string, number> = {};
  for (const part of (m?.[1] ?? '').split(', ')) {
    const [label, pct] = part.split(' ');
    out[label] = parseFloat(pct);
  }
  return out;
}

describe('carbon-gate record (bundle)', () => {
  for (const average of [true, false]) {
    test(`records GPU and CPU, exit 0, and check reads the folder as written (power.draw.average ${average ? 'present' : 'absent'})`, async () => {
      const watts = [250, 125.5];
      const fake = installFakeNvidiaSmi(folders.dir, { watts, average });
      const powercap = startFakePowercap(folders.dir, [PACKAGE, DRAM]);
      try {
        const run = startCli(['record', '--interval', '100ms', '--location', 'DE', '--', ...training(15, 'exit', 0)], {
          ...fake.env,
          CARBON_GATE_POWERCAP_ROOT: powercap.root,
          TZ: 'America/New_York'
        });
        const result = await run.done;
        expect(result.stderr).not.toContain('internal error');
        expect(result.code).toBe(0);
        // The command's stdout is its own: nothing of carbon-gate's in it.
        expect(result.stdout).toBe('hello from the command\n');
        const lines = result.stderr.trim().split('\n');
        expect(lines[0]).toBe(
          'carbon-gate: recording GPU power (nvidia-smi) and CPU energy (RAPL, 2 zone(s)) every 0.1 s into carbon/'
        );
        expect(lines[lines.length - 1]).toMatch(
          /^carbon-gate: [\d.]+ (m?Wh|kWh) measured \(GPU [\d.]+ \w+, CPU [\d.]+ \w+\) over [\d.]+ s, coverage GPU [\d.]+%, CPU [\d.]+%; carbon\/carbon-manifest\.yml written$/
        );
        // The fake logger was stopped, not left running.
        expect(fakeEvents(fake.events).stop).toBeGreaterThan(0);

        const { gpu, cpu } = logs();
        expect(gpu).toHaveLength(1);
        expect(cpu).toHaveLength(1);
        const manifest = parse(readFileSync(path.join(folders.dir, 'carbon/carbon-manifest.yml'), 'utf8'));
        expect(manifest.runs).toHaveLength(1);
        expect(manifest.runs[0]).toMatchObject({
          name: `${training(15, 'exit', 0).join(' ')}`.slice(0, 77) + '...',
          location: 'DE',
          gpu: { model: 'NVIDIA H200', count: 2 },
          traces: [gpu[0], cpu[0]]
        });

        // Expected by hand. GPU: constant watts, so each GPU's trapezoid is W x (last - first row).
        const rows = gpuRows(path.join(folders.dir, 'carbon', gpu[0]));
        let gpuJ = 0;
        for (const [index, w] of watts.entries()) {
          const r = rows.get(String(index))!;
          expect(r.every((x) => x.watts === w)).toBe(true);
          gpuJ += (w * (r[r.length - 1].ms - r[0].ms)) / 1000;
        }
        // CPU: the package's and dram's counter increases (core would be left out).
        const cpuFile = path.join(folders.dir, 'carbon', cpu[0]);
        const cpuJ = raplIncreaseJ(cpuFile, PACKAGE) + raplIncreaseJ(cpuFile, DRAM);

        // `carbon-gate check carbon/` reads it without edits.
        const checked = check(['carbon/']);
        expect(checked.stderr).not.toMatch(/ error /);
        expect(checked.status).toBe(0);
        const runReport = checked.report.runs![0];
        expect(runReport.method).toBe('measured');
        expect(runReport.components.gpuKWh * 3.6e6).toBeCloseTo(gpuJ, 3);
        expect((runReport.components.cpuKWh + runReport.components.memoryKWh) * 3.6e6).toBeCloseTo(cpuJ, 3);

        // Against what the fake emitted from its start to its stop: the log misses only the time
        // after its last row (under one sampling gap; the first row comes at start).
        const events = fakeEvents(fake.events);
        const sumW = watts.reduce((a, b) => a + b, 0);
        const emittedJ = (sumW * (events.stop - events.start)) / 1000;
        const gaps = [...rows.values()].flatMap((r) => r.slice(1).map((x, i) => x.ms - r[i].ms));
        expect(gpuJ).toBeLessThanOrEqual(emittedJ + 1e-9);
        expect(emittedJ - gpuJ).toBeLessThanOrEqual((sumW * Math.max(...gaps)) / 1000 + 1e-9);
      } finally {
        powercap.stop();
      }
    });
  }

  test('exit code 3 passes through, and a second recording updates the manifest', async () => {
    const fake = installFakeNvidiaSmi(folders.dir, { watts: [100], average: true });
    const env = { ...fake.env, CARBON_GATE_POWERCAP_ROOT: path.join(folders.dir, 'no-powercap') };
    const first = await startCli(
      ['record', '--name', 'train: "v1" #1', '--interval', '0.1', '--', ...training(3, 'exit', 3)],
      env
    ).done;
    expect(first.code).toBe(3);
    expect(first.stderr).toContain('no readable RAPL counters under');
    const second = await startCli(
      ['record', '--name', 'train: "v1" #1', '--interval=100ms', '--', ...training(3, 'exit', 0)],
      env
    ).done;
    expect(second.code).toBe(0);
    expect(second.stderr.trim().split('\n').pop()).toMatch(
      /carbon\/carbon-manifest\.yml updated \(run "train: "v1" #1"\)$/
    );
    const manifest = parse(readFileSync(path.join(folders.dir, 'carbon/carbon-manifest.yml'), 'utf8'));
    expect(manifest.runs.map((r: { name: string }) => r.name)).toEqual(['train: "v1" #1']);
    // Both runs' logs (a second run in the same second gets `-2` in its name, which sorts first).
    expect([...manifest.runs[0].traces].sort()).toEqual(logs().gpu);
    expect(logs().gpu).toHaveLength(2);
    // Without a location: check says so, and nothing else is wrong; with one, it passes.
    const bare = check(['carbon/']);
    expect(bare.status).toBe(2);
    expect(
      bare.stderr
        .split('\n')
        .filter((l) => / error /.test(l))
        .map((l) => l.split(' ')[2])
    ).toEqual(['location/missing:']);
    expect(check(['carbon/', '--location', 'FR']).status).toBe(0);
  });

  test('a command killed by a signal exits 128 + its number; SIGTERM to record is forwarded', async () => {
    const fake = installFakeNvidiaSmi(folders.dir, { watts: [100], average: true });
    const env = { ...fake.env, CARBON_GATE_POWERCAP_ROOT: path.join(folders.dir, 'no-powercap') };
    const killed = await startCli(['record', '--interval', '100ms', '--', ...training(2, 'kill-self')], env).done;
    // SIGKILL is signal 9 on every platform Node runs on.
    expect(killed.code).toBe(128 + 9);
    expect(existsSync(path.join(folders.dir, 'carbon/carbon-manifest.yml'))).toBe(true);

    const before = logs().gpu;
    const run = startCli(['record', '--interval', '100ms', '--', ...training(2, 'wait-sigterm', 7)], env);
    // The command is ready and this run's GPU logger has written a sample (else, on a loaded
    // machine, the signal can come before the logger wrote anything, and nothing is recorded).
    await waitFor(() => existsSync(path.join(folders.dir, 'ready')) && hasNewGpuSample(before));
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(readFileSync(path.join(folders.dir, 'got-SIGTERM'), 'utf8')).toBe('yes\n');
    expect(result.code).toBe(7);
    expect(result.stderr.trim().split('\n').pop()).toMatch(/carbon\/carbon-manifest\.yml updated/);
  });

  test("a terminal's Ctrl-C (SIGINT to the whole foreground group) ends the command, not the GPU logger first", async () => {
    const fake = installFakeNvidiaSmi(folders.dir, { watts: [100], average: true });
    const env = { ...fake.env, CARBON_GATE_POWERCAP_ROOT: path.join(folders.dir, 'no-powercap') };
    // carbon-gate in a group of its own, as a shell puts a foreground job; the command joins it.
    const child = spawn(
      process.execPath,
      [CLI, 'record', '--interval', '100ms', '--', ...training(2, 'wait-sigterm')],
      {
        cwd: folders.dir,
        env,
        stdio: ['ignore', 'ignore', 'pipe'],
        detached: true
      }
    );
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    await waitFor(() => existsSync(path.join(folders.dir, 'ready')));
    process.kill(-child.pid!, 'SIGINT');
    // The command has no SIGINT handler: it dies of it, 128 + 2.
    expect(await closed).toBe(130);
    expect(stderr).not.toContain('the GPU logger (nvidia-smi) stopped');
    expect(stderr.trim().split('\n').pop()).toMatch(/carbon\/carbon-manifest\.yml written$/);
    expect(fakeEvents(fake.events).stop).toBeGreaterThan(0);
  });

  test('a command that cannot be started: 127 or 126, said once, the loggers stopped and their logs removed', async () => {
    const fake = installFakeNvidiaSmi(folders.dir, { watts: [100], average: true });
    const powercap = startFakePowercap(folders.dir, [PACKAGE]);
    try {
      const env = { ...fake.env, CARBON_GATE_POWERCAP_ROOT: powercap.root };
      const missing = await startCli(['record', '--', 'no-such-command-xyz', '--flag'], env).done;
      expect(missing.code).toBe(127);
      expect(missing.stderr).toContain("carbon-gate: cannot run 'no-such-command-xyz': command not found\n");
      expect(fakeEvents(fake.events).stop).toBeGreaterThan(0);
      expect(logs()).toEqual({ gpu: [], cpu: [] });
      expect(existsSync(path.join(folders.dir, 'carbon/carbon-manifest.yml'))).toBe(false);

      const script = path.join(folders.dir, 'not-executable.sh');
      writeFileSync(script, '#!/bin/sh\necho never\n');
      chmodSync(script, 0o644);
      const denied = await startCli(['record', '--', script], env).done;
      expect(denied.code).toBe(126);
      expect(denied.stderr).toContain(`carbon-gate: cannot run '${script}': permission denied\n`);
      expect(denied.stdout).toBe('');
      expect(logs()).toEqual({ gpu: [], cpu: [] });
    } finally {
      powercap.stop();
    }
  });

  test('a GPU logger that dies mid-run is said once, and its coverage is below the CPU one', async () => {
    const fake = installFakeNvidiaSmi(folders.dir, { watts: [200], average: true, dieAfterSamples: 5 });
    const powercap = startFakePowercap(folders.dir, [PACKAGE]);
    try {
      const result = await startCli(
        ['record', '--interval', '100ms', '--location', 'DE', '--', ...training(3, 'outlive-gpu', 0)],
        { ...fake.env, CARBON_GATE_POWERCAP_ROOT: powercap.root }
      ).done;
      expect(result.code).toBe(0);
      const said = result.stderr.split('\n').filter((l) => l.includes('the GPU logger (nvidia-smi) stopped'));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(
        /with exit code 1: Unable to determine the device handle for GPU0000:00:09.0: Unknown Error; GPU power after that is not measured$/
      );
      const c = coverages(result.stderr);
      expect(c.GPU).toBeLessThan(c.CPU);
      // The log up to its death still counts, and check reads it.
      expect(parse(readFileSync(path.join(folders.dir, 'carbon/carbon-manifest.yml'), 'utf8')).runs[0].traces).toEqual([
        logs().gpu[0],
        logs().cpu[0]
      ]);
      expect(check(['carbon/']).status).toBe(0);
    } finally {
      powercap.stop();
    }
  });

  test('nvidia-smi that finds no GPU: said with its own words, its log left out, the CPU log kept', async () => {
    const fake = installFakeNvidiaSmi(folders.dir, { watts: [100], average: true, noDevices: true });
    const powercap = startFakePowercap(folders.dir, [PACKAGE]);
    try {
      const result = await startCli(
        ['record', '--interval', '100ms', '--location', 'DE', '--', ...training(3, 'exit', 0)],
        {
          ...fake.env,
          CARBON_GATE_POWERCAP_ROOT: powercap.root
        }
      ).done;
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(
        'carbon-gate: the GPU logger (nvidia-smi) stopped before the command started, with exit code 6: No devices were found; GPU power after that is not measured\n'
      );
      expect(result.stderr).toMatch(
        /the GPU log gpu-\S+\.csv holds no usable sample .*; it is left out of the manifest/
      );
      const manifest = parse(readFileSync(path.join(folders.dir, 'carbon/carbon-manifest.yml'), 'utf8'));
      expect(manifest.runs[0].traces).toEqual(logs().cpu);
      expect(manifest.runs[0].gpu).toBeUndefined();
      expect(check(['carbon/']).status).toBe(0);
    } finally {
      powercap.stop();
    }
  });

  test('nothing to record: said once each, the command still runs, no manifest', async () => {
    const result = await startCli(['record', '--', ...training(0, 'exit', 0)], {
      PATH: `${path.dirname(process.execPath)}${path.delimiter}/usr/bin${path.delimiter}/bin`,
      CARBON_GATE_POWERCAP_ROOT: path.join(folders.dir, 'none')
    }).done;
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('hello from the command\n');
    expect(result.stderr.match(/no nvidia-smi on PATH/g)).toHaveLength(1);
    expect(result.stderr.match(/no readable RAPL counters/g)).toHaveLength(1);
    expect(result.stderr.trim().split('\n').pop()).toMatch(
      /nothing measured over [\d.]+ s \(no logger ran\); no manifest written/
    );
    expect(existsSync(path.join(folders.dir, 'carbon/carbon-manifest.yml'))).toBe(false);
  });

  test('usage: --help is ours only before the command; mistakes are listed; exit 2', async () => {
    const env = { PATH: process.env.PATH ?? '' };
    const help = await startCli(['record', '--help'], env).done;
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: carbon-gate record \[options\] -- <command> \[args\.\.\.\]/);
    const bad = await startCli(['record', '--intervall=2s', '--interval', '5ms', '--location', 'Mars'], env).done;
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      "Unknown option '--intervall' for 'carbon-gate record'; put the command after '--'. Did you mean \"--interval\"?"
    );
    expect(bad.stderr).toContain(
      'Option \'--interval\': "5ms" is out of range; expected seconds (1, 0.5) or a time with a unit (500ms, 2s) from 100 ms to 1 h.'
    );
    expect(bad.stderr).toContain('Option \'--location\': unknown location "Mars"');
    expect(bad.stderr).toContain('Missing the command to record');
  });
});
