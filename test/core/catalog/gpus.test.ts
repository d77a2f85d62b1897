import { findGpu, GPU_CATALOG, GPU_DEFAULT_VARIANTS, UNRATED_ACCELERATORS } from '../../../src/core/catalog/index.js';
import { gpuIndexConflicts } from '../../../src/core/catalog/gpus.js';
import { readCsvObjects, readRepoFile } from './fixtures.js';

/**
 * Expected TDPs are the vendors' published figures, written here from the datasheets (not read
 * from the catalogue): V100 PCIe 250 W / SXM2 300 W; P100 PCIe 250 W / SXM2 300 W; A100 PCIe
 * 40GB 250 W / 80GB 300 W / SXM4 400 W; H100 SXM 700 W / PCIe 300-350 W / NVL 350-400 W;
 * H200 SXM 700 W / NVL 600 W; B200 1000 W; L4 72 W; L40 300 W; L40S 350 W; T4 70 W; A10 150 W;
 * A30 165 W; A40 300 W; K80 300 W per two-GPU board; RTX 3090 350 W; RTX 4090 450 W;
 * MI250/MI250X 500 W; MI300X 750 W; Gaudi 2 600 W; Gaudi 3 OAM 900 W / PCIe 600 W.
 */
const K80_BOARD_W = 300;
const K80_GPUS_PER_BOARD = 2;

describe('findGpu: names as nvidia-smi prints them', () => {
  const cases: [input: string, name: string, tdpW: number][] = [
    ['NVIDIA A100-SXM4-80GB', 'NVIDIA A100-SXM4-80GB', 400],
    ['NVIDIA A100-SXM4-40GB', 'NVIDIA A100-SXM4-40GB', 400],
    ['NVIDIA A100-PCIE-40GB', 'NVIDIA A100-PCIE-40GB', 250],
    ['NVIDIA A100 80GB PCIe', 'NVIDIA A100 80GB PCIe', 300],
    ['Tesla V100-PCIE-32GB', 'Tesla V100-PCIE-32GB', 250],
    ['Tesla V100-PCIE-16GB', 'Tesla V100-PCIE-16GB', 250],
    ['Tesla V100-SXM2-16GB', 'Tesla V100-SXM2-16GB', 300],
    ['Tesla V100-SXM2-32GB', 'Tesla V100-SXM2-32GB', 300],
    ['Tesla V100S-PCIE-32GB', 'Tesla V100S-PCIE-32GB', 250],
    ['Tesla P100-PCIE-16GB', 'Tesla P100-PCIE-16GB', 250],
    ['Tesla P100-PCIE-12GB', 'Tesla P100-PCIE-12GB', 250],
    ['Tesla P100-SXM2-16GB', 'Tesla P100-SXM2-16GB', 300],
    ['Tesla K80', 'Tesla K80', K80_BOARD_W / K80_GPUS_PER_BOARD],
    ['Tesla T4', 'Tesla T4', 70],
    ['NVIDIA H100 80GB HBM3', 'NVIDIA H100 SXM5 80GB', 700],
    ['NVIDIA H100 PCIe', 'NVIDIA H100 PCIe', 350],
    ['NVIDIA H100 NVL', 'NVIDIA H100 NVL', 400],
    ['NVIDIA H200', 'NVIDIA H200 SXM 141GB', 700],
    ['NVIDIA H200 NVL', 'NVIDIA H200 NVL', 600],
    ['NVIDIA B200', 'NVIDIA B200', 1000],
    ['NVIDIA L4', 'NVIDIA L4', 72],
    ['NVIDIA L40', 'NVIDIA L40', 300],
    ['NVIDIA L40S', 'NVIDIA L40S', 350],
    ['NVIDIA A10', 'NVIDIA A10', 150],
    ['NVIDIA A10G', 'NVIDIA A10G', 300],
    ['NVIDIA A30', 'NVIDIA A30', 165],
    ['NVIDIA A40', 'NVIDIA A40', 300],
    ['NVIDIA GeForce RTX 3090', 'NVIDIA GeForce RTX 3090', 350],
    ['NVIDIA GeForce RTX 4090', 'NVIDIA GeForce RTX 4090', 450]
  ];
  test.each(cases)('%s -> %s, %d W, no ambiguity note', (input, name, tdpW) => {
    const r = findGpu(input);
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ name, tdpW }) });
    expect(r.ok && r.note).toBeFalsy();
  });
});

