/**
 * The trace pipeline fed the way the file reader feeds it: views of ONE reused buffer, each valid
 * only until the next block is asked for. Every format must give exactly what it gives on fresh
 * chunks (a parser that kept a view across blocks would read overwritten bytes), and the result
 * must not depend on the block size (a line too long to be a row is dropped whether or not it
 * straddles two blocks).
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { measureTraces, type Measurement, type TraceFile } from '../../../src/core/traces/index.js';
import { MAX_LINE_BYTES } from '../../../src/core/traces/stream.js';
import { fixturePath, memoryFile } from './helpers.js';

/** A trace file whose chunks are views of one buffer that is overwritten by every read. */
function reusedBufferFile(path: string, bytes: Uint8Array, blockBytes: number): TraceFile {
  return {
    path,
    async *open() {
      const buffer = new Uint8Array(blockBytes);
      for (let at = 0; at < bytes.length; at += blockBytes) {
        const n = Math.min(blockBytes, bytes.length - at);
        buffer.set(bytes.subarray(at, at + n));
        yield buffer.subarray(0, n);
        // Poison the buffer once the consumer asks for more: kept views read garbage.
        buffer.fill(0x23);
      }
    }
  };
}

/** Everything of a measurement that must not change with how the bytes arrive. */
function essence(m: Measurement): unknown {
  return {
    summary: m.summary,
    detail: m.detail,
    hours: [...m.hourly.energyByHourKWh],
    untimed: m.hourly.untimedEnergyKWh,
    diagnostics: m.diagnostics
  };
}

const FIXTURES = [
  'nvidia-smi/h200-2026-11-27/query-gpu.csv',
  'nvidia-smi/h100-query-gpu-idle-then-load.csv',
  'nvidia-smi/h200-2026-11-27/dmon.txt',
  'traces/node-b-power.csv',
  'traces/node-c-energy.jsonl',
  'codecarbon/v2.7-emissions.csv',
  'rapl/rapl-long.csv',
  'dcgm/scrapes-with-markers-k8s.prom',
  'dcgm/query-range.json'
];

describe('a reused block buffer', () => {
  it.each(FIXTURES)('%s: the same measurement as on fresh chunks, plain and gzip', async (fixture) => {
    const bytes = new Uint8Array(readFileSync(fixturePath(fixture)));
    const reference = essence(await measureTraces([memoryFile(fixture, bytes, 1 << 20)], {}));
    for (const block of [7, 1000, 16 * 1024 + 3, 4 * 1024 * 1024]) {
      const plain = await measureTraces([reusedBufferFile(fixture, bytes, block)], {});
      expect(essence(plain)).toEqual(reference);
    }
    const packed = new Uint8Array(gzipSync(bytes));
    const gz = await measureTraces([reusedBufferFile(fixture, packed, 1000)], {});
    const gzReference = await measureTraces([memoryFile(fixture, packed)], {});
    expect(essence(gz)).toEqual(essence(gzReference));
    expect(gz.summary.itEnergyKWh).toBe((reference as { summary: { itEnergyKWh: number } }).summary.itEnergyKWh);
  });
});

describe('a line longer than any row', () => {
  const header = 'timestamp, index, power.draw [W]\n';
  const row = (s: number, w: number): string => `2026/11/27 10:00:${String(s).padStart(2, '0')}.000, 0, ${w} W\n`;
  // Rows at 0..3 s and 5..6 s at 100 W; between them a 1.5 MiB junk line that must be dropped.
  const junk = `2026/11/27 10:00:04.000, 0, 100 W, ${'x'.repeat(MAX_LINE_BYTES + MAX_LINE_BYTES / 2)}\n`;
  const text = header + row(0, 100) + row(1, 100) + row(2, 100) + row(3, 100) + junk + row(5, 100) + row(6, 100);
  const bytes = new TextEncoder().encode(text);

  it.each([4 * 1024 * 1024, 64 * 1024, 1000])('is dropped at its line whatever the block size (%i)', async (block) => {
    const m = await measureTraces([reusedBufferFile('big.csv', bytes, block)], { maxGapS: 10 });
    // 100 W from 0 s to 6 s, bridged over the dropped line (gap of 2 s under the 10 s maximum).
    expect(m.summary.itEnergyKWh * 3.6e6).toBeCloseTo(100 * 6, 9);
    expect(m.summary.droppedSamples).toBe(1);
    const malformed = m.diagnostics.find((d) => d.code === 'traces/dropped-malformed-row');
    expect(malformed?.line).toBe(6);
  });

  it('is dropped by the line readers too, whether or not it straddles chunks', async () => {
    const jsonl = `{"timestamp": 0, "power_w": 100}\n{"x": "${'y'.repeat(MAX_LINE_BYTES + 10)}"}\n{"timestamp": 1, "power_w": 100}\n`;
    const data = new TextEncoder().encode(jsonl);
    const whole = await measureTraces([reusedBufferFile('a.jsonl', data, 4 * 1024 * 1024)], {});
    const cut = await measureTraces([reusedBufferFile('a.jsonl', data, 4096)], {});
    expect(essence(whole)).toEqual(essence(cut));
  });
});
