/**
 * nvidia-smi --query-gpu CSV: every variant and rule, with energies computed by hand in the test,
 * and the real H100 capture (nvidia_gpu_exporter, MIT) and H200 recordings (ours).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { measureTraces } from '../../../src/core/traces/index.js';
import { format as nvidiaSmiCsv } from '../../../src/core/traces/formats/nvidia-smi-csv.js';
import { chunksOf, codes, FIXTURES, fixtureFile, memoryFile, recordingSink, relDiff, utc, zoneOf } from './helpers.js';

const J_PER_KWH = 3.6e6;
const HEADER = 'timestamp, index, name, power.draw [W], power.draw.average [W], power.draw.instant [W]';

/** Two GPUs, three samples each; each power column has different values, so a wrong column shows. */
const TWO_GPUS =
  [
    HEADER,
    '2026/11/27 10:00:00.000, 0, NVIDIA H200, 101.00 W, 100.00 W, 99.00 W',
    '2026/11/27 10:00:00.010, 1, NVIDIA H200, 51.00 W, 50.00 W, 49.00 W',
    '2026/11/27 10:00:01.000, 0, NVIDIA H200, 201.00 W, 200.00 W, 199.00 W',
    '2026/11/27 10:00:01.010, 1, NVIDIA H200, 51.00 W, 50.00 W, 49.00 W',
    '2026/11/27 10:00:02.500, 0, NVIDIA H200, 301.00 W, 300.00 W, 299.00 W',
    '2026/11/27 10:00:02.510, 1, NVIDIA H200, 51.00 W, 50.00 W, 49.00 W'
  ].join('\n') + '\n';
// GPU 0: 0.5*(100+200)*1.0 + 0.5*(200+300)*1.5 = 150 + 375; GPU 1: 50 W * 2.5 s = 125.
const TWO_GPUS_J = 150 + 375 + 125;

async function measure(content: string, options = {}, chunkSize?: number) {
  return measureTraces([memoryFile('gpu.csv', content, chunkSize)], options);
}

