/**
 * The recording's summary: energy and coverage per logger against the command's wall time, on
 * logs written by hand (so every number is worked out here), and the one line the CLI prints.
 */
import { describe, expect, test } from '@jest/globals';
import { recordingLine, summarizeRecording } from '../../../src/io/record/summary.js';
import { put, useTempFolders } from '../../support/temp-folders.js';

const folders = useTempFolders();

/** An nvidia-smi log of one GPU at `watts` W, a row every second from 12:00:00 for `seconds` s. */
function gpuLog(watts: number, seconds: number): string {
  const rows = [];
  for (let s = 0; s <= seconds; s++)
    rows.push(`2026/12/02 12:00:${String(s).padStart(2, '0')}.000, 0, GPU-0, NVIDIA H200, ${watts.toFixed(2)} W`);
  return ['timestamp, index, uuid, name, power.draw [W]', ...rows, ''].join('\n');
}

/** A RAPL log of package-0 at `watts` W, a reading every second from 12:00:00 for `seconds` s. */
function raplLog(watts: number, seconds: number): string {
  const rows = [];
  for (let s = 0; s <= seconds; s++)
    rows.push(
      `2026-12-02T12:00:${String(s).padStart(2, '0')}.000Z,package-0,${watts * s * 1e6},262143328850,intel-rapl:0`
    );
  return ['timestamp,domain,energy_uj,max_energy_range_uj,zone', ...rows, ''].join('\n');
}

describe('summarizeRecording', () => {
  test('a GPU logger that stopped at 20 s of a 40 s command: its coverage is half, the CPU one whole', async () => {
    put(folders.dir, 'gpu.csv', gpuLog(300, 20));
    put(folders.dir, 'cpu.csv', raplLog(50, 40));
    const summary = await summarizeRecording(
      folders.dir,
      [
        { label: 'GPU', files: ['gpu.csv'] },
        { label: 'CPU', files: ['cpu.csv'] },
        { label: 'none', files: [] }
      ],
      40
    );
    // By hand: 300 W x 20 s = 6000 J; 50 W x 40 s = 2000 J; 1 kWh = 3.6e6 J.
    expect(summary.loggers.map((l) => [l.label, l.devices, l.errors])).toEqual([
      ['GPU', 1, []],
      ['CPU', 1, []]
    ]);
    expect(summary.loggers[0].energyKWh).toBeCloseTo(6000 / 3.6e6, 12);
    expect(summary.loggers[1].energyKWh).toBeCloseTo(2000 / 3.6e6, 12);
    expect(summary.energyKWh).toBeCloseTo(8000 / 3.6e6, 12);
    expect(summary.loggers[0].coverage).toBeCloseTo(20 / 40, 12);
    expect(summary.loggers[1].coverage).toBeCloseTo(1, 12);
    expect(recordingLine(summary)).toBe(
      '2.22 Wh measured (GPU 1.67 Wh, CPU 0.556 Wh) over 40 s, coverage GPU 50%, CPU 100%'
    );
  });

  test('an unreadable log is an error of its logger; no logger at all says so', async () => {
    put(folders.dir, 'gpu.csv', 'not a log at all\n');
    const summary = await summarizeRecording(folders.dir, [{ label: 'GPU', files: ['gpu.csv'] }], 5);
    expect(summary.loggers[0].errors.length).toBeGreaterThan(0);
    expect(summary.energyKWh).toBe(0);
    expect(recordingLine({ energyKWh: 0, wallTimeS: 5, loggers: [] })).toBe(
      'nothing measured over 5 s (no logger ran)'
    );
  });
});
