/**
 * Bad input never throws and never yields a silent number: random bytes and mutilated logs, read
 * with every format forced, end in diagnostics. (A parser that threw would show up as
 * `traces/read-failed`.)
 */
import { measureTraces } from '../../../src/core/traces/index.js';
import { memoryFile } from './helpers.js';

const VALID: Record<string, string> = {
  'nvidia-smi-csv':
    'timestamp, index, uuid, power.draw [W], power.draw.average [W]\n2026/11/27 10:00:00.000, 0, GPU-a, 100.00 W, 99.00 W\n2026/11/27 10:00:01.000, 0, GPU-a, 120.00 W, 119.00 W\n',
  'nvidia-smi-dmon':
    '#Date        Time         gpu    pwr\n#YYYYMMDD    HH:MM:SS     Idx      W\n 20261127    10:00:00       0     79\n 20261127    10:00:01       0     80\n',
  csv: 'timestamp,host,power [W]\n2026-11-27T10:00:00Z,a,100\n2026-11-27T10:00:01Z,a,100\n',
  jsonl:
    '{"timestamp": "2026-11-27T10:00:00Z", "power_w": 100}\n{"timestamp": "2026-11-27T10:00:01Z", "power_w": 100}\n'
};

function rng(seed: number) {
  let x = seed >>> 0;
  return () => (x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe.each(Object.keys(VALID))('%s', (format) => {
  test('random bytes', async () => {
    const rand = rng(7);
    for (let k = 0; k < 40; k++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(rand() * 3000) }, () => Math.floor(rand() * 256));
      if (bytes[0] === 0x1f) bytes[0] = 0; // not gzip: that path has its own tests
      const m = await measureTraces([memoryFile('x', bytes, 1 + Math.floor(rand() * 500))], { format });
      expect(m.diagnostics.filter((d) => d.code === 'traces/read-failed')).toEqual([]);
      if (m.summary.samples === 0) expect(m.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });

  test('a valid log with bytes flipped, cut and repeated', async () => {
    const rand = rng(11);
    const base = new TextEncoder().encode(VALID[format]);
    for (let k = 0; k < 200; k++) {
      const b = Array.from(base);
      for (let n = 0; n < 1 + Math.floor(rand() * 6); n++) {
        const i = Math.floor(rand() * b.length);
        const op = rand();
        if (op < 0.4) b[i] = Math.floor(rand() * 128);
        else if (op < 0.6) b.splice(i, 1 + Math.floor(rand() * 10));
        else if (op < 0.8) b.splice(i, 0, ...b.slice(i, i + Math.floor(rand() * 40)));
        else b.splice(i, 0, [44, 10, 13, 91, 34, 123][Math.floor(rand() * 6)]);
      }
      const m = await measureTraces([memoryFile('x', Uint8Array.from(b), 1 + Math.floor(rand() * 64))], { format });
      expect(m.diagnostics.filter((d) => d.code === 'traces/read-failed')).toEqual([]);
      expect(Number.isFinite(m.summary.itEnergyKWh) && m.summary.itEnergyKWh >= 0).toBe(true);
      if (m.summary.samples === 0) expect(m.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });
});
