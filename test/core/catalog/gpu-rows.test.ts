import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze.js';
import { findGpu, GPU_CATALOG } from '../../../src/core/catalog/index.js';
import { FACT, GREEN_ALGORITHMS_GPU_SOURCE } from '../../../src/core/catalog/sources.js';
import { readCsvObjects, readRepoFile, repoRoot } from './fixtures.js';

/**
 * The rows added for issue 10, each with the TDP its vendor publishes, written here from the
 * vendor's page (never read from the catalogue), and the name `nvidia-smi --query-gpu=name` prints:
 * - NVIDIA RTX A-series product pages, "max power consumption": A2000 70 W, A4000 140 W, A4500 200 W,
 *   A5000 230 W, A5500 230 W, A6000 300 W.
 * - NVIDIA RTX Ada Generation product pages: RTX 2000 70 W, RTX 4000 SFF 70 W, RTX 4000 130 W,
 *   RTX 4500 210 W, RTX 5000 250 W, RTX 6000 300 W.
 * - NVIDIA RTX PRO 6000 Blackwell: Workstation Edition 600 W, Max-Q Workstation Edition 300 W, Server
 *   Edition 400-600 W configurable (the catalogue takes the top).
 * - NVIDIA Quadro RTX datasheets, total board power: RTX 4000 160 W, RTX 5000 265 W, RTX 6000 295 W,
 *   RTX 8000 295 W.
 * - NVIDIA GeForce specifications, total graphics power: RTX 3060 170 W, 3060 Ti 200 W, 3070 220 W,
 *   3070 Ti 290 W, 3080 320 W (10 GB) / 350 W (12 GB, same nvidia-smi name: the higher is taken),
 *   3080 Ti 350 W, 3090 Ti 450 W, 4060 115 W, 4060 Ti 160 W (8 GB) / 165 W (16 GB, same name), 4070
 *   200 W, 4070 SUPER 220 W, 4070 Ti 285 W, 4070 Ti SUPER 285 W, 4080 320 W, 4080 SUPER 320 W, 5070
 *   250 W, 5070 Ti 300 W, 5080 360 W, 5090 575 W; RTX 2080 SUPER 250 W; TITAN RTX 280 W; TITAN Xp 250 W.
 * - NVIDIA data centre: Tesla M40 250 W, Tesla P40 250 W, A2 40-60 W configurable (top taken), GH200
 *   Grace Hopper superchip 450-1,000 W programmable for the whole module (top taken).
 * - AMD Instinct: MI100 300 W, MI210 300 W, MI325X 1,000 W. Intel Data Center GPU Max 1100 300 W,
 *   Max 1550 600 W.
 */
