/**
 * Fakes for recording tests: a `nvidia-smi` on a PATH of its own (./fake-nvidia-smi.mjs, answering
 * `--help-query-gpu` with the real driver-590 help text, with or without `power.draw.average`),
 * and a powercap folder whose `energy_uj` counters a timer in the test raises at a known power.
 */
import { chmodSync, copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CAPTURE = path.join(process.cwd(), 'test/fixtures/nvidia-smi/linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt');
const FAKE = path.join(process.cwd(), 'test/support/record/fake-nvidia-smi.mjs');

/**
 * The real `nvidia-smi --help-query-gpu` text of driver 590 (the H100 capture, from its "List of
 * valid properties" line to the capture's next section); `average: false` removes the
 * `"power.draw.average"` entry, as a driver before it was added prints the help.
 */
export function helpQueryGpu(average: boolean): string {
  const lines = readFileSync(CAPTURE, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('List of valid properties to query for the switch "--query-gpu"'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('####'));
  let text = lines.slice(start, end).join('\n');
  if (!average) text = text.replace(/\n"power\.draw\.average"[^\n]*\n[^\n]*\n/, '\n');
  return text;
}

/** A fake nvidia-smi installed as `<dir>/bin/nvidia-smi`, and the environment that finds it. */
export interface FakeNvidiaSmi {
  bin: string;
  /** Where the fake writes `start`/`stop`/`died <epoch ms>` lines. */
  events: string;
  env: Record<string, string>;
}

/** Options of the fake: watts and names per GPU, the help's variant, dying after some samples. */
export interface FakeNvidiaSmiOptions {
  watts: number[];
  names?: string[];
  average: boolean;
  dieAfterSamples?: number;
}

/** Installs the fake under `dir` and returns the environment (PATH first, TZ as given) to run with. */
export function installFakeNvidiaSmi(dir: string, options: FakeNvidiaSmiOptions): FakeNvidiaSmi {
  const bin = path.join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const exe = path.join(bin, 'nvidia-smi');
  copyFileSync(FAKE, exe);
  chmodSync(exe, 0o755);
  const help = path.join(dir, 'help-query-gpu.txt');
  writeFileSync(help, helpQueryGpu(options.average));
  const events = path.join(dir, 'nvidia-smi-events.txt');
  return {
    bin,
    events,
    env: {
      PATH: `${bin}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}/usr/bin${path.delimiter}/bin`,
      FAKE_SMI_HELP: help,
      FAKE_SMI_EVENTS: events,
      FAKE_SMI_WATTS: options.watts.join(','),
      ...(options.names ? { FAKE_SMI_NAMES: options.names.join(',') } : {}),
      ...(options.dieAfterSamples !== undefined ? { FAKE_SMI_DIE_AFTER: String(options.dieAfterSamples) } : {})
    }
  };
}

/** The fake's `start`, `stop` and `died` times, epoch ms. */
export function fakeEvents(file: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [what, ms] = line.split(' ');
    if (what) out[what] = Number(ms);
  }
  return out;
}

/** One fake RAPL zone. */
export interface FakeZone {
  id: string;
  name: string;
  /** Power it draws, W: its counter rises by W x elapsed ms x 1000 µJ. */
  watts: number;
  /** Its `max_energy_range_uj`; the counter wraps past it. */
  maxUj: number;
  /** Its counter at the start, µJ (near maxUj to see a wrap). */
  startUj: number;
}

/** A running fake powercap folder. */
export interface FakePowercap {
  root: string;
  /** Epoch ms of the counters' zero (their start values). */
  startMs: number;
  /** Stops the timer; returns the epoch ms of the last counter update. */
  stop(): number;
  /** The counter value the zone had at epoch `ms`, before wrapping, µJ. */
  unwrappedAt(zone: FakeZone, ms: number): number;
}

/**
 * Creates `<dir>/powercap` with the zones (plus an `intel-rapl` control folder and an
 * `intel-rapl-mmio:0` zone, which a recorder must not read) and raises every counter each
 * `tickMs` to its exact value at that moment, so any reading is W x elapsed time, wrapped.
 */
export function startFakePowercap(dir: string, zones: readonly FakeZone[], tickMs = 10): FakePowercap {
  const root = path.join(dir, 'powercap');
  mkdirSync(path.join(root, 'intel-rapl'), { recursive: true });
  writeFileSync(path.join(root, 'intel-rapl', 'enabled'), '1\n');
  const mmio = path.join(root, 'intel-rapl-mmio:0');
  mkdirSync(mmio, { recursive: true });
  writeFileSync(path.join(mmio, 'name'), 'package-0\n');
  writeFileSync(path.join(mmio, 'energy_uj'), '0\n');
  const startMs = Date.now();
  const unwrappedAt = (z: FakeZone, ms: number): number => z.startUj + Math.round(z.watts * (ms - startMs) * 1000);
  let last = startMs;
  const write = (ms: number): void => {
    for (const z of zones) {
      const value = unwrappedAt(z, ms) % (z.maxUj + 1);
      // Written beside it and renamed over it: a reader never sees a half-written counter.
      const file = path.join(root, z.id, 'energy_uj');
      writeFileSync(`${file}.tmp`, `${value}\n`);
      renameSync(`${file}.tmp`, file);
    }
    last = ms;
  };
  for (const z of zones) {
    mkdirSync(path.join(root, z.id), { recursive: true });
    writeFileSync(path.join(root, z.id, 'name'), `${z.name}\n`);
    writeFileSync(path.join(root, z.id, 'max_energy_range_uj'), `${z.maxUj}\n`);
  }
  write(startMs);
  const timer = setInterval(() => {
    try {
      write(Date.now());
    } catch {
      // The test removed the folder (it ended, or it takes a zone away): no more updates.
      clearInterval(timer);
    }
  }, tickMs);
  return {
    root,
    startMs,
    unwrappedAt,
    stop: () => {
      clearInterval(timer);
      return last;
    }
  };
}