describe('findGpu: manifest forms, case and punctuation ignored', () => {
  const cases: [input: string, name: string, tdpW: number][] = [
    ['A100-SXM4-40GB', 'NVIDIA A100-SXM4-40GB', 400],
    ['a100 sxm4 40gb', 'NVIDIA A100-SXM4-40GB', 400],
    ['A100_SXM4_40GB', 'NVIDIA A100-SXM4-40GB', 400],
    ['nvidia a100-sxm4-80gb', 'NVIDIA A100-SXM4-80GB', 400],
    ['A100 80GB PCIe', 'NVIDIA A100 80GB PCIe', 300],
    ['A100-PCIE-80GB', 'NVIDIA A100 80GB PCIe', 300],
    ['A100 PCIe 40 GB', 'NVIDIA A100-PCIE-40GB', 250],
    ['H100-SXM', 'NVIDIA H100 SXM5 80GB', 700],
    ['h100 sxm5', 'NVIDIA H100 SXM5 80GB', 700],
    ['H100 PCIe', 'NVIDIA H100 PCIe', 350],
    ['H100 NVL', 'NVIDIA H100 NVL', 400],
    ['H200 SXM', 'NVIDIA H200 SXM 141GB', 700],
    ['H200-NVL', 'NVIDIA H200 NVL', 600],
    ['V100-PCIE-32GB', 'Tesla V100-PCIE-32GB', 250],
    ['V100S', 'Tesla V100S-PCIE-32GB', 250],
    ['P100 SXM2', 'Tesla P100-SXM2-16GB', 300],
    ['K80', 'Tesla K80', K80_BOARD_W / K80_GPUS_PER_BOARD],
    ['T4', 'Tesla T4', 70],
    ['L40S', 'NVIDIA L40S', 350],
    ['A10G', 'NVIDIA A10G', 300],
    ['RTX 4090', 'NVIDIA GeForce RTX 4090', 450],
    ['rtx3090', 'NVIDIA GeForce RTX 3090', 350],
    ['B200', 'NVIDIA B200', 1000],
    ['MI250X', 'AMD Instinct MI250X', 500],
    ['AMD Instinct MI250X', 'AMD Instinct MI250X', 500],
    ['MI250', 'AMD Instinct MI250', 500],
    ['mi300x', 'AMD Instinct MI300X', 750],
    ['AMD Instinct MI300X OAM', 'AMD Instinct MI300X', 750],
    ['Gaudi 2', 'Intel Gaudi 2', 600],
    ['gaudi2', 'Intel Gaudi 2', 600],
    ['HL-225H', 'Intel Gaudi 2', 600],
    ['Gaudi 3 OAM', 'Intel Gaudi 3 OAM', 900],
    ['HL-338', 'Intel Gaudi 3 PCIe', 600]
  ];
  test.each(cases)('%s -> %s, %d W', (input, name, tdpW) => {
    expect(findGpu(input)).toEqual({ ok: true, value: expect.objectContaining({ name, tdpW }) });
  });

  test('TPUs v2-v4 take the per-chip figures of Green Algorithms TDP_gpu.csv', () => {
    const ga = new Map(readCsvObjects('green-algorithms-TDP_gpu.csv', 1).map((r) => [r.model, Number(r.TDP)]));
    for (const v of ['v2', 'v3', 'v4']) {
      const r = findGpu(`TPU ${v}`);
      expect(r).toEqual({
        ok: true,
        value: expect.objectContaining({ name: `Google TPU ${v}`, kind: 'accelerator', tdpW: ga.get(`TPU ${v}`) })
      });
      expect(r.ok && r.value.source.licence).toBe('CC BY 4.0');
    }
  });
});