const DATASHEET_ROWS: [name: string, tdpW: number, nvidiaSmi: string | null][] = [
  ['NVIDIA RTX A2000', 70, 'NVIDIA RTX A2000'],
  ['NVIDIA RTX A4000', 140, 'NVIDIA RTX A4000'],
  ['NVIDIA RTX A4500', 200, 'NVIDIA RTX A4500'],
  ['NVIDIA RTX A5000', 230, 'NVIDIA RTX A5000'],
  ['NVIDIA RTX A5500', 230, 'NVIDIA RTX A5500'],
  ['NVIDIA RTX A6000', 300, 'NVIDIA RTX A6000'],
  ['NVIDIA RTX 2000 Ada Generation', 70, 'NVIDIA RTX 2000 Ada Generation'],
  ['NVIDIA RTX 4000 SFF Ada Generation', 70, 'NVIDIA RTX 4000 SFF Ada Generation'],
  ['NVIDIA RTX 4000 Ada Generation', 130, 'NVIDIA RTX 4000 Ada Generation'],
  ['NVIDIA RTX 4500 Ada Generation', 210, 'NVIDIA RTX 4500 Ada Generation'],
  ['NVIDIA RTX 5000 Ada Generation', 250, 'NVIDIA RTX 5000 Ada Generation'],
  ['NVIDIA RTX 6000 Ada Generation', 300, 'NVIDIA RTX 6000 Ada Generation'],
  ['NVIDIA RTX PRO 6000 Blackwell Workstation Edition', 600, 'NVIDIA RTX PRO 6000 Blackwell Workstation Edition'],
  [
    'NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition',
    300,
    'NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition'
  ],
  ['NVIDIA RTX PRO 6000 Blackwell Server Edition', 600, 'NVIDIA RTX PRO 6000 Blackwell Server Edition'],
  ['Quadro RTX 4000', 160, 'Quadro RTX 4000'],
  ['Quadro RTX 5000', 265, 'Quadro RTX 5000'],
  ['Quadro RTX 6000', 295, 'Quadro RTX 6000'],
  ['Quadro RTX 8000', 295, 'Quadro RTX 8000'],
  ['NVIDIA GeForce RTX 3060', 170, 'NVIDIA GeForce RTX 3060'],
  ['NVIDIA GeForce RTX 3060 Ti', 200, 'NVIDIA GeForce RTX 3060 Ti'],
  ['NVIDIA GeForce RTX 3070', 220, 'NVIDIA GeForce RTX 3070'],
  ['NVIDIA GeForce RTX 3070 Ti', 290, 'NVIDIA GeForce RTX 3070 Ti'],
  ['NVIDIA GeForce RTX 3080', Math.max(320, 350), 'NVIDIA GeForce RTX 3080'],
  ['NVIDIA GeForce RTX 3080 Ti', 350, 'NVIDIA GeForce RTX 3080 Ti'],
  ['NVIDIA GeForce RTX 3090 Ti', 450, 'NVIDIA GeForce RTX 3090 Ti'],
  ['NVIDIA GeForce RTX 4060', 115, 'NVIDIA GeForce RTX 4060'],
  ['NVIDIA GeForce RTX 4060 Ti', Math.max(160, 165), 'NVIDIA GeForce RTX 4060 Ti'],
  ['NVIDIA GeForce RTX 4070', 200, 'NVIDIA GeForce RTX 4070'],
  ['NVIDIA GeForce RTX 4070 SUPER', 220, 'NVIDIA GeForce RTX 4070 SUPER'],
  ['NVIDIA GeForce RTX 4070 Ti', 285, 'NVIDIA GeForce RTX 4070 Ti'],
  ['NVIDIA GeForce RTX 4070 Ti SUPER', 285, 'NVIDIA GeForce RTX 4070 Ti SUPER'],
  ['NVIDIA GeForce RTX 4080', 320, 'NVIDIA GeForce RTX 4080'],
  ['NVIDIA GeForce RTX 4080 SUPER', 320, 'NVIDIA GeForce RTX 4080 SUPER'],
  ['NVIDIA GeForce RTX 5070', 250, 'NVIDIA GeForce RTX 5070'],
  ['NVIDIA GeForce RTX 5070 Ti', 300, 'NVIDIA GeForce RTX 5070 Ti'],
  ['NVIDIA GeForce RTX 5080', 360, 'NVIDIA GeForce RTX 5080'],
  ['NVIDIA GeForce RTX 5090', 575, 'NVIDIA GeForce RTX 5090'],
  ['NVIDIA GeForce RTX 2080 SUPER', 250, 'NVIDIA GeForce RTX 2080 SUPER'],
  ['NVIDIA TITAN RTX', 280, 'NVIDIA TITAN RTX'],
  ['NVIDIA TITAN Xp', 250, 'NVIDIA TITAN Xp'],
  ['Tesla M40', 250, 'Tesla M40'],
  ['Tesla P40', 250, 'Tesla P40'],
  ['NVIDIA A2', 60, 'NVIDIA A2'],
  ['NVIDIA GH200 480GB', 1000, 'NVIDIA GH200 480GB'],
  ['NVIDIA GH200 144G HBM3e', 1000, 'NVIDIA GH200 144G HBM3e'],
  ['AMD Instinct MI100', 300, null],
  ['AMD Instinct MI210', 300, null],
  ['AMD Instinct MI325X', 1000, null],
  ['Intel Data Center GPU Max 1100', 300, null],
  ['Intel Data Center GPU Max 1550', 600, null]
];

