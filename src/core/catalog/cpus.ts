/**
 * CPUs by model (CodeCarbon's MIT table), the per-core fallback for a CPU given only by its core
 * count, and the DRAM power per GB.
 *
 * Names arrive as `/proc/cpuinfo`, `lscpu` or CodeCarbon's CSV print them
 * ("Intel(R) Xeon(R) Gold 6136 CPU @ 3.00GHz", "AMD EPYC 7742 64-Core Processor") or as people
 * type them ("EPYC 7742"). The lookup drops trademark marks, the clock suffix ("@ 3.00GHz"),
 * the words "CPU" and "Processor", the core count ("64-Core") and a trailing
 * "with Radeon Graphics", then compares word for word; a vendor-less name matches when only one
 * vendor has that model.
 */
import type { HardwareSpec, SourceRef } from '../model.js';
import { excerpt } from '../excerpt.js';
import { closestNames } from '../suggest.js';
import { CPU_POWER_ROWS } from './data/cpu-power.generated.js';
import { nameTokens } from './normalize.js';
import {
  CODECARBON_CPU_SOURCE,
  GREEN_ALGORITHMS_CPU_PER_CORE_SOURCE,
  GREEN_ALGORITHMS_MEMORY_SOURCE
} from './sources.js';
import type { Lookup } from './types.js';

/**
 * Rated power per physical core for a CPU known only by its core count: Green Algorithms'
 * "Any" row (12.0 W per core). Chosen over CodeCarbon's 4 W per thread because the manifest
 * counts cores, and Green Algorithms states the figure per core.
 */
export const CPU_WATTS_PER_CORE: { wattsPerCore: number; source: SourceRef } = {
  wattsPerCore: 12.0,
  source: GREEN_ALGORITHMS_CPU_PER_CORE_SOURCE
};

/** DRAM power per GB of installed memory: Green Algorithms' 0.3725 W/GB. */
export const MEMORY_WATTS_PER_GB: { wattsPerGB: number; source: SourceRef } = {
  wattsPerGB: 0.3725,
  source: GREEN_ALGORITHMS_MEMORY_SOURCE
};

const VENDORS = new Set(['intel', 'amd']);
/** Words that describe the part rather than name the model. */
const FILLER = new Set(['cpu', 'processor']);

/** Normalised word key of a CPU name; see the module comment for what is dropped and why. */
function cpuKey(name: string): string {
  const withoutClock = name.replace(/@.*$/, ' '); // "CPU @ 3.00GHz": a clock, not the model
  const tokens = nameTokens(withoutClock.replace(/\b\d+-core\b/gi, ' ')).filter((t) => !FILLER.has(t));
  const withIdx = tokens.indexOf('with'); // "AMD Ryzen 7 5800H with Radeon Graphics"
  return (withIdx > 0 ? tokens.slice(0, withIdx) : tokens).join(' ');
}

interface CpuIndex {
  /** Normalised key -> row (name as CodeCarbon spells it, TDP). */
  byKey: Map<string, { name: string; tdpW: number }>;
  /** Key without the vendor word -> row, only where one vendor has that model. */
  byModel: Map<string, { name: string; tdpW: number } | null>;
  names: string[];
}

let index: CpuIndex | undefined;

function buildIndex(): CpuIndex {
  const byKey = new Map<string, { name: string; tdpW: number }>();
  const byModel = new Map<string, { name: string; tdpW: number } | null>();
  for (const [name, tdpW] of CPU_POWER_ROWS) {
    const key = cpuKey(name);
    const existing = byKey.get(key);
    // The table lists a few models twice with different spellings and TDPs (e.g. a no-break
    // space in "Intel Atom E625CT"); keep the larger TDP, an upper bound, rather than the first.
    if (!existing || tdpW > existing.tdpW) byKey.set(key, { name: existing?.name ?? name, tdpW });
  }
  for (const [key, row] of byKey) {
    const [first, ...rest] = key.split(' ');
    if (!VENDORS.has(first) || rest.length === 0) continue;
    const model = rest.join(' ');
    byModel.set(model, byModel.has(model) ? null : row); // null: two vendors, ambiguous
  }
  return { byKey, byModel, names: CPU_POWER_ROWS.map(([name]) => name) };
}

function getIndex(): CpuIndex {
  index ??= buildIndex();
  return index;
}

/**
 * Looks up a CPU's TDP by model name in CodeCarbon's table. Returns up to three closest model
 * names as `suggestions` when the name is not there (e.g. a cloud VM that hides the model as
 * "Intel(R) Xeon(R) CPU @ 2.20GHz"): give `watts:` or `cores:` instead.
 */
export function findCpu(name: string): Lookup<HardwareSpec> {
  const idx = getIndex();
  const key = cpuKey(name);
  const row = key === '' ? undefined : (idx.byKey.get(key) ?? idx.byModel.get(key) ?? undefined);
  if (row) return { ok: true, value: { name: row.name, kind: 'cpu', tdpW: row.tdpW, source: CODECARBON_CPU_SOURCE } };
  if (key !== '' && !/\d/.test(key)) {
    // "Intel(R) Xeon(R) CPU @ 2.20GHz": cloud VMs often hide the model; nearest names would mislead.
    return {
      ok: false,
      suggestions: [],
      reason: `"${excerpt(name)}" names no CPU model number (cloud VMs often hide it); give \`watts:\` or \`cores:\` instead.`
    };
  }
  return { ok: false, suggestions: closestNames(key === '' ? name : key, idx.names, 3) };
}