describe('nvidia-smi CSV: columns and variants', () => {
  test('integrates power.draw.average per GPU index', async () => {
    const m = await measure(TWO_GPUS);
    expect(m.summary.formats).toEqual(['nvidia-smi-csv']);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(TWO_GPUS_J, 9);
    expect(m.detail.components.gpuKWh).toBe(m.summary.itEnergyKWh);
    expect(m.summary.devices).toBe(2);
    expect(m.summary.samples).toBe(6);
    expect(m.summary.droppedSamples).toBe(0);
    expect(m.diagnostics).toEqual([]);
    expect(m.summary.notes.join('\n')).toContain(
      'integrated power.draw.average (preferred over power.draw, power.draw.instant) per index'
    );
  });

  test('falls back to power.draw, then power.draw.instant, when the preferred columns are absent', async () => {
    const onlyDraw = TWO_GPUS.split('\n')
      .map((l) =>
        l
          .split(', ')
          .filter((_, i) => i !== 4)
          .join(', ')
      )
      .join('\n');
    // power.draw is the average value + 1 W: GPU 0: 0.5*(101+201)*1 + 0.5*(201+301)*1.5; GPU 1: 51 * 2.5
    expect((await measure(onlyDraw)).summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(151 + 376.5 + 127.5, 9);
    const onlyInstant = TWO_GPUS.split('\n')
      .map((l) =>
        l
          .split(', ')
          .filter((_, i) => i !== 3 && i !== 4)
          .join(', ')
      )
      .join('\n');
    // instant is the average - 1 W: 0.5*(99+199)*1 + 0.5*(199+299)*1.5 + 49 * 2.5
    expect((await measure(onlyInstant)).summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(149 + 373.5 + 122.5, 9);
  });

  test('uses the next power column in a row where the preferred one is unavailable', async () => {
    const log = [
      'timestamp, index, power.draw.average [W], power.draw [W]',
      '2026/11/27 10:00:00.000, 0, [N/A], 100.00 W',
      '2026/11/27 10:00:01.000, 0, [N/A], 300.00 W'
    ].join('\n');
    const m = await measure(log);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(0.5 * (100 + 300) * 1, 9);
    expect(m.summary.notes.join('\n')).toContain('power.draw.average was unavailable in 2 row(s) (first at line 2)');
  });

  test('a columns map picks another power column', async () => {
    const m = await measure(TWO_GPUS, { columns: { power: 'power.draw.instant' } });
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(149 + 373.5 + 122.5, 9);
  });

  test('nounits with a header', async () => {
    const log = [
      'timestamp, index, power.draw [W]',
      '2026/11/27 10:00:00.000, 0, 100.00',
      '2026/11/27 10:00:02.000, 0, 200.00'
    ].join('\n');
    expect((await measure(log)).summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(0.5 * (100 + 200) * 2, 9);
  });

  test('noheader,nounits with the columns named in the options', async () => {
    const log = [
      '2026/11/27 10:00:00.000, 0, 100.00',
      '2026/11/27 10:00:00.000, 1, 10.00',
      '2026/11/27 10:00:04.000, 0, 200.00',
      '2026/11/27 10:00:04.000, 1, 30.00'
    ].join('\n');
    const m = await measure(log, { columns: ['timestamp', 'index', 'power.draw'] });
    // GPU 0: 0.5*(100+200)*4; GPU 1: 0.5*(10+30)*4
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(600 + 80, 9);
    expect(m.summary.devices).toBe(2);
  });

  test('noheader without columns is an error that says what to add', async () => {
    const log = ['2026/11/27 10:00:00.000, 0, 100.00', '2026/11/27 10:00:04.000, 0, 200.00'].join('\n');
    const m = await measure(log);
    const err = m.diagnostics.find((d) => d.code === 'traces/nvidia-smi-no-header');
    expect(err).toMatchObject({ severity: 'error', file: 'gpu.csv', line: 1 });
    expect(err?.message).toContain('columns: [timestamp, index, power.draw]');
    expect(m.summary.itEnergyKWh).toBe(0);
  });

  test('a missing power column is an error with the closest name', async () => {
    const log = ['timestamp, index, power.drw [W]', '2026/11/27 10:00:00.000, 0, 100.00 W'].join('\n');
    const m = await measure(log);
    const err = m.diagnostics.find((d) => d.code === 'traces/nvidia-smi-no-power');
    expect(err?.severity).toBe('error');
    expect(err?.message).toContain('Did you mean "power.drw"?');
  });

  test('an unknown column in the columns map is an error with the closest name', async () => {
    const m = await measure(TWO_GPUS, { columns: { power: 'power.draw.avrage' } });
    const err = m.diagnostics.find((d) => d.code === 'traces/unknown-column');
    expect(err?.message).toMatch(/Did you mean .*"power\.draw\.average"/);
  });

  test('groups by uuid, so equal indexes from two hosts stay apart', async () => {
    const log = [
      'timestamp, index, uuid, power.draw [W]',
      '2026/11/27 10:00:00.000, 0, GPU-aaaa, 100 W',
      '2026/11/27 10:00:00.000, 0, GPU-bbbb, 200 W',
      '2026/11/27 10:00:01.000, 0, GPU-aaaa, 100 W',
      '2026/11/27 10:00:01.000, 0, GPU-bbbb, 200 W'
    ].join('\n');
    const m = await measure(log);
    expect(m.summary.devices).toBe(2);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(100 + 200, 9);
    expect(m.summary.droppedSamples).toBe(0);
  });

  test("columns in another order: index first, as in NVIDIA's KB example", async () => {
    // The first row is the documented example (FORMATS.md 8.1); the second is one second later.
    const log = [
      'index, timestamp, power.draw [W], clocks.current.sm [MHz], clocks.current.memory [MHz], clocks.current.graphics [MHz]',
      '0, 2019/08/23 14:54:47.307, 208.36 W, 1545 MHz, 6800 MHz, 1545 MHz',
      '0, 2019/08/23 14:54:48.307, 210.00 W, 1545 MHz, 6800 MHz, 1545 MHz'
    ].join('\n');
    const m = await measure(log);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(0.5 * (208.36 + 210.0) * 1, 9);
    expect([...m.hourly.energyByHourKWh.keys()]).toEqual([utc(2019, 8, 23, 14)]);
  });

  test('without a device column all rows are one GPU', async () => {
    const sink = recordingSink();
    await nvidiaSmiCsv.parse(chunksOf('timestamp, power.draw [W]\n2026/11/27 10:00:00.000, 5 W\n'), sink, {
      file: 'x',
      devicePrefix: 'p#'
    });
    expect(sink.rec.power).toEqual([
      { device: 'p#gpu', timeMs: utc(2026, 11, 27, 10), powerW: 5, line: 2, component: undefined }
    ]);
  });
});

describe('nvidia-smi CSV: bad values and lines', () => {
  test.each<[string, string, string]>([
    ['[N/A]', '[N/A]', 'unavailable'],
    ['[Not Supported]', '[Not Supported]', 'unavailable'],
    ['[Unknown Error]', '[Unknown Error]', 'unavailable'],
    ['a blank value', '', 'unavailable'],
    ['a non-numeric value', 'abc W', 'non-numeric'],
    ['a negative value', '-5.00 W', 'negative'],
    ['an implausible value', '2500.00 W', 'implausible']
  ])('drops %s, counted with its line', async (_name, value, reason) => {
    const log = [
      'timestamp, index, power.draw [W]',
      '2026/11/27 10:00:00.000, 0, 100.00 W',
      `2026/11/27 10:00:01.000, 0, ${value}`,
      '2026/11/27 10:00:02.000, 0, 100.00 W'
    ].join('\n');
    const m = await measure(log);
    // the dropped sample is skipped: 100 W over 2 s
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(200, 9);
    expect(m.summary.droppedSamples).toBe(1);
    const d = m.diagnostics.find((x) => x.code === `traces/dropped-${reason}`);
    expect(d).toMatchObject({ file: 'gpu.csv', line: 3 });
    expect(m.summary.notes.join('\n')).toContain('Dropped 1 sample');
  });

  test('drops unreadable timestamps and short rows', async () => {
    const log = [
      'timestamp, index, power.draw [W]',
      '2026/11/27 10:00:00.000, 0, 100.00 W',
      '2026/13/45 10:00:01.000, 0, 999.00 W',
      'yesterday, 0, 999.00 W',
      '2026/11/27 10:00:01.500, 0',
      '2026/11/27 10:00:02.000, 0, 100.00 W'
    ].join('\n');
    const m = await measure(log);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(200, 9);
    expect(codes(m.diagnostics).sort()).toEqual(['traces/dropped-bad-timestamp', 'traces/dropped-malformed-row']);
    expect(m.diagnostics.find((d) => d.code === 'traces/dropped-bad-timestamp')?.message).toContain('lines 3, 4');
  });

  test('skips repeated headers of concatenated logs and reads a new header layout', async () => {
    const log = [
      'timestamp, index, power.draw [W]',
      '2026/11/27 10:00:00.000, 0, 100.00 W',
      'timestamp, index, power.draw [W]',
      '2026/11/27 10:00:01.000, 0, 200.00 W',
      'index, power.draw [W], timestamp',
      '0, 300.00 W, 2026/11/27 10:00:02.000'
    ].join('\n');
    const m = await measure(log);
    // 0.5*(100+200)*1 + 0.5*(200+300)*1
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(150 + 250, 9);
    expect(m.summary.droppedSamples).toBe(0);
    expect(m.summary.notes).toContain('gpu.csv: 1 repeated header line(s) skipped (logs concatenated).');
  });

  test('CRLF line ends, a BOM, blank lines and no final newline', async () => {
    const log =
      '\uFEFF' +
      [
        'timestamp, index, power.draw [W]',
        '2026/11/27 10:00:00.000, 0, 100.00 W',
        '',
        '2026/11/27 10:00:03.000, 0, 100.00 W'
      ].join('\r\n');
    const m = await measure(log);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(300, 9);
    expect(m.diagnostics).toEqual([]);
  });

  test.each([1, 2, 3, 7, 16, 61, 4096])('the same result whatever the chunk size (%i bytes)', async (chunkSize) => {
    const bad = TWO_GPUS.replace(
      '2026/11/27 10:00:01.010, 1, NVIDIA H200, 51.00 W, 50.00 W, 49.00 W',
      '2026/11/27 10:00:01.010, 1, NVIDIA H200, [N/A], [N/A], [N/A]'
    );
    const m = await measure(bad, {}, chunkSize);
    // GPU 1 loses its middle sample: still 50 W over 2.5 s.
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(TWO_GPUS_J, 9);
    expect(m.diagnostics.map((d) => [d.code, d.line])).toEqual([['traces/dropped-unavailable', 5]]);
  });

  test('an overlong line is dropped once, not buffered', async () => {
    const log = `timestamp, index, power.draw [W]\n2026/11/27 10:00:00.000, 0, 100.00 W\n${'x'.repeat(1_500_000)}\n2026/11/27 10:00:01.000, 0, 100.00 W\n`;
    const m = await measure(log, {}, 65536);
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(100, 9);
    expect(m.diagnostics.find((d) => d.code === 'traces/dropped-malformed-row')?.line).toBe(3);
  });

  test('a million unavailable rows are summarised in one diagnostic', async () => {
    const rows = ['timestamp, index, power.draw [W]', '2026/11/27 00:00:00.000, 0, 100.00 W'];
    for (let i = 0; i < 1_000_000; i++) rows.push('2026/11/27 00:00:00.500, 1, [N/A]');
    rows.push('2026/11/27 00:00:01.000, 0, 100.00 W');
    const m = await measure(rows.join('\n'));
    expect(m.summary.droppedSamples).toBe(1_000_000);
    expect(m.diagnostics).toEqual([
      {
        severity: 'notice',
        code: 'traces/dropped-unavailable',
        message:
          'Dropped 1000000 samples with unavailable values ([N/A], [Not Supported], blank) at lines 3, 4, 5, 6, 7 and 999995 more (first: [N/A]).',
        file: 'gpu.csv',
        line: 3
      }
    ]);
  });
});

describe('nvidia-smi CSV: the fast path and the general path agree', () => {
  test('a log with every kind of odd row reads the same in one chunk as byte by byte', async () => {
    // One-byte chunks send every line through the carry buffer and the general reader; one big
    // chunk sends most rows through the fast path. Both must give the same result.
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const rows = ['timestamp, index, uuid, name, power.draw [W], power.draw.average [W]'];
    for (let k = 0; k < 3000; k++) {
      const g = k % 5;
      const ms = k * 250 + Math.floor(rand() * 20);
      const d = new Date(utc(2026, 11, 27, 23, 50) + ms).toISOString();
      const ts = `${d.slice(0, 10).replace(/-/g, '/')} ${d.slice(11, 23)}`;
      const r = rand();
      const avg =
        r < 0.03
          ? '[N/A]'
          : r < 0.05
            ? '-3.00 W'
            : r < 0.06
              ? 'abc'
              : r < 0.07
                ? '2500.00 W'
                : r < 0.08
                  ? ''
                  : `${(rand() * 700).toFixed(2)} W`;
      const draw = r < 0.015 ? '[N/A]' : `${(rand() * 700).toFixed(2)} W`;
      const uuid = `GPU-${g}${g}${g}${g}-${rand() < 0.01 ? 'x' : 'a'}`;
      if (r > 0.995) rows.push(rows[0]);
      else if (r > 0.99) rows.push('# a comment');
      else if (r > 0.985) rows.push(`${ts}, ${g}`);
      else rows.push(`${rand() < 0.5 ? ts : ` ${ts} `}, ${g}, ${uuid}, NVIDIA H100, ${draw}, ${avg}`);
    }
    for (const eol of ['\n', '\r\n']) {
      const log = rows.join(eol);
      const big = await measure(log, {}, 1 << 20);
      const bytewise = await measure(log, {}, 1);
      expect(bytewise.summary.itEnergyKWh).toBe(big.summary.itEnergyKWh);
      expect(bytewise.summary.samples).toBe(big.summary.samples);
      expect(bytewise.summary.droppedSamples).toBe(big.summary.droppedSamples);
      expect(bytewise.diagnostics).toEqual(big.diagnostics);
      expect([...bytewise.hourly.energyByHourKWh]).toEqual([...big.hourly.energyByHourKWh]);
      expect(big.summary.samples).toBeGreaterThan(2500);
      expect(big.summary.devices).toBeGreaterThan(5);
      expect(big.diagnostics.length).toBeGreaterThan(4);
    }
  });
});

describe('nvidia-smi CSV: the bytes between the time and the power', () => {
  // The fast path compares a row's bytes from the time's end to the first power column with the
  // predicted GPU's previous row's, whole. Each row below changes those bytes in another way; the
  // samples must be what reading every field says, in one chunk (fast path) as byte by byte.
  const H = 'timestamp, index, uuid, name, power.draw.average [W]';
  const at = (s: number) => `2026/11/27 10:00:0${s}.000`;
  const LOG = [
    H,
    `${at(0)}, 0, GPU-0, H100, 100.00 W`,
    `${at(0)}, 1, GPU-1, H100, 50.00 W`,
    `${at(1)}, 0, GPU-0, H100, 200.00 W`,
    `${at(1)}, 1, GPU-1, H100, 50.00 W`,
    // A uuid one byte off GPU-0's, where GPU-0 is predicted: a device of its own.
    `${at(2)}, 0, GPU-2, H100, 400.00 W`,
    `${at(2)}, 0, GPU-0, H100, 300.00 W`,
    // A comma inside the name: the power column now holds "extra", which is no number.
    `${at(2)}, 1, GPU-1, H100, extra, 50.00 W`,
    // Another index, the same uuid: still GPU-0.
    `${at(3)}, 7, GPU-0, H100, 300.00 W`,
    `${at(3)}, 1, GPU-1, H100, 50.00 W`,
    `${at(3)}, 0, GPU-2, H100, 400.00 W`,
    // The name padded: other bytes, the same fields.
    `${at(4)}, 1, GPU-1,  H100 , 50.00 W`
  ].join('\n');

  test.each([1 << 20, 1])('read in chunks of %i bytes', async (chunkSize) => {
    const sink = recordingSink();
    await nvidiaSmiCsv.parse(chunksOf(LOG, chunkSize), sink, {
      file: 'gpu.csv',
      devicePrefix: '',
      zone: zoneOf(undefined)
    });
    const t = (s: number) => utc(2026, 11, 27, 10, 0, s);
    expect(sink.rec.power.map((p) => [p.device, p.timeMs, p.powerW, p.line])).toEqual([
      ['GPU-0', t(0), 100, 2],
      ['GPU-1', t(0), 50, 3],
      ['GPU-0', t(1), 200, 4],
      ['GPU-1', t(1), 50, 5],
      ['GPU-2', t(2), 400, 6],
      ['GPU-0', t(2), 300, 7],
      ['GPU-0', t(3), 300, 9],
      ['GPU-1', t(3), 50, 10],
      ['GPU-2', t(3), 400, 11],
      ['GPU-1', t(4), 50, 12]
    ]);
    expect(sink.rec.drops).toEqual([{ reason: 'non-numeric', line: 8, detail: 'extra' }]);
  });

  test('a column between them that changes on every row is read field by field, as many rows as it takes', async () => {
    // memory.used sits between the name and the power: the bytes differ on every row, so no
    // comparison matches and the reader stops keeping them; the energy is the closed form.
    const rows = ['timestamp, index, memory.used [MiB], power.draw [W]'];
    const gpus = 4;
    const seconds = 3000;
    for (let s = 0; s < seconds; s++) {
      const d = new Date(utc(2026, 11, 27) + s * 1000).toISOString();
      const ts = `${d.slice(0, 10).replace(/-/g, '/')} ${d.slice(11, 23)}`;
      for (let g = 0; g < gpus; g++) rows.push(`${ts}, ${g}, ${s * 7 + g} MiB, ${100 + 10 * g}.00 W`);
    }
    const log = rows.join('\n') + '\n';
    const big = await measure(log, {}, 1 << 20);
    // GPU g draws 100 + 10 g W for seconds - 1 s.
    const expectedJ = Array.from({ length: gpus }, (_, g) => (100 + 10 * g) * (seconds - 1)).reduce((a, b) => a + b);
    expect(big.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(expectedJ, 6);
    expect(big.summary.samples).toBe(gpus * seconds);
    // Seven-byte chunks: nearly every line is cut, so the general path reads it.
    const cut = await measure(log, {}, 7);
    expect(cut.summary.itEnergyKWh).toBe(big.summary.itEnergyKWh);
  });
});

describe('nvidia-smi CSV: time zones', () => {
  const row = (ts: string) => `timestamp, index, power.draw [W]\n${ts}, 0, 100.00 W\n`;
  test.each<[string, string | undefined, number]>([
    ['UTC by default', undefined, utc(2026, 7, 14, 8, 12, 38, 696)],
    ['a +05:30 offset', '+05:30', utc(2026, 7, 14, 2, 42, 38, 696)],
    ['a -0800 offset', '-0800', utc(2026, 7, 14, 16, 12, 38, 696)],
    ['New York in summer (EDT, UTC-4)', 'America/New_York', utc(2026, 7, 14, 12, 12, 38, 696)]
  ])('%s', async (_name, timezone, expectedMs) => {
    const sink = recordingSink();
    await nvidiaSmiCsv.parse(chunksOf(row('2026/07/14 08:12:38.696')), sink, {
      file: 'x',
      devicePrefix: '',
      zone: zoneOf(timezone)
    });
    expect(sink.rec.power[0].timeMs).toBe(expectedMs);
  });

  test('New York in winter is UTC-5, and the cache follows a change of minute', async () => {
    const sink = recordingSink();
    const log = 'timestamp, index, power.draw [W]\n2026/01/14 08:12:59.999, 0, 1 W\n2026/01/14 08:13:00.001, 0, 1 W\n';
    await nvidiaSmiCsv.parse(chunksOf(log), sink, { file: 'x', devicePrefix: '', zone: zoneOf('America/New_York') });
    expect(sink.rec.power.map((p) => p.timeMs)).toEqual([
      utc(2026, 1, 14, 13, 12, 59, 999),
      utc(2026, 1, 14, 13, 13, 0, 1)
    ]);
  });

  test('an unknown zone is an error with suggestions', async () => {
    const m = await measure(TWO_GPUS, { timezone: 'Europe/Berln' });
    expect(m.diagnostics[0].code).toBe('traces/bad-timezone');
    expect(m.diagnostics[0].message).toContain('Europe/Berlin');
  });
});

describe('nvidia-smi CSV: detection', () => {
  test.each<[string, string, boolean]>([
    ['a header with units', HEADER, true],
    ['a noheader row', '2026/11/27 05:02:35.255, 0, 79.11', true],
    ['a generic CSV', 'timestamp,power_w\n2026-11-27T05:02:35Z,79', false],
    ['dmon', '# gpu    pwr  gtemp', false]
  ])('%s → %s', (_name, head, expected) => {
    expect(nvidiaSmiCsv.detect(head, 'x.csv')).toBe(expected);
  });
});

describe('nvidia-smi CSV: a generated week-like log', () => {
  test('8 GPUs at 1 s for 10,000 s, constant powers, equals the closed form', async () => {
    const rows = [HEADER];
    const t0 = utc(2026, 11, 1);
    for (let k = 0; k <= 10_000; k++) {
      const date = new Date(t0 + k * 1000).toISOString().replace('T', ' ').replace('Z', '').replace(/-/g, '/');
      for (let g = 0; g < 8; g++) rows.push(`${date}, ${g}, NVIDIA H100, 1.00 W, ${100 + 10 * g}.00 W, 1.00 W`);
    }
    const m = await measure(rows.join('\n') + '\n');
    // GPU g draws 100 + 10 g W for 10,000 s: sum = 10,000 * (8*100 + 10*(0+1+...+7)) = 10,000 * 1080 J
    expect(m.summary.itEnergyKWh).toBeCloseTo((10_000 * 1080) / J_PER_KWH, 12);
    expect(m.summary.coverage).toBe(1);
    expect(m.summary.wallTimeS).toBe(10_000);
    // hours: the run spans 00:00:00 to 02:46:40 → 3600 s, 3600 s and 2800 s at 1080 W in all
    expect([...m.hourly.energyByHourKWh.values()].map((v) => v * J_PER_KWH)).toEqual(
      [3600 * 1080, 3600 * 1080, 2800 * 1080].map((x) => expect.closeTo(x, 6))
    );
  });
});

describe('real captures', () => {
  test('H100 (nvidia_gpu_exporter): two concatenated query-gpu outputs, idle then load', async () => {
    const m = await measureTraces([fixtureFile('nvidia-smi/h100-query-gpu-idle-then-load.csv')], {});
    // power.draw.average 69.85 W at 08:12:38.696 and 631.95 W at 08:12:53.353 (14.657 s apart)
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(0.5 * (69.85 + 631.95) * 14.657, 9);
    expect(m.summary.devices).toBe(1);
    expect(m.diagnostics).toEqual([]);
  });

  const H200 = path.join(FIXTURES, 'nvidia-smi/h200-2026-11-27');
  /**
   * An independent reading of the capture: split on ", ", Date.UTC on the fields (ms, so that
   * differences stay exact), parseFloat on the power; and the trapezoid written out.
   */
  function readQueryGpu(file: string, powerColumn: number) {
    const lines = readFileSync(path.join(H200, file), 'utf8').trim().split('\n');
    return lines
      .filter((l) => /^\d{4}\//.test(l))
      .map((l) => {
        const f = l.split(', ');
        const [, y, mo, d, h, mi, s, ms] = /^(\d+)\/(\d+)\/(\d+) (\d+):(\d+):(\d+)\.(\d+)$/.exec(f[0])!.map(Number);
        return { tMs: Date.UTC(y, mo - 1, d, h, mi, s, ms), w: parseFloat(f[powerColumn]), line: l };
      });
  }
  const trapezoidJ = (pts: { tMs: number; w: number }[]) =>
    pts.slice(1).reduce((sum, p, i) => sum + (0.5 * (pts[i].w + p.w) * (p.tMs - pts[i].tMs)) / 1000, 0);
  /** The NVML total-energy counter (mJ) and power (mW) recorded beside it. */
  function readNvml() {
    return readFileSync(path.join(H200, 'nvml-energy.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => {
        const f = l.split(',');
        return { tMs: Date.parse(f[0]), j: Number(f[2]) / 1000, w: Number(f[3]) / 1000 };
      });
  }
  /** The counter interpolated linearly at a time inside its span. */
  const counterAt = (nvml: ReturnType<typeof readNvml>, tMs: number) => {
    const i = nvml.findIndex((r, k) => k + 1 < nvml.length && nvml[k + 1].tMs >= tMs);
    const a = nvml[i];
    const b = nvml[i + 1];
    return a.j + ((b.j - a.j) * (tMs - a.tMs)) / (b.tMs - a.tMs);
  };

  test('H200 query-gpu.csv (500 ms loop): the trapezoid of power.draw.average', async () => {
    const m = await measureTraces([fixtureFile('nvidia-smi/h200-2026-11-27/query-gpu.csv')], {});
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(trapezoidJ(readQueryGpu('query-gpu.csv', 5)), 8);
    expect(m.summary.samples).toBe(114);
    expect(m.summary.coverage).toBe(1);
    expect(m.diagnostics).toEqual([]);
  });

  test('H200: nvidia-smi agrees with the NVML energy counter over the same window', async () => {
    const nvml = readNvml();
    const header = readFileSync(path.join(H200, 'query-gpu.csv'), 'utf8').split('\n')[0];
    // The query-gpu rows inside the NVML log's span (the two loggers started and stopped apart).
    const window = readQueryGpu('query-gpu.csv', 5).filter(
      (p) => p.tMs >= nvml[0].tMs && p.tMs <= nvml[nvml.length - 1].tMs
    );
    expect(window.length).toBeGreaterThan(100);
    const m = await measureTraces([memoryFile('window.csv', [header, ...window.map((p) => p.line)].join('\n'))], {});
    const nvmlJ = counterAt(nvml, window[window.length - 1].tMs) - counterAt(nvml, window[0].tMs);
    // Two instruments: nvidia-smi's power.draw.average (a 1 s average sampled every 0.5 s,
    // +/- 5 W per NVIDIA's help text) against the driver's energy counter, interpolated
    // linearly to the same first and last instants. Over ~54 s that spans idle, full and 50%-duty
    // load they differ by a few tenths of a percent; 3% allows for the averaging window lagging
    // the load steps and the +/- 5 W accuracy at idle (5/79 W), without hiding a wrong column
    // (power.draw.instant, sampled against the 0.1 s duty cycle, is off by about 4%).
    expect(relDiff(m.summary.itEnergyKWh * J_PER_KWH, nvmlJ)).toBeLessThan(0.03);
    // The NVML power column (mW, every 0.5 s) integrated by the same trapezoid also agrees.
    const nvmlPowerJ = trapezoidJ(nvml);
    expect(relDiff(nvmlPowerJ, nvml[nvml.length - 1].j - nvml[0].j)).toBeLessThan(0.03);
  });

  test('H200 noheader-nounits.csv (1 s loop) with its columns named', async () => {
    const m = await measureTraces([fixtureFile('nvidia-smi/h200-2026-11-27/noheader-nounits.csv')], {
      columns: ['timestamp', 'index', 'power.draw']
    });
    expect(m.summary.itEnergyKWh * J_PER_KWH).toBeCloseTo(trapezoidJ(readQueryGpu('noheader-nounits.csv', 2)), 8);
    expect(m.summary.samples).toBe(58);
  });
});