/** Rows added for issue 10 whose TDP is Green Algorithms' (TDP_gpu.csv model, catalogue name, nvidia-smi name). */
const GREEN_ALGORITHMS_ROWS: [gaModel: string, name: string, nvidiaSmi: string | null][] = [
  ['NVIDIA Tesla P4', 'Tesla P4', 'Tesla P4'],
  ['NVIDIA GTX 1080', 'NVIDIA GeForce GTX 1080', 'NVIDIA GeForce GTX 1080'],
  ['NVIDIA GTX 1080 Ti', 'NVIDIA GeForce GTX 1080 Ti', 'NVIDIA GeForce GTX 1080 Ti'],
  ['NVIDIA GTX TITAN X', 'NVIDIA GeForce GTX TITAN X', 'NVIDIA GeForce GTX TITAN X'],
  ['NVIDIA TITAN X Pascal', 'NVIDIA TITAN X (Pascal)', 'NVIDIA TITAN X (Pascal)'],
  ['NVIDIA Titan V', 'NVIDIA TITAN V', 'NVIDIA TITAN V'],
  ['NVIDIA RTX 2080', 'NVIDIA GeForce RTX 2080', 'NVIDIA GeForce RTX 2080'],
  ['NVIDIA RTX 2080 Ti', 'NVIDIA GeForce RTX 2080 Ti', 'NVIDIA GeForce RTX 2080 Ti'],
  ['NVIDIA Jetson AGX Xavier', 'NVIDIA Jetson AGX Xavier', null],
  ['AMD RX480', 'AMD Radeon RX 480', null]
];

/** The first catalogue's 38 rows, pinned with their TDPs in gpus.test.ts. */
const FIRST_CATALOGUE = [
  'Tesla K80',
  'Tesla P100-PCIE-12GB',
  'Tesla P100-PCIE-16GB',
  'Tesla P100-SXM2-16GB',
  'Tesla V100-PCIE-16GB',
  'Tesla V100-PCIE-32GB',
  'Tesla V100-SXM2-16GB',
  'Tesla V100-SXM2-32GB',
  'Tesla V100S-PCIE-32GB',
  'Tesla T4',
  'NVIDIA A100-PCIE-40GB',
  'NVIDIA A100 80GB PCIe',
  'NVIDIA A100-SXM4-40GB',
  'NVIDIA A100-SXM4-80GB',
  'NVIDIA A10',
  'NVIDIA A10G',
  'NVIDIA A30',
  'NVIDIA A40',
  'NVIDIA L4',
  'NVIDIA L40',
  'NVIDIA L40S',
  'NVIDIA H100 PCIe',
  'NVIDIA H100 SXM5 80GB',
  'NVIDIA H100 NVL',
  'NVIDIA H200 SXM 141GB',
  'NVIDIA H200 NVL',
  'NVIDIA B200',
  'NVIDIA GeForce RTX 3090',
  'NVIDIA GeForce RTX 4090',
  'AMD Instinct MI250X',
  'AMD Instinct MI250',
  'AMD Instinct MI300X',
  'Intel Gaudi 2',
  'Intel Gaudi 3 OAM',
  'Intel Gaudi 3 PCIe',
  'Google TPU v2',
  'Google TPU v3',
  'Google TPU v4'
];

/**
 * nvidia-smi names of cards older than Turing, which NVIDIA's open-gpu-kernel-modules README does not
 * list (the open modules support Turing and later); these are as public `nvidia-smi -L` output shows them.
 */
const PRE_TURING_NVIDIA_SMI_NAMES = new Set([
  'Tesla K80',
  'Tesla M40',
  'Tesla P4',
  'Tesla P40',
  'Tesla P100-PCIE-12GB',
  'Tesla P100-PCIE-16GB',
  'Tesla P100-SXM2-16GB',
  'Tesla V100-PCIE-16GB',
  'Tesla V100-PCIE-32GB',
  'Tesla V100-SXM2-16GB',
  'Tesla V100-SXM2-32GB',
  'Tesla V100S-PCIE-32GB',
  'NVIDIA GeForce GTX 1080',
  'NVIDIA GeForce GTX 1080 Ti',
  'NVIDIA GeForce GTX TITAN X',
  'NVIDIA TITAN X (Pascal)',
  'NVIDIA TITAN Xp',
  'NVIDIA TITAN V'
]);

