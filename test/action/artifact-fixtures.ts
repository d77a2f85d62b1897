/**
 * What a matrix training job uploads, built as real zips, with the energy worked out here by hand
 * (trapezoids over the samples written), not by the code under test.
 *
 * Each node n logs one GPU with `nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw
 * --format=csv`, every 60 s for an hour: 61 samples, power 200 + 100 n + 50 (i mod 3) W. The
 * manifest (the same file in every node's artifact, and committed at carbon/carbon-manifest.yml)
 * says PUE 1.5 and 400 g/kWh.
 */
import { buildZip, type ZipEntrySpec } from '../support/zip.js';

/** Seconds between samples, and how many samples each node writes. */
const STEP_S = 60;
const SAMPLES = 61;
const NODE_PUE = 1.5;
const NODE_INTENSITY_G_PER_KWH = 400;

/** The manifest every node uploads at its artifact's root (upload-artifact's `path: carbon/`). */
export const NODE_MANIFEST = `version: 1
runs:
  - name: bert-finetune
    pue: ${NODE_PUE}
    intensity: ${NODE_INTENSITY_G_PER_KWH} g/kWh
    traces: [ "logs/power-*.csv" ]
    trace: { timezone: UTC }
`;

/** Node n's power samples, W. */
function nodePowersW(node: number): number[] {
  return Array.from({ length: SAMPLES }, (_, i) => 200 + 100 * node + 50 * (i % 3));
}

/** Node n's nvidia-smi CSV: 2026-01-10 08:00:00 UTC onwards, one row per sample. */
function nodeCsv(node: number): string {
  const start = Date.UTC(2026, 0, 10, 8, 0, 0);
  const rows = nodePowersW(node).map((p, i) => {
    const t = new Date(start + i * STEP_S * 1000).toISOString(); // 2026-01-10T08:01:00.000Z
    const stamp = `${t.slice(0, 10).replace(/-/g, '/')} ${t.slice(11, 23)}`; // nvidia-smi: 2026/01/10 08:01:00.000
    return `${stamp}, 0, GPU-node-${node}, NVIDIA H100 80GB HBM3, ${p.toFixed(2)} W`;
  });
  return ['timestamp, index, uuid, name, power.draw [W]', ...rows, ''].join('\n');
}

/** Energy of one node by the trapezoid rule, J: each interval is (p0 + p1) / 2 x 60 s. */
function nodeEnergyJ(node: number): number {
  const p = nodePowersW(node);
  let joules = 0;
  for (let i = 1; i < p.length; i++) joules += ((p[i - 1] + p[i]) / 2) * STEP_S;
  return joules;
}

/** Facility energy (kWh) and emissions (kg) of the nodes together, by hand. */
export function expectedTotals(nodes: readonly number[]): { itKWh: number; kWh: number; kg: number } {
  const itKWh = nodes.reduce((sum, n) => sum + nodeEnergyJ(n), 0) / 3.6e6;
  const kWh = itKWh * NODE_PUE;
  return { itKWh, kWh, kg: (kWh * NODE_INTENSITY_G_PER_KWH) / 1000 };
}

/**
 * The zip node n uploads: the manifest (default {@link NODE_MANIFEST}) and its power log; `extra`
 * entries are added as given.
 */
export function nodeZip(node: number, extra: ZipEntrySpec[] = [], manifest = NODE_MANIFEST): Buffer {
  return buildZip([
    { name: 'carbon-manifest.yml', data: manifest },
    { name: `logs/power-node-${node}.csv`, data: nodeCsv(node) },
    ...extra
  ]);
}
