/**
 * The small readers under the formats: zones, timestamps, numbers from bytes, header names and
 * units, and format detection. Expected values are written out (Date.UTC, decimal literals).
 */
import { NumStatus, parseDecimalInto } from '../../../src/core/traces/bytes.js';
import { energyFactor, powerFactor, resolveFields, splitNameUnit } from '../../../src/core/traces/fields.js';
import { detectFormat, formatById, FORMATS } from '../../../src/core/traces/formats/index.js';
import { epochToMs, epochUnitOf, parseDateTime } from '../../../src/core/traces/timestamps.js';
import { parseOffsetMinutes, resolveZone, UTC } from '../../../src/core/traces/timezone.js';
import { utc, zoneOf } from './helpers.js';

describe('zones', () => {
  test.each<[string, number | undefined]>([
    ['+05:30', 330],
    ['-0800', -480],
    ['+5', 300],
    ['UTC+2', 120],
    ['GMT-03:00', -180],
    ['+19:00', undefined],
    ['+05:60', undefined],
    ['Europe/Berlin', undefined]
  ])('offset %s → %s minutes', (text, minutes) => {
    expect(parseOffsetMinutes(text)).toBe(minutes);
  });

  test.each<[string, number, number]>([
    // Berlin: CET (UTC+1) in winter, CEST (UTC+2) in summer
    ['Europe/Berlin', Date.UTC(2026, 0, 15, 12, 0), utc(2026, 1, 15, 11, 0)],
    ['Europe/Berlin', Date.UTC(2026, 6, 15, 12, 0), utc(2026, 7, 15, 10, 0)],
    // India has no DST: UTC+05:30
    ['Asia/Kolkata', Date.UTC(2026, 6, 15, 5, 30), utc(2026, 7, 15, 0, 0)],
    // the repeated hour when Berlin's clocks go back (2026-10-25 03:00 CEST → 02:00 CET): 02:30
    // happens twice, at 00:30 and 01:30 UTC; the earlier one is taken
    ['Europe/Berlin', Date.UTC(2026, 9, 25, 2, 30), utc(2026, 10, 25, 0, 30)],
    // the skipped hour when they go forward (2026-03-29 02:00 CET → 03:00 CEST): 02:30 does not
    // exist; it is read with the offset before the change, +1 h: 01:30 UTC
    ['Europe/Berlin', Date.UTC(2026, 2, 29, 2, 30), utc(2026, 3, 29, 1, 30)],
    ['UTC', Date.UTC(2026, 6, 15, 5, 30, 1, 500), utc(2026, 7, 15, 5, 30, 1, 500)]
  ])('%s local %p → UTC', (name, local, expected) => {
    expect(zoneOf(name).localToUtcMs(local)).toBe(expected);
  });

  test('an unknown name is an error with the closest names', () => {
    const r = resolveZone('America/New_Yrok');
    expect('error' in r && r.error).toContain('Did you mean "America/New_York"');
  });
});

describe('timestamps', () => {
  test.each<[string, number]>([
    ['2026-11-27T05:02:35.377+00:00', utc(2026, 11, 27, 5, 2, 35, 377)],
    ['2026-11-27T05:02:35Z', utc(2026, 11, 27, 5, 2, 35)],
    ['2026-11-27 07:02:35.5+0200', utc(2026, 11, 27, 5, 2, 35, 500)],
    ['2026-11-27T05:02:35.123456', utc(2026, 11, 27, 5, 2, 35, 123) + 0.456],
    ['2026/11/27 05:02:35.252', utc(2026, 11, 27, 5, 2, 35, 252)],
    ['2026-11-27T05:02', utc(2026, 11, 27, 5, 2)],
    ['2026-11-27', utc(2026, 11, 27)],
    ['2026-02-29T00:00:00Z', NaN],
    ['2026-13-01T00:00:00Z', NaN],
    ['yesterday', NaN]
  ])('%s', (text, expected) => {
    const v = parseDateTime(text, UTC);
    if (Number.isNaN(expected)) expect(v).toBeNaN();
    else expect(v).toBeCloseTo(expected, 6);
  });

  test('zone-less times take the zone; times with an offset ignore it', () => {
    expect(parseDateTime('2026-11-27 05:30:00', zoneOf('+05:30'))).toBe(utc(2026, 11, 27, 0, 0));
    expect(parseDateTime('2026-11-27 05:30:00Z', zoneOf('+05:30'))).toBe(utc(2026, 11, 27, 5, 30));
  });

  test.each<[number, 's' | 'ms' | 'us' | 'ns' | 'auto', number]>([
    [1795755755, 'auto', 1795755755000],
    [1795755755123, 'auto', 1795755755123],
    [1795755755123456, 'auto', 1795755755123.456],
    [1.795755755123456e18, 'auto', 1795755755123.456],
    [90, 's', 90000],
    [90, 'ms', 90]
  ])('epoch %p %s → %p ms', (v, unit, ms) => {
    expect(epochToMs(v, unit)).toBeCloseTo(ms, 3);
  });

  // The magnitude boundaries: 1e11 s is the year 5138, 1e14 ms the year 5138, and so on.
  test.each<[number, 's' | 'ms' | 'us' | 'ns']>([
    [1e11 - 1, 's'],
    [1e11, 'ms'],
    [1e14 - 1, 'ms'],
    [1e14, 'us'],
    [9.9e16, 'us'], // 1e17 - 1 is not a double
    [1e17, 'ns'],
    [-90, 's']
  ])('epoch unit of %p is %s', (v, unit) => {
    expect(epochUnitOf(v)).toBe(unit);
  });
});

