/**
 * Writes a deterministic 8-GPU `nvidia-smi --query-gpu ... --format=csv -l 1` log of about the
 * requested size, and computes its exact expected energy on its own, in integers: powers are
 * whole centiwatts and times whole milliseconds, so the trapezoid sum
 * sum (c_i + c_{i+1}) * (t_{i+1} - t_i) is an exact integer (checked to stay below 2^53) and the
 * only rounding is the final division to kWh.
 *
 * What the log holds, so the reader is exercised as on real logs:
 * - 8 GPUs per tick, 1 s apart, each row's timestamp jittered by 0-19 ms;
 * - distinct power.draw, power.draw.average and power.draw.instant values (the expectation uses
 *   power.draw.average, so reading another column shows);
 * - every 997th tick one GPU's powers are [N/A] (dropped: that GPU's trapezoid spans 2 s there);
 * - the header repeated every 50,000 ticks, as when logs are concatenated;
 * - one 10-minute outage with no rows at all: a gap that must not be bridged.
 *
 * `node` numbers one machine of a matrix job: its GPUs have UUIDs of their own and its powers
 * another random sequence, so the logs of several nodes read together make 8 x nodes devices.
 * Node 0 is the log this generator has always written.
 *
 * Usage: node scripts/bench/generate.mjs OUT.csv SIZE_MB [NODE]  → writes OUT.csv and OUT.csv.json
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';

const GPUS = 8;
const HEADER =
  'timestamp, index, uuid, name, power.draw [W], power.draw.average [W], power.draw.instant [W], power.limit [W], utilization.gpu [%], memory.used [MiB]\n';
const START_MS = Date.UTC(2026, 10, 1, 0, 0, 0);
const NA_EVERY = 997;
const HEADER_EVERY = 50_000;
const OUTAGE_TICKS = 600;
/** Bump when the generated content changes, so cached files are rewritten. */
export const GENERATOR_VERSION = 1;

/** xorshift32: a small, fast, deterministic generator. */
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

const pad2 = (n) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
const watts = (cw) => `${Math.floor(cw / 100)}.${pad2(cw % 100)} W`;

/** Generates the log of machine `node` (0, 1, ...); returns the expectation. */
export function generate(outPath, sizeMB, node = 0) {
  const targetBytes = Math.round(sizeMB * 1e6);
  const fd = openSync(outPath, 'w');
  const next = rng(20261127 + node * 7907);
  const uuids = Array.from(
    { length: GPUS },
    (_, g) =>
      `GPU-${(0x1000 + g).toString(16)}a7e3-51c2-${(0x4d0b + node).toString(16)}-9e7f-${(0xabcdef012345 + g * 7919).toString(16)}`
  );
  // The outage starts at 40% of the expected tick count (about 150 bytes a row).
  const approxTicks = Math.floor(targetBytes / (150 * GPUS));
  const outageAt = Math.floor(approxTicks * 0.4);
  let written = 0;
  let buf = HEADER;
  let minuteKey = -1;
  let minutePrefix = '';
  // Per GPU: last valid sample (time ms, centiwatts), exact sum of (c0 + c1) * dt in cW*ms.
  const lastT = new Array(GPUS).fill(-1);
  const lastC = new Array(GPUS).fill(0);
  let sum2 = 0;
  let samples = 0;
  let dropped = 0;
  let firstMs = Infinity;
  let lastMs = -Infinity;
  let gapIntervals = 0;
  for (let k = 0; written + buf.length < targetBytes; k++) {
    if (k >= outageAt && k < outageAt + OUTAGE_TICKS) continue;
    if (k > 0 && k % HEADER_EVERY === 0) buf += HEADER;
    const base = START_MS + k * 1000;
    for (let g = 0; g < GPUS; g++) {
      const t = base + ((k * 7 + g * 13) % 20);
      const minute = Math.floor(t / 60000);
      if (minute !== minuteKey) {
        minuteKey = minute;
        const d = new Date(minute * 60000);
        minutePrefix = `${d.getUTCFullYear()}/${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:`;
      }
      const msInMinute = t - minute * 60000;
      const ts = `${minutePrefix}${pad2(Math.floor(msInMinute / 1000))}.${pad3(msInMinute % 1000)}`;
      const r = next();
      const avg = 5000 + (r % 65000); // 50.00 .. 699.99 W
      const util = r % 101;
      const mem = 1000 + ((r >>> 8) % 79000);
      if (k % NA_EVERY === 0 && g === k % GPUS) {
        buf += `${ts}, ${g}, ${uuids[g]}, NVIDIA H100 80GB HBM3, [N/A], [N/A], [N/A], 700.00 W, ${util} %, ${mem} MiB\n`;
        dropped++;
      } else {
        buf += `${ts}, ${g}, ${uuids[g]}, NVIDIA H100 80GB HBM3, ${watts(avg + 37)}, ${watts(avg)}, ${watts(avg - 123)}, 700.00 W, ${util} %, ${mem} MiB\n`;
        samples++;
        firstMs = Math.min(firstMs, t);
        lastMs = Math.max(lastMs, t);
        if (lastT[g] >= 0) {
          const dt = t - lastT[g];
          // Only the outage's interval is a gap: every other one is at most about 2 s.
          if (dt > 60_000) gapIntervals++;
          else {
            sum2 += (lastC[g] + avg) * dt;
          }
        }
        lastT[g] = t;
        lastC[g] = avg;
      }
    }
    if (buf.length > 4 * 1024 * 1024) {
      written += writeSync(fd, buf);
      buf = '';
    }
  }
  written += writeSync(fd, buf);
  closeSync(fd);
  if (!Number.isSafeInteger(sum2)) throw new Error('the exact sum left the safe-integer range');
  // cW*ms → J: / 100 (cW → W) / 1000 (ms → s); the trapezoid's 1/2; J → kWh: / 3.6e6.
  const expected = {
    generatorVersion: GENERATOR_VERSION,
    node,
    bytes: written,
    gpus: GPUS,
    samples,
    droppedNA: dropped,
    gapIntervals,
    sumCentiwattMs2: sum2,
    expectedKWh: sum2 / (2 * 100 * 1000 * 3.6e6),
    wallS: (lastMs - firstMs) / 1000,
    columnIntegrated: 'power.draw.average [W]'
  };
  writeFileSync(`${outPath}.json`, JSON.stringify(expected, null, 2));
  return expected;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) {
  const [out, size, node] = process.argv.slice(2);
  console.log(JSON.stringify(generate(out, Number(size), Number(node ?? 0))));
}
