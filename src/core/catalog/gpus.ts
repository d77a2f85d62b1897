/**
 * GPUs and accelerators: rated board power (TDP) per device, one vendor source per row, and a
 * lookup that accepts names as `nvidia-smi` prints them and as people write them in manifests.
 *
 * Lookup order (first hit wins):
 *  1. the whole name against every row's name and aliases, case and punctuation ignored
 *     (`nvidia-smi` names such as "NVIDIA H100 80GB HBM3" or "NVIDIA H200" land here);
 *  2. an ambiguous family name ("A100", "H100", "V100 32GB") -> its documented default variant,
 *     the one with the highest rated power (a budget gate should over- rather than
 *     under-estimate), with a `note` naming the alternatives whenever their TDPs differ;
 *  3. the name without vendor/brand words ("Tesla", "NVIDIA", "GeForce", "AMD Instinct", ...);
 *  4. known accelerators without a published TDP -> not ok, with a `reason`;
 *  5. the same words in another order ("A100 80GB PCIe" = "A100-PCIE-80GB");
 *  otherwise not ok, with the closest names as suggestions.
 */
import type { HardwareSpec } from '../model.js';
import { closestNames, normalizeName } from '../suggest.js';
import { FAMILY_ROWS, GPU_ROWS, UNRATED_ROWS } from './data/gpus.generated.js';
import { compactKey, nameTokens, tokenSetKey } from './normalize.js';
import type { Lookup } from './types.js';

/**
 * A catalogue row: the spec plus the other spellings that name exactly this device, and the name
 * `nvidia-smi` prints for it where it is an NVIDIA GPU (that name is among the aliases too).
 */
export type GpuCatalogEntry = HardwareSpec & { aliases: readonly string[]; nvidiaSmiName?: string };

/**
 * The catalogue, generated from scripts/data/gpus.yml (docs/hardware.md lists it). `name` is what
 * `nvidia-smi --query-gpu=name` prints where the device is an NVIDIA GPU with one well-known name;
 * otherwise the vendor's product name. TDP is per device as the tools count devices (see
 * docs/hardware.md for K80, MI250X, GH200 and TPU counting). Each row cites its own source: a vendor
 * datasheet (a fact) or Green Algorithms' TDP_gpu.csv (CC BY 4.0).
 */
export const GPU_CATALOG: readonly GpuCatalogEntry[] = GPU_ROWS;

/**
 * Where an unknown GPU's diagnostic sends the reader: the generated list of every catalogue row
 * with its source, in this project's repository.
 */
export const GPU_LIST_URL = 'https://github.com/carbon-gate/carbon-gate/blob/main/docs/hardware.md';

/**
 * Accelerators we recognise but cannot rate: the vendor publishes no TDP and no licensed
 * secondary source gives one. A lookup says so instead of guessing or calling the name unknown.
 */
export const UNRATED_ACCELERATORS: readonly { name: string; aliases: readonly string[]; reason: string }[] =
  UNRATED_ROWS;

/**
 * Family names that match several rows, each with its documented default (the highest-rated
 * variant). `among` lists every variant the family name could mean.
 */
export const GPU_DEFAULT_VARIANTS: readonly { forms: readonly string[]; chosen: string; among: readonly string[] }[] =
  FAMILY_ROWS;

/** Vendor and brand words that people and tools add or leave out. */
const BRAND_WORDS = new Set([
  'nvidia',
  'tesla',
  'geforce',
  'amd',
  'instinct',
  'intel',
  'habana',
  'google',
  'cloud',
  'gpu'
]);

function brandlessTokens(name: string): string[] {
  const tokens = nameTokens(name).filter((t) => !BRAND_WORDS.has(t));
  return tokens.length > 0 ? tokens : nameTokens(name);
}

type Hit =
  | { kind: 'row'; row: GpuCatalogEntry }
  | { kind: 'default'; row: GpuCatalogEntry; among: GpuCatalogEntry[] }
  | { kind: 'unrated'; reason: string };

interface GpuIndex {
  full: Map<string, Hit>;
  defaults: Map<string, Hit>;
  brandless: Map<string, Hit>;
  unrated: Map<string, Hit>;
  tokenSet: Map<string, Hit>;
  /**
   * Every name a user may write (names, aliases, family forms), by its brand-free form
   * ("V100 pcie 32gb"), with the catalogue name of the entry it means: suggestions are matched
   * against every spelling but always offer the catalogue name.
   */
  suggestable: Map<string, string>;
  /** Keys that two different entries claimed: a catalogue bug, reported by gpuIndexConflicts(). */
  conflicts: string[];
}

let index: GpuIndex | undefined;

function hitId(hit: Hit): string {
  return hit.kind === 'unrated' ? `unrated:${hit.reason}` : `${hit.kind}:${hit.row.name}`;
}

function put(map: Map<string, Hit>, key: string, hit: Hit, conflicts: string[]): void {
  const existing = map.get(key);
  if (existing && hitId(existing) !== hitId(hit)) conflicts.push(`${key}: ${hitId(existing)} vs ${hitId(hit)}`);
  else map.set(key, hit);
}

function addSuggestable(idx: GpuIndex, spelling: string, target: string): void {
  const key = brandlessTokens(spelling).join(' ');
  if (!idx.suggestable.has(key)) idx.suggestable.set(key, target);
}