describe('numbers from bytes', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const read = (s: string, unit = 87) => {
    const out = new Float64Array(1);
    const status = parseDecimalInto(bytes(s), 0, bytes(s).length, unit, out, 0);
    return { status, value: out[0] };
  };
  test.each<[string, number]>([
    ['79.11', 79.11],
    [' 700.00 W', 700],
    ['0.1', 0.1],
    ['123456789.123456', 123456789.123456],
    ['-5.25 W', -5.25],
    ['+3', 3],
    ['1e3', 1000],
    ['12345678901234567890', 1.2345678901234567e19]
  ])('%s → %p, exactly as Number() reads it', (text, expected) => {
    const r = read(text);
    expect(r.status).toBe(NumStatus.OK);
    expect(r.value).toBe(expected);
  });

  test('every two-decimal value from 0.00 to 2000.00 equals parseFloat', () => {
    const out = new Float64Array(1);
    for (let cw = 0; cw <= 200000; cw++) {
      const text = `${Math.floor(cw / 100)}.${String(cw % 100).padStart(2, '0')}`;
      const b = bytes(text);
      parseDecimalInto(b, 0, b.length, 0, out, 0);
      if (out[0] !== parseFloat(text)) throw new Error(`${text}: ${out[0]} !== ${parseFloat(text)}`);
    }
  });

  test.each<[string, number]>([
    ['[N/A]', NumStatus.UNAVAILABLE],
    ['[Not Supported]', NumStatus.UNAVAILABLE],
    ['   ', NumStatus.UNAVAILABLE],
    ['abc', NumStatus.NON_NUMERIC],
    ['12.3.4', NumStatus.NON_NUMERIC],
    ['W', NumStatus.NON_NUMERIC],
    ['Infinity', NumStatus.NON_NUMERIC],
    ['0x1F', NumStatus.NON_NUMERIC]
  ])('%s → status %i', (text, status) => {
    expect(read(text).status).toBe(status);
  });
});

describe('header names and units', () => {
  test.each<[string, string, string | undefined]>([
    ['power.draw [W]', 'power.draw', 'W'],
    ['energy (kWh)', 'energy', 'kWh'],
    ['power_mw', 'power', 'mw'],
    ['energy_mj', 'energy', 'mj'],
    ['Timestamp_ms', 'timestamp', 'ms'],
    ['kWh', 'energy', 'kwh'],
    ['device_id', 'device_id', undefined]
  ])('%s → %s / %s', (header, base, unit) => {
    expect(splitNameUnit(header)).toEqual({ base, unit });
  });

  test.each<[string, number | undefined]>([
    ['W', 1],
    ['mW', 1e-3],
    ['kW', 1e3],
    ['MW', 1e6],
    ['J', undefined]
  ])('power unit %s → %p', (unit, factor) => {
    expect(powerFactor(unit)).toBe(factor);
  });

  test.each<[string, number | undefined]>([
    ['J', 1],
    ['mJ', 1e-3],
    ['MJ', 1e6],
    ['uJ', 1e-6],
    ['Wh', 3600],
    ['kWh', 3.6e6],
    ['MWh', 3.6e9],
    ['W', undefined]
  ])('energy unit %s → %p', (unit, factor) => {
    expect(energyFactor(unit)).toBe(factor);
  });

  test('roles: power_limit is not power; host and gpu make the device', () => {
    const r = resolveFields(['time', 'host', 'power_limit_w', 'gpu_power [W]', 'gpu']);
    expect(r.map).toMatchObject({ timestamp: 0, power: 3, energy: -1, devices: [1, 4] });
  });
});

describe('detection', () => {
  test.each<[string, string, string | undefined]>([
    ['timestamp, index, power.draw [W]\n2026/11/27 10:00:00.000, 0, 1 W', 'gpu.csv', 'nvidia-smi-csv'],
    ['#Date        Time         gpu    pwr\n', 'dmon.log', 'nvidia-smi-dmon'],
    ['timestamp,power_w\n2026-11-27T10:00:00Z,1', 'power.csv', 'csv'],
    ['{"timestamp": "2026-11-27T10:00:00Z", "power_w": 1}', 'p.log', 'jsonl'],
    ['hello', 'x.txt', undefined]
  ])('%#: %s', (head, name, id) => {
    expect(detectFormat(head, name)?.id).toBe(id);
  });

  test('every format has a unique id and can be named', () => {
    const ids = FORMATS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(formatById(id)).toHaveProperty('format');
  });
});