const row = (name: string) => GPU_CATALOG.find((r) => r.name === name);

describe('rows added for issue 10: the datasheet figure, by catalogue name and by nvidia-smi name', () => {
  test.each(DATASHEET_ROWS)('%s: %d W', (name, tdpW, nvidiaSmi) => {
    expect(findGpu(name)).toEqual({ ok: true, value: expect.objectContaining({ name, tdpW }) });
    expect(row(name)?.source.licence).toBe(FACT);
    expect(row(name)?.nvidiaSmiName).toBe(nvidiaSmi ?? undefined);
    if (nvidiaSmi !== null) {
      const r = findGpu(nvidiaSmi);
      expect(r).toEqual({ ok: true, value: expect.objectContaining({ name, tdpW }) });
      expect(r.ok && r.note).toBeFalsy();
    }
  });
});

describe("rows added for issue 10 from Green Algorithms' TDP_gpu.csv (CC BY 4.0)", () => {
  const published = new Map(readCsvObjects('green-algorithms-TDP_gpu.csv', 1).map((r) => [r.model, Number(r.TDP)]));

  test.each(GREEN_ALGORITHMS_ROWS)('%s -> %s, at the TDP the table gives, citing it', (gaModel, name, nvidiaSmi) => {
    const tdpW = published.get(gaModel);
    expect(tdpW).toBeGreaterThan(0);
    expect(findGpu(name)).toEqual({ ok: true, value: expect.objectContaining({ name, tdpW }) });
    expect(row(name)?.source).toEqual({
      name: `${GREEN_ALGORITHMS_GPU_SOURCE.name}, row "${gaModel}"`,
      url: GREEN_ALGORITHMS_GPU_SOURCE.url,
      licence: 'CC BY 4.0'
    });
    // The spelling Green Algorithms uses resolves too.
    expect(findGpu(gaModel)).toEqual({ ok: true, value: expect.objectContaining({ name }) });
    if (nvidiaSmi !== null) expect(findGpu(nvidiaSmi)).toEqual({ ok: true, value: expect.objectContaining({ name }) });
  });

  test('the catalogue keeps its datasheet where Green Algorithms differs: Tesla K80, 300 W a board of two GPUs', () => {
    const K80_BOARD_W = 300; // NVIDIA's K80 page: 300 W per board, two GPUs per board
    expect(published.get('NVIDIA Tesla K80')).toBe(K80_BOARD_W);
    expect(findGpu('Tesla K80')).toEqual({ ok: true, value: expect.objectContaining({ tdpW: K80_BOARD_W / 2 }) });
    expect(readRepoFile('docs/hardware.md')).toMatch(
      /\| NVIDIA Tesla K80 \| 300 \| .* \| differs from \*\*Tesla K80\*\*/
    );
  });
});