describe('findGpu: ambiguous family names take the highest-rated variant, with a note', () => {
  const cases: [input: string, name: string, tdpW: number, noted: boolean][] = [
    ['A100', 'NVIDIA A100-SXM4-80GB', 400, true], // PCIe 250/300 W vs SXM4 400 W
    ['NVIDIA A100', 'NVIDIA A100-SXM4-80GB', 400, true],
    ['A100 40GB', 'NVIDIA A100-SXM4-40GB', 400, true],
    ['A100 PCIe', 'NVIDIA A100 80GB PCIe', 300, true], // 40GB 250 W vs 80GB 300 W
    ['A100 SXM4', 'NVIDIA A100-SXM4-80GB', 400, false], // both SXM4 variants are 400 W
    ['V100', 'Tesla V100-SXM2-32GB', 300, true],
    ['Tesla V100', 'Tesla V100-SXM2-32GB', 300, true],
    ['V100 PCIe', 'Tesla V100-PCIE-32GB', 250, false], // both PCIe variants are 250 W
    ['V100-SXM2', 'Tesla V100-SXM2-32GB', 300, false],
    ['P100', 'Tesla P100-SXM2-16GB', 300, true],
    ['H100', 'NVIDIA H100 SXM5 80GB', 700, true],
    ['H200', 'NVIDIA H200 SXM 141GB', 700, true], // NVL is 600 W
    ['Gaudi 3', 'Intel Gaudi 3 OAM', 900, true],
    // Added for issue 10: RTX PRO 6000 Blackwell Workstation 600 W, Max-Q 300 W, Server 400-600 W;
    // GH200 480GB and 144G HBM3e both 450-1,000 W; TITAN X Maxwell and Pascal both 250 W.
    ['RTX PRO 6000', 'NVIDIA RTX PRO 6000 Blackwell Workstation Edition', 600, true],
    ['GH200', 'NVIDIA GH200 480GB', 1000, false],
    ['TITAN X', 'NVIDIA TITAN X (Pascal)', 250, false]
  ];
  test.each(cases)('%s -> %s (%d W), note: %s', (input, name, tdpW, noted) => {
    const r = findGpu(input);
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({ name, tdpW }),
      ...(noted ? { note: expect.any(String) } : {})
    });
    if (noted && r.ok) {
      expect(r.note).toContain(`"${input}"`);
      expect(r.note).toContain(name);
    } else {
      expect(r.ok && r.note).toBeFalsy();
    }
  });

  test('every default is the highest-rated of the variants it stands for', () => {
    const byName = new Map(GPU_CATALOG.map((r) => [r.name, r]));
    for (const family of GPU_DEFAULT_VARIANTS) {
      const tdps = family.among.map((n) => byName.get(n)?.tdpW ?? NaN);
      expect(tdps.every(Number.isFinite)).toBe(true);
      expect(byName.get(family.chosen)?.tdpW).toBe(Math.max(...tdps));
      expect(family.among).toContain(family.chosen);
    }
  });
});

describe('findGpu: unknown and unrated names', () => {
  const typos: [input: string, meant: string][] = [
    ['A100-SXM-40G', 'NVIDIA A100-SXM4-40GB'],
    ['H10O', 'NVIDIA H100 SXM5 80GB'],
    ['NVIDIA H10O', 'NVIDIA H100 SXM5 80GB'],
    ['Tesla V100-PCIE-23GB', 'Tesla V100-PCIE-32GB'],
    ['L40SS', 'NVIDIA L40S'],
    ['MI300', 'AMD Instinct MI300X']
  ];
  test.each(typos)('%s is not found; a suggestion resolves to %s, and every suggestion resolves', (input, meant) => {
    const r = findGpu(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const resolved = r.suggestions.map((s) => findGpu(s));
      expect(resolved.every((x) => x.ok)).toBe(true);
      expect(resolved.map((x) => x.ok && x.value.name)).toContain(meant);
      expect(r.suggestions.length).toBeLessThanOrEqual(3);
      expect(r.reason).toBeUndefined();
    }
  });

  test.each([
    // nearest the alias "A100-SXM-40GB": its catalogue name comes first, not the alias
    ['A100-SXM-40G', 'NVIDIA A100-SXM4-40GB'],
    // nearest the family form "H100": the variant it stands for, not the family name
    ['H10O', 'NVIDIA H100 SXM5 80GB'],
    ['Tesla V100-PCIE-23GB', 'Tesla V100-PCIE-32GB']
  ])('"%s" suggests catalogue names, first %s, each once', (input, first) => {
    const r = findGpu(input);
    const names = new Set([...GPU_CATALOG, ...UNRATED_ACCELERATORS].map((e) => e.name));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.suggestions[0]).toBe(first);
    expect(r.suggestions.filter((s) => !names.has(s))).toEqual([]);
    expect(new Set(r.suggestions).size).toBe(r.suggestions.length);
  });

  test.each(['', '   ', 'Voodoo5 6000', 'constructor', '__proto__'])('"%s" is not found', (input) => {
    expect(findGpu(input)).toEqual({ ok: false, suggestions: expect.any(Array) });
  });

  test.each([
    ['TPU v5e', 'TPU v5e'],
    ['TPU v5 lite', 'TPU v5e'],
    ['tpu-v5p', 'TPU v5p'],
    ['Google TPU v5p', 'TPU v5p']
  ])('%s is recognised but unrated: not ok, with a reason naming %s', (input, named) => {
    const r = findGpu(input);
    expect(r).toEqual({ ok: false, suggestions: [], reason: expect.stringContaining(named) });
    expect(!r.ok && r.reason).toContain('watts:');
  });
});

