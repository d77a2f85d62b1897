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
import type { HardwareSpec, SourceRef } from '../model.js';
import { closestNames, normalizeName } from '../suggest.js';
import { compactKey, nameTokens, tokenSetKey } from './normalize.js';
import { FACT, GREEN_ALGORITHMS_GPU_SOURCE } from './sources.js';
import type { Lookup } from './types.js';

/** A catalogue row: the spec plus the other spellings that name exactly this device. */
export type GpuCatalogEntry = HardwareSpec & { aliases: readonly string[] };

const datasheet = (name: string, url: string): SourceRef => ({ name, url, licence: FACT });

const V100 = datasheet(
  'NVIDIA V100 Tensor Core GPU datasheet',
  'https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf'
);
const P100 = datasheet(
  'NVIDIA Tesla P100 datasheet',
  'https://images.nvidia.com/content/tesla/pdf/nvidia-tesla-p100-datasheet.pdf'
);
const A100 = datasheet(
  'NVIDIA A100 Tensor Core GPU datasheet',
  'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf'
);
const H100 = datasheet(
  'NVIDIA H100 Tensor Core GPU datasheet',
  'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet'
);
const H200 = datasheet(
  'NVIDIA H200 Tensor Core GPU product page (specifications)',
  'https://www.nvidia.com/en-us/data-center/h200/'
);
const GAUDI3 = datasheet(
  'Intel Gaudi 3 AI accelerator white paper (HL-325L OAM, HL-338 PCIe)',
  'https://www.intel.com/content/www/us/en/content-details/817486/intel-gaudi-3-ai-accelerator-white-paper.html'
);
const greenAlgorithms = (row: string): SourceRef => ({
  ...GREEN_ALGORITHMS_GPU_SOURCE,
  name: `${GREEN_ALGORITHMS_GPU_SOURCE.name}, row "${row}"`
});

/**
 * The catalogue. `name` is what `nvidia-smi --query-gpu=name` prints where the device is an
 * NVIDIA GPU with one well-known name; otherwise the vendor's product name. TDP is per device as
 * the tools count devices (see DATA-SOURCES.md for K80, MI250X and TPU counting).
 */