describe('the whole catalogue', () => {
  test('every row has its expected TDP written in a test: the first 38 in gpus.test.ts, the rest here', () => {
    const pinned = new Set([
      ...FIRST_CATALOGUE,
      ...DATASHEET_ROWS.map(([name]) => name),
      ...GREEN_ALGORITHMS_ROWS.map(([, name]) => name)
    ]);
    expect(GPU_CATALOG.map((r) => r.name).filter((n) => !pinned.has(n))).toEqual([]);
    expect(FIRST_CATALOGUE.filter((n) => row(n) === undefined)).toEqual([]);
    expect(GPU_CATALOG).toHaveLength(FIRST_CATALOGUE.length + DATASHEET_ROWS.length + GREEN_ALGORITHMS_ROWS.length);
  });

  test('every nvidia-smi name resolves to its row, without a note, and is among the aliases', () => {
    for (const r of GPU_CATALOG.filter((x) => x.nvidiaSmiName !== undefined)) {
      const smi = r.nvidiaSmiName ?? '';
      expect([smi, smi === r.name || r.aliases.includes(smi)]).toEqual([smi, true]);
      expect([smi, findGpu(smi)]).toEqual([smi, { ok: true, value: expect.objectContaining({ name: r.name }) }]);
    }
  });

  test("every nvidia-smi name of a Turing or later GPU is a product name in NVIDIA's driver table", () => {
    // Extract of the Product Name / PCI ID table of NVIDIA/open-gpu-kernel-modules README.md (595.45.04).
    const productNames = new Set(
      readRepoFile('test/fixtures/catalog/nvidia-open-gpu-kernel-modules-README.extract.md')
        .split('\n')
        .filter((l) => l.startsWith('| ') && !l.startsWith('| Product Name') && !l.startsWith('| ---'))
        .map((l) => l.split('|')[1].trim())
    );
    const unlisted = GPU_CATALOG.map((r) => r.nvidiaSmiName)
      .filter((n): n is string => n !== undefined)
      .filter((n) => !productNames.has(n) && !PRE_TURING_NVIDIA_SMI_NAMES.has(n));
    expect(unlisted).toEqual([]);
  });

  test.each([
    // The cards issue 10 names, as people write them, with the figure the vendor publishes.
    ['RTX A6000', 'NVIDIA RTX A6000', 300],
    ['A6000', 'NVIDIA RTX A6000', 300],
    ['RTX A5000', 'NVIDIA RTX A5000', 230],
    ['RTX 6000 Ada', 'NVIDIA RTX 6000 Ada Generation', 300],
    ['RTX 4080', 'NVIDIA GeForce RTX 4080', 320],
    ['RTX 4070 Ti', 'NVIDIA GeForce RTX 4070 Ti', 285],
    ['GH200', 'NVIDIA GH200 480GB', 1000],
    // Older drivers print GeForce names without "NVIDIA ".
    ['GeForce GTX 1080 Ti', 'NVIDIA GeForce GTX 1080 Ti', 250],
    ['Intel(R) Data Center GPU Max 1550', 'Intel Data Center GPU Max 1550', 600],
    ['MI210', 'AMD Instinct MI210', 300]
  ])('"%s" -> %s, %d W', (input, name, tdpW) => {
    expect(findGpu(input)).toEqual({ ok: true, value: expect.objectContaining({ name, tdpW }) });
  });

  test('real nvidia-smi -q captures: each product name resolves to the default power limit the card reports', () => {
    const dir = join(repoRoot, 'test', 'fixtures', 'catalog', 'nvidia-smi-q');
    const captures = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(captures.length).toBe(3);
    for (const file of captures) {
      const text = readRepoFile(`test/fixtures/catalog/nvidia-smi-q/${file}`);
      const name = /Product Name\s+:\s+(.+)/.exec(text)?.[1].trim() ?? '';
      const limitW = Number(/Default Power Limit\s+:\s+([\d.]+) W/.exec(text)?.[1]);
      expect([file, findGpu(name)]).toEqual([file, { ok: true, value: expect.objectContaining({ tdpW: limitW }) }]);
    }
  });
});

describe('an estimate for a run on RTX A6000s, computed here from the datasheet', () => {
  const RTX_A6000_W = 300; // NVIDIA RTX A6000 product page, max power consumption
  const COUNT = 4;
  const HOURS = 36;
  const UTILIZATION = 0.85;
  const PUE = 1.25;
  const INTENSITY_G_PER_KWH = 400;
  const expectedKWh = ((COUNT * RTX_A6000_W * UTILIZATION) / 1000) * HOURS * PUE; // 45.9 kWh
  const expectedKg = (expectedKWh * INTENSITY_G_PER_KWH) / 1000; // 18.36 kg

  test.each(['NVIDIA RTX A6000', 'RTX A6000', 'a6000'])('gpu.model "%s"', async (model) => {
    const text = `version: 1
runs:
  - name: workstation-finetune
    gpu: { model: "${model}", count: ${COUNT} }
    duration: ${HOURS} h
    utilization: ${UTILIZATION}
    pue: ${PUE}
    intensity: ${INTENSITY_G_PER_KWH} gCO2e/kWh
`;
    const report = await analyze({ manifests: [{ file: 'carbon-manifest.yml', text }], toolVersion: '0.1.0' });
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.runs).toHaveLength(1);
    expect(report.totals.energyKWh).toBeCloseTo(expectedKWh, 9);
    expect(report.totals.emissionsKg).toBeCloseTo(expectedKg, 9);
    expect(report.runs[0].hardware).toContain('NVIDIA RTX A6000');
  });
});
