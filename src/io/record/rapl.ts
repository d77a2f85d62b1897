/**
 * Recording CPU and DRAM energy from Linux RAPL counters (powercap sysfs): finding the readable
 * zones `intel-rapl:N` (packages) and `intel-rapl:N:M` (their sub-zones: core, uncore, dram) under
 * a root folder, and a sampler that appends one row per zone and reading, in the long layout the
 * `rapl` trace reader (src/core/traces/formats/rapl.ts) reads:
 *
 *     timestamp,domain,energy_uj,max_energy_range_uj,zone
 *     2026-12-02T17:31:51.123Z,package-0,261643328850,262143328850,intel-rapl:0
 *
 * Every zone is recorded as it is; the reader sums packages and dram and leaves out the zones that
 * overlap them (core, uncore, psys), saying so. `intel-rapl-mmio:*` zones are not read: they repeat
 * a package's counter through another interface.
 *
 * Since Linux 5.10 `energy_uj` is readable by root only on most distributions (a side channel,
 * CVE-2020-8694), so "no readable zone" is the common case for a normal user, and is said once.
 */
import { open, readFile, readdir, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Where Linux exposes the powercap zones. */
export const DEFAULT_POWERCAP_ROOT = '/sys/class/powercap';

/** The zone folders read: `intel-rapl:0`, `intel-rapl:0:2` (AMD's RAPL uses the same names). */
const ZONE_DIR = /^intel-rapl:\d+(:\d+)?$/;

/** The header of the recorded file. */
export const RAPL_HEADER = 'timestamp,domain,energy_uj,max_energy_range_uj,zone';

/** One readable RAPL zone. */
export interface RaplZone {
  /** The folder's name: `intel-rapl:0`, `intel-rapl:0:2`. */
  id: string;
  /** Its `name` file: `package-0`, `dram`, `core`, `uncore`, `psys`. */
  domain: string;
  /** Absolute path of its `energy_uj`. */
  energyFile: string;
  /** Its `max_energy_range_uj` (the counter wraps after it), when readable. */
  maxEnergyRangeUj?: number;
}

/** A zone that exists but cannot be read, and why. */
export interface UnreadableZone {
  id: string;
  /** `permission denied (EACCES)`, `ENOENT`, ... */
  reason: string;
}

/** What {@link discoverRaplZones} found. */
export interface RaplDiscovery {
  zones: RaplZone[];
  unreadable: UnreadableZone[];
}

/**
 * The RAPL zones under `root` whose `energy_uj` can be read now, in sorted order, and those that
 * cannot. A missing root (no powercap: a VM, a container without /sys, macOS) is no zone at all.
 */
export async function discoverRaplZones(root: string = DEFAULT_POWERCAP_ROOT): Promise<RaplDiscovery> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return { zones: [], unreadable: [] };
  }
  const zones: RaplZone[] = [];
  const unreadable: UnreadableZone[] = [];
  for (const id of names.filter((n) => ZONE_DIR.test(n)).sort(compareZoneIds)) {
    const dir = path.join(root, id);
    const domain = (await readSmallFile(path.join(dir, 'name')))?.trim();
    if (domain === undefined || domain === '') {
      unreadable.push({ id, reason: 'no readable name file' });
      continue;
    }
    const energyFile = path.join(dir, 'energy_uj');
    const first = await readCounter(energyFile);
    if (typeof first === 'string') {
      unreadable.push({ id, reason: first });
      continue;
    }
    const max = await readCounter(path.join(dir, 'max_energy_range_uj'));
    zones.push({ id, domain, energyFile, ...(typeof max === 'number' && max > 0 ? { maxEnergyRangeUj: max } : {}) });
  }
  return { zones, unreadable };
}

/** `intel-rapl:1:0` after `intel-rapl:0:2` and `intel-rapl:10` after `intel-rapl:9`: by number. */
function compareZoneIds(a: string, b: string): number {
  const na = a.split(':').slice(1).map(Number);
  const nb = b.split(':').slice(1).map(Number);
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    const d = (na[i] ?? -1) - (nb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** A sysfs file's text (they are a line long); undefined when it cannot be read. */
async function readSmallFile(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).slice(0, 256);
  } catch {
    return undefined;
  }
}

/** A counter file's value in µJ, or why it cannot be read. */
async function readCounter(file: string): Promise<number | string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    return code === 'EACCES' || code === 'EPERM' ? `permission denied (${code})` : code;
  }
  const t = text.trim();
  if (!/^\d+$/.test(t)) return `not a counter: "${t.slice(0, 40)}"`;
  return Number(t);
}

/** A CSV cell: quoted when it holds a comma, quote or line break (a fake sysfs may hold anything). */
function csvCell(text: string): string {
  const clean = text.replace(/[\r\n]/g, ' ');
  return /[",]/.test(clean) ? `"${clean.replace(/"/g, '""')}"` : clean;
}

/** A problem the sampler meets while running, reported once per zone. */
export interface RaplProblem {
  zone: string;
  domain: string;
  reason: string;
}

/** Options for {@link sampleRapl}. */
export interface SampleRaplOptions {
  zones: readonly RaplZone[];
  /** The CSV file: created with its header, or appended to (no second header) when it has content. */
  file: string;
  intervalMs: number;
  /** Stops the sampler; one last reading is taken then, so the counters cover the run's end. */
  signal: AbortSignal;
  /** Called once per zone whose counter stops being readable. */
  onProblem?: (problem: RaplProblem) => void;
  /** The clock, for tests; default Date.now. */
  now?: () => number;
}

/** What a finished sampler did. */
export interface RaplSampling {
  /** Readings taken (one per zone per sample). */
  readings: number;
  /** Zones that could not be read at some point. */
  failedZones: string[];
}

/**
 * Reads every zone each `intervalMs` until `signal` aborts, appending one line per zone and
 * reading; each sample's lines go to the file in one write, so a crash loses at most the sample
 * being taken. Times are UTC ISO 8601 with milliseconds. Resolves after the last reading (taken
 * once the signal aborts) is written; rejects only when the file cannot be written.
 */
export async function sampleRapl(options: SampleRaplOptions): Promise<RaplSampling> {
  const now = options.now ?? Date.now;
  const handle: FileHandle = await open(options.file, 'a');
  const failed = new Set<string>();
  let readings = 0;
  try {
    if ((await handle.stat()).size === 0) await handle.write(`${RAPL_HEADER}\n`);
    const sample = async (): Promise<void> => {
      const lines: string[] = [];
      for (const zone of options.zones) {
        const value = await readCounter(zone.energyFile);
        // Read per zone: the time of its own reading, not of the sample's start.
        const stamp = new Date(now()).toISOString();
        if (typeof value === 'string') {
          if (!failed.has(zone.id)) {
            failed.add(zone.id);
            options.onProblem?.({ zone: zone.id, domain: zone.domain, reason: value });
          }
          continue;
        }
        const max = zone.maxEnergyRangeUj === undefined ? '' : String(zone.maxEnergyRangeUj);
        lines.push(`${stamp},${csvCell(zone.domain)},${value},${max},${csvCell(zone.id)}\n`);
        readings++;
      }
      if (lines.length > 0) await handle.write(lines.join(''));
    };
    await sample();
    while (!options.signal.aborted) {
      try {
        await sleep(options.intervalMs, undefined, { signal: options.signal });
      } catch {
        // Aborted: the last reading below.
      }
      await sample();
    }
  } finally {
    await handle.close();
  }
  return { readings, failedZones: [...failed] };
}