export const GPU_CATALOG: readonly GpuCatalogEntry[] = [
  // K80: one board carries two GPUs and a 300 W board limit; nvidia-smi, AWS and GCP count each GPU.
  {
    name: 'Tesla K80',
    kind: 'gpu',
    tdpW: 150,
    aliases: [],
    source: datasheet(
      'NVIDIA Tesla K80 product page: 300 W per board of two GPUs, 150 W per GPU',
      'https://www.nvidia.com/en-gb/data-center/tesla-k80/'
    )
  },
  { name: 'Tesla P100-PCIE-12GB', kind: 'gpu', tdpW: 250, aliases: [], source: P100 },
  { name: 'Tesla P100-PCIE-16GB', kind: 'gpu', tdpW: 250, aliases: [], source: P100 },
  { name: 'Tesla P100-SXM2-16GB', kind: 'gpu', tdpW: 300, aliases: ['P100 SXM2', 'P100 SXM'], source: P100 },
  { name: 'Tesla V100-PCIE-16GB', kind: 'gpu', tdpW: 250, aliases: [], source: V100 },
  { name: 'Tesla V100-PCIE-32GB', kind: 'gpu', tdpW: 250, aliases: [], source: V100 },
  { name: 'Tesla V100-SXM2-16GB', kind: 'gpu', tdpW: 300, aliases: ['V100-SXM-16GB'], source: V100 },
  { name: 'Tesla V100-SXM2-32GB', kind: 'gpu', tdpW: 300, aliases: ['V100-SXM-32GB'], source: V100 },
  { name: 'Tesla V100S-PCIE-32GB', kind: 'gpu', tdpW: 250, aliases: ['V100S', 'V100S PCIe'], source: V100 },
  {
    name: 'Tesla T4',
    kind: 'gpu',
    tdpW: 70,
    aliases: [],
    source: datasheet(
      'NVIDIA T4 Tensor Core GPU datasheet',
      'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf'
    )
  },
  { name: 'NVIDIA A100-PCIE-40GB', kind: 'gpu', tdpW: 250, aliases: [], source: A100 },
  { name: 'NVIDIA A100 80GB PCIe', kind: 'gpu', tdpW: 300, aliases: [], source: A100 },
  { name: 'NVIDIA A100-SXM4-40GB', kind: 'gpu', tdpW: 400, aliases: ['A100-SXM-40GB'], source: A100 },
  { name: 'NVIDIA A100-SXM4-80GB', kind: 'gpu', tdpW: 400, aliases: ['A100-SXM-80GB'], source: A100 },
  {
    name: 'NVIDIA A10',
    kind: 'gpu',
    tdpW: 150,
    aliases: [],
    source: datasheet(
      'NVIDIA A10 Tensor Core GPU product page',
      'https://www.nvidia.com/en-us/data-center/products/a10-gpu/'
    )
  },
  // A10G: AWS-only part with no NVIDIA datasheet; 300 W is the power cap nvidia-smi reports on EC2 G5.
  {
    name: 'NVIDIA A10G',
    kind: 'gpu',
    tdpW: 300,
    aliases: [],
    source: datasheet(
      'Amazon EC2 G5 instances (NVIDIA A10G); 300 W = power cap nvidia-smi reports on G5',
      'https://aws.amazon.com/ec2/instance-types/g5/'
    )
  },
  {
    name: 'NVIDIA A30',
    kind: 'gpu',
    tdpW: 165,
    aliases: [],
    source: datasheet(
      'NVIDIA A30 Tensor Core GPU product page',
      'https://www.nvidia.com/en-us/data-center/products/a30-gpu/'
    )
  },
  {
    name: 'NVIDIA A40',
    kind: 'gpu',
    tdpW: 300,
    aliases: [],
    source: datasheet('NVIDIA A40 product page', 'https://www.nvidia.com/en-us/data-center/a40/')
  },
  {
    name: 'NVIDIA L4',
    kind: 'gpu',
    tdpW: 72,
    aliases: [],
    source: datasheet('NVIDIA L4 Tensor Core GPU product page', 'https://www.nvidia.com/en-us/data-center/l4/')
  },
  {
    name: 'NVIDIA L40',
    kind: 'gpu',
    tdpW: 300,
    aliases: [],
    source: datasheet('NVIDIA L40 GPU product page', 'https://www.nvidia.com/en-us/data-center/l40/')
  },
  {
    name: 'NVIDIA L40S',
    kind: 'gpu',
    tdpW: 350,
    aliases: [],
    source: datasheet('NVIDIA L40S GPU product page', 'https://www.nvidia.com/en-us/data-center/l40s/')
  },
  // H100 PCIe is 300-350 W configurable; the catalogue takes the top of the range.
  { name: 'NVIDIA H100 PCIe', kind: 'gpu', tdpW: 350, aliases: ['H100 PCIe 80GB', 'H100-PCIE-80GB'], source: H100 },
  {
    name: 'NVIDIA H100 SXM5 80GB',
    kind: 'gpu',
    tdpW: 700,
    aliases: ['NVIDIA H100 80GB HBM3', 'H100 SXM', 'H100 SXM5', 'H100 SXM 80GB'],
    source: H100
  },
  // H100 NVL is 350-400 W configurable; the catalogue takes the top of the range.
  { name: 'NVIDIA H100 NVL', kind: 'gpu', tdpW: 400, aliases: ['H100 NVL 94GB'], source: H100 },
  {
    name: 'NVIDIA H200 SXM 141GB',
    kind: 'gpu',
    tdpW: 700,
    aliases: ['NVIDIA H200', 'H200 SXM', 'H200 SXM5'],
    source: H200
  },
  { name: 'NVIDIA H200 NVL', kind: 'gpu', tdpW: 600, aliases: ['H200 NVL 141GB'], source: H200 },
  {
    name: 'NVIDIA B200',
    kind: 'gpu',
    tdpW: 1000,
    aliases: ['B200 SXM', 'HGX B200'],
    source: datasheet(
      'NVIDIA HGX platform specifications (HGX B200, per GPU)',
      'https://www.nvidia.com/en-us/data-center/hgx/'
    )
  },
  {
    name: 'NVIDIA GeForce RTX 3090',
    kind: 'gpu',
    tdpW: 350,
    aliases: [],
    source: datasheet(
      'NVIDIA GeForce RTX 3090 specifications (total graphics power)',
      'https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3090-3090ti/'
    )
  },
  {
    name: 'NVIDIA GeForce RTX 4090',
    kind: 'gpu',
    tdpW: 450,
    aliases: [],
    source: datasheet(
      'NVIDIA GeForce RTX 4090 specifications (total graphics power)',
      'https://www.nvidia.com/en-us/geforce/graphics-cards/40-series/rtx-4090/'
    )
  },
  // MI250/MI250X: one OAM module holds two GCDs that rocm-smi lists separately; count modules.
  {
    name: 'AMD Instinct MI250X',
    kind: 'gpu',
    tdpW: 500,
    aliases: ['MI250X OAM'],
    source: datasheet(
      'AMD Instinct MI250X accelerator specifications (500 W, 560 W peak)',
      'https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html'
    )
  },
  {
    name: 'AMD Instinct MI250',
    kind: 'gpu',
    tdpW: 500,
    aliases: ['MI250 OAM'],
    source: datasheet(
      'AMD Instinct MI250 accelerator specifications',
      'https://www.amd.com/en/products/accelerators/instinct/mi200/mi250.html'
    )
  },
  {
    name: 'AMD Instinct MI300X',
    kind: 'gpu',
    tdpW: 750,
    aliases: ['MI300X OAM'],
    source: datasheet(
      'AMD Instinct MI300X accelerator specifications',
      'https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html'
    )
  },
  {
    name: 'Intel Gaudi 2',
    kind: 'accelerator',
    tdpW: 600,
    aliases: ['HL-225H', 'HL-225', 'Habana Gaudi2'],
    source: datasheet('Intel Gaudi 2 (HL-225H OAM) product page', 'https://habana.ai/products/gaudi2/')
  },
  { name: 'Intel Gaudi 3 OAM', kind: 'accelerator', tdpW: 900, aliases: ['HL-325L', 'HL-325'], source: GAUDI3 },
  { name: 'Intel Gaudi 3 PCIe', kind: 'accelerator', tdpW: 600, aliases: ['HL-338'], source: GAUDI3 },
  // Google publishes no TPU TDPs; these are Green Algorithms' per-chip figures (see DATA-SOURCES.md).
  { name: 'Google TPU v2', kind: 'accelerator', tdpW: 280, aliases: [], source: greenAlgorithms('TPU v2') },
  { name: 'Google TPU v3', kind: 'accelerator', tdpW: 220, aliases: [], source: greenAlgorithms('TPU v3') },
  { name: 'Google TPU v4', kind: 'accelerator', tdpW: 170, aliases: [], source: greenAlgorithms('TPU v4') }
];