function buildIndex(): GpuIndex {
  const idx: GpuIndex = {
    full: new Map(),
    defaults: new Map(),
    brandless: new Map(),
    unrated: new Map(),
    tokenSet: new Map(),
    suggestable: new Map(),
    conflicts: []
  };
  const byName = new Map(GPU_CATALOG.map((r) => [r.name, r]));
  const rowNamed = (name: string): GpuCatalogEntry => {
    const row = byName.get(name);
    if (!row) throw new Error(`GPU_DEFAULT_VARIANTS names "${name}", which is not in GPU_CATALOG`);
    return row;
  };
  for (const row of GPU_CATALOG) {
    const hit: Hit = { kind: 'row', row };
    for (const spelling of [row.name, ...row.aliases]) {
      put(idx.full, compactKey(spelling), hit, idx.conflicts);
      put(idx.brandless, brandlessTokens(spelling).join(''), hit, idx.conflicts);
      put(idx.tokenSet, tokenSetKey(brandlessTokens(spelling)), hit, idx.conflicts);
      addSuggestable(idx, spelling, row.name);
    }
  }
  for (const family of GPU_DEFAULT_VARIANTS) {
    const hit: Hit = { kind: 'default', row: rowNamed(family.chosen), among: family.among.map(rowNamed) };
    for (const form of family.forms) {
      put(idx.defaults, brandlessTokens(form).join(''), hit, idx.conflicts);
      addSuggestable(idx, form, family.chosen);
    }
  }
  for (const acc of UNRATED_ACCELERATORS) {
    const hit: Hit = { kind: 'unrated', reason: acc.reason };
    for (const spelling of [acc.name, ...acc.aliases]) {
      put(idx.unrated, brandlessTokens(spelling).join(''), hit, idx.conflicts);
      addSuggestable(idx, spelling, acc.name);
    }
  }
  return idx;
}

function getIndex(): GpuIndex {
  index ??= buildIndex();
  return index;
}

/** Keys claimed by two different catalogue entries (should be empty; a test asserts it). */
export function gpuIndexConflicts(): string[] {
  return [...getIndex().conflicts];
}

function spec(row: GpuCatalogEntry): HardwareSpec {
  return { name: row.name, kind: row.kind, tdpW: row.tdpW, source: row.source };
}

function resolveHit(input: string, hit: Hit): Lookup<HardwareSpec> {
  if (hit.kind === 'unrated') return { ok: false, suggestions: [], reason: hit.reason };
  if (hit.kind === 'row') return { ok: true, value: spec(hit.row) };
  const distinctTdps = new Set(hit.among.map((r) => r.tdpW));
  if (distinctTdps.size <= 1) return { ok: true, value: spec(hit.row) };
  const options = hit.among.map((r) => `${r.name} ${r.tdpW} W`).join(', ');
  return {
    ok: true,
    value: spec(hit.row),
    note: `"${input}" could mean ${options}; assumed ${hit.row.name} (${hit.row.tdpW} W), the highest rated power. Name the exact variant for a closer estimate.`
  };
}

/**
 * Looks up a GPU or accelerator by name: `nvidia-smi` output ("NVIDIA A100-SXM4-80GB",
 * "Tesla V100-PCIE-32GB", "NVIDIA H100 80GB HBM3"), or a manifest form ("A100-SXM4-40GB",
 * "a100 sxm4 40gb", "H100-SXM", "V100"). Case and punctuation are ignored. An ambiguous family
 * name resolves to its highest-rated variant with a `note`; an unknown name returns up to three
 * catalogue names whose spellings are closest as `suggestions`.
 */
export function findGpu(name: string): Lookup<HardwareSpec> {
  const idx = getIndex();
  const trimmed = name.trim();
  const tokens = brandlessTokens(trimmed);
  const hit =
    idx.full.get(compactKey(trimmed)) ??
    idx.defaults.get(tokens.join('')) ??
    idx.brandless.get(tokens.join('')) ??
    idx.unrated.get(tokens.join('')) ??
    idx.tokenSet.get(tokenSetKey(tokens));
  if (hit && trimmed !== '') return resolveHit(trimmed, hit);
  return { ok: false, suggestions: gpuSuggestions(trimmed) };
}

/**
 * Up to three catalogue names whose spellings are closest to `input`, each entry once: "A100-SXM-40G"
 * is nearest the alias "A100-SXM-40GB" and suggests "NVIDIA A100-SXM4-40GB", the name it stands for.
 */
function gpuSuggestions(input: string): string[] {
  const idx = getIndex();
  // Compare brand-free forms on both sides, so "Tesla V100-PCIE-23GB" is near "V100-PCIE-32GB".
  const needle = brandlessTokens(input).join(' ');
  // closestNames ranks any candidate contained in the input first; keep very short names
  // ("T4", "L4") out of the pool unless the input is short too.
  const minLength = Math.ceil(normalizeName(needle).length / 2);
  const pool = [...idx.suggestable.keys()].filter((c) => normalizeName(c).length >= minLength);
  const names = new Set<string>(); // several spellings of one entry suggest it once
  for (const key of closestNames(needle, pool, 12)) {
    const name = idx.suggestable.get(key);
    if (name !== undefined) names.add(name);
    if (names.size === 3) break;
  }
  return [...names];
}