describe('GPU catalogue integrity', () => {
  test('covers the accelerators the issue lists', () => {
    const required = [
      'V100-PCIE-16GB',
      'V100-PCIE-32GB',
      'V100-SXM2-16GB',
      'V100-SXM2-32GB',
      'A100-PCIE-40GB',
      'A100 80GB PCIe',
      'A100-SXM4-40GB',
      'A100-SXM4-80GB',
      'H100 PCIe',
      'H100 SXM',
      'H100 NVL',
      'H200 SXM',
      'H200 NVL',
      'B200',
      'L4',
      'L40S',
      'T4',
      'A10G',
      'A10',
      'P100-PCIE-16GB',
      'P100-SXM2-16GB',
      'K80',
      'RTX 3090',
      'RTX 4090',
      'MI250X',
      'MI300X',
      'Gaudi 2',
      'Gaudi 3 OAM',
      'TPU v2',
      'TPU v3',
      'TPU v4'
    ];
    expect(required.filter((n) => !findGpu(n).ok)).toEqual([]);
    expect(UNRATED_ACCELERATORS.map((a) => a.name)).toEqual(['Google TPU v5e', 'Google TPU v5p']);
  });

  test('no key is claimed by two different entries', () => {
    expect(gpuIndexConflicts()).toEqual([]);
  });

  test('every row resolves to itself by its own name and by each alias', () => {
    for (const row of GPU_CATALOG) {
      for (const spelling of [row.name, ...row.aliases]) {
        expect([spelling, findGpu(spelling)]).toEqual([
          spelling,
          { ok: true, value: expect.objectContaining({ name: row.name, tdpW: row.tdpW }) }
        ]);
      }
    }
  });

  test('every row has a positive TDP and a source with name, https URL and licence', () => {
    for (const row of GPU_CATALOG) {
      expect([row.name, row.tdpW > 0 && Number.isFinite(row.tdpW)]).toEqual([row.name, true]);
      expect(row.source.name.length).toBeGreaterThan(0);
      expect(row.source.url).toMatch(/^https:\/\//);
      expect(row.source.licence.length).toBeGreaterThan(0);
    }
  });

  test('agrees with Green Algorithms TDP_gpu.csv where both list the same part', () => {
    const ga = new Map(readCsvObjects('green-algorithms-TDP_gpu.csv', 1).map((r) => [r.model, Number(r.TDP)]));
    const pairs: [gaModel: string, ours: string][] = [
      ['NVIDIA A100 40GB PCIe', 'NVIDIA A100-PCIE-40GB'],
      ['NVIDIA A100 80GB PCIe', 'NVIDIA A100 80GB PCIe'],
      ['NVIDIA Tesla T4', 'Tesla T4'],
      ['NVIDIA Tesla P100 PCIe', 'Tesla P100-PCIE-16GB'],
      ['NVIDIA Tesla V100S', 'Tesla V100S-PCIE-32GB']
    ];
    for (const [gaModel, ours] of pairs) {
      const r = findGpu(ours);
      expect([gaModel, r.ok && r.value.tdpW]).toEqual([gaModel, ga.get(gaModel)]);
    }
  });

  test('real nvidia-smi captures: the product name resolves to the default power limit the GPU reports', () => {
    const h100 = readRepoFile('test/fixtures/nvidia-smi/linux-x86_64__nvidia-h100-80gb-hbm3__590.48.01.txt');
    const h100Name = /Product Name\s+:\s+(.+)/.exec(h100)?.[1].trim() ?? '';
    const h100LimitW = Number(/Default Power Limit\s+:\s+([\d.]+) W/.exec(h100)?.[1]);
    const h200 = readRepoFile('test/fixtures/nvidia-smi/h200-2026-11-27/query-gpu.csv').split('\n')[1].split(', ');
    const h200LimitW = Number(
      /Default Power Limit\s+:\s+([\d.]+) W/.exec(
        readRepoFile('test/fixtures/nvidia-smi/h200-2026-11-27/q-power.txt')
      )?.[1]
    );
    expect([h100Name, h200[3]]).toEqual(['NVIDIA H100 80GB HBM3', 'NVIDIA H200']);
    expect(findGpu(h100Name)).toEqual({ ok: true, value: expect.objectContaining({ tdpW: h100LimitW }) });
    expect(findGpu(h200[3])).toEqual({ ok: true, value: expect.objectContaining({ tdpW: h200LimitW }) });
  });
});