/**
 * Accelerators we recognise but cannot rate: the vendor publishes no TDP and no licensed
 * secondary source gives one. A lookup says so instead of guessing or calling the name unknown.
 */
export const UNRATED_ACCELERATORS: readonly { name: string; aliases: readonly string[]; reason: string }[] = [
  {
    name: 'Google TPU v5e',
    aliases: ['TPU v5 lite', 'TPU v5litepod', 'v5e'],
    reason:
      'Google publishes no TDP for TPU v5e chips, so carbon-gate has no rated power for it. Give `watts:` (per chip), or use measured power logs.'
  },
  {
    name: 'Google TPU v5p',
    aliases: ['TPU v5', 'v5p'],
    reason:
      'Google publishes no TDP for TPU v5p chips, so carbon-gate has no rated power for it. Give `watts:` (per chip), or use measured power logs.'
  }
];

/**
 * Family names that match several rows, each with its documented default (the highest-rated
 * variant). `among` lists every variant the family name could mean.
 */
export const GPU_DEFAULT_VARIANTS: readonly { forms: readonly string[]; chosen: string; among: readonly string[] }[] = [
  {
    forms: ['V100'],
    chosen: 'Tesla V100-SXM2-32GB',
    among: [
      'Tesla V100-PCIE-16GB',
      'Tesla V100-PCIE-32GB',
      'Tesla V100-SXM2-16GB',
      'Tesla V100-SXM2-32GB',
      'Tesla V100S-PCIE-32GB'
    ]
  },
  { forms: ['V100 16GB'], chosen: 'Tesla V100-SXM2-16GB', among: ['Tesla V100-PCIE-16GB', 'Tesla V100-SXM2-16GB'] },
  {
    forms: ['V100 32GB'],
    chosen: 'Tesla V100-SXM2-32GB',
    among: ['Tesla V100-PCIE-32GB', 'Tesla V100-SXM2-32GB', 'Tesla V100S-PCIE-32GB']
  },
  { forms: ['V100 PCIe'], chosen: 'Tesla V100-PCIE-32GB', among: ['Tesla V100-PCIE-16GB', 'Tesla V100-PCIE-32GB'] },
  {
    forms: ['V100 SXM2', 'V100 SXM'],
    chosen: 'Tesla V100-SXM2-32GB',
    among: ['Tesla V100-SXM2-16GB', 'Tesla V100-SXM2-32GB']
  },
  {
    forms: ['P100'],
    chosen: 'Tesla P100-SXM2-16GB',
    among: ['Tesla P100-PCIE-12GB', 'Tesla P100-PCIE-16GB', 'Tesla P100-SXM2-16GB']
  },
  { forms: ['P100 16GB'], chosen: 'Tesla P100-SXM2-16GB', among: ['Tesla P100-PCIE-16GB', 'Tesla P100-SXM2-16GB'] },
  { forms: ['P100 PCIe'], chosen: 'Tesla P100-PCIE-16GB', among: ['Tesla P100-PCIE-12GB', 'Tesla P100-PCIE-16GB'] },
  {
    forms: ['A100'],
    chosen: 'NVIDIA A100-SXM4-80GB',
    among: ['NVIDIA A100-PCIE-40GB', 'NVIDIA A100 80GB PCIe', 'NVIDIA A100-SXM4-40GB', 'NVIDIA A100-SXM4-80GB']
  },
  { forms: ['A100 40GB'], chosen: 'NVIDIA A100-SXM4-40GB', among: ['NVIDIA A100-PCIE-40GB', 'NVIDIA A100-SXM4-40GB'] },
  { forms: ['A100 80GB'], chosen: 'NVIDIA A100-SXM4-80GB', among: ['NVIDIA A100 80GB PCIe', 'NVIDIA A100-SXM4-80GB'] },
  { forms: ['A100 PCIe'], chosen: 'NVIDIA A100 80GB PCIe', among: ['NVIDIA A100-PCIE-40GB', 'NVIDIA A100 80GB PCIe'] },
  {
    forms: ['A100 SXM4', 'A100 SXM'],
    chosen: 'NVIDIA A100-SXM4-80GB',
    among: ['NVIDIA A100-SXM4-40GB', 'NVIDIA A100-SXM4-80GB']
  },
  {
    forms: ['H100'],
    chosen: 'NVIDIA H100 SXM5 80GB',
    among: ['NVIDIA H100 PCIe', 'NVIDIA H100 SXM5 80GB', 'NVIDIA H100 NVL']
  },
  { forms: ['H100 80GB'], chosen: 'NVIDIA H100 SXM5 80GB', among: ['NVIDIA H100 PCIe', 'NVIDIA H100 SXM5 80GB'] },
  {
    forms: ['H200', 'H200 141GB'],
    chosen: 'NVIDIA H200 SXM 141GB',
    among: ['NVIDIA H200 SXM 141GB', 'NVIDIA H200 NVL']
  },
  { forms: ['Gaudi 3'], chosen: 'Intel Gaudi 3 OAM', among: ['Intel Gaudi 3 OAM', 'Intel Gaudi 3 PCIe'] }
];

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
