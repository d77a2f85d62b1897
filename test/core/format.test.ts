/**
 * The one formatter (src/core/format.ts), rule by rule. Every expected string is written by hand
 * from the rules in the module's header: three significant digits below 1,000, whole numbers with
 * thousands separators from 1,000; durations in s below 60 s, min below 1 h, h below 240 h, d
 * beyond; percentages cut, not rounded.
 */
import { describe, expect, it } from '@jest/globals';
import {
  formatDuration,
  formatEnergy,
  formatIntensity,
  formatMass,
  formatMemory,
  formatNumber,
  formatPercent,
  formatShares,
  formatPlainNumber,
  formatPower,
  formatPue,
  formatRatio,
  formatWatts
} from '../../src/core/format.js';

const S_PER_MIN = 60;
const S_PER_H = 60 * S_PER_MIN;
const S_PER_D = 24 * S_PER_H;
const LB_IN_KG = 0.45359237; // international pound, 1959

describe('formatNumber: en-US, 3 significant digits below 1,000, whole numbers with grouping from 1,000', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [0.5, '0.5'],
    [0.0012345, '0.00123'],
    [1e-7, '0.0000001'],
    [12.345, '12.3'],
    [-12.345, '-12.3'],
    [100, '100'],
    [999.4, '999'],
    // 999.6 to three significant digits is 1000, written like every whole number from 1,000: grouped.
    [999.6, '1,000'],
    [1000, '1,000'],
    [1438, '1,438'],
    [-1438, '-1,438'],
    [626155, '626,155'],
    [1234567.8, '1,234,568'],
    [-0.0001, '-0.0001'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity']
  ])('%p -> %p', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('formatPlainNumber: 4 significant digits, no grouping (Mermaid reads it)', () => {
  it.each([
    [0, '0'],
    [12.3456, '12.35'],
    [1234.56, '1235'],
    [1234567, '1235000']
  ])('%p -> %p', (value, text) => {
    expect(formatPlainNumber(value)).toBe(text);
  });
});

describe('formatDuration: s below 60 s, min below 1 h, h below 240 h, else d', () => {
  it.each([
    [0, '0 s'],
    [1e-4, '0.0001 s'],
    [0.5, '0.5 s'],
    [45, '45 s'],
    // The unit is chosen before rounding: 59.99 s is below a minute, and 3 digits of it are 60.
    [59.99, '60 s'],
    [60, '1 min'],
    [90, '1.5 min'],
    [750, '12.5 min'],
    [90 * S_PER_MIN, '1.5 h'],
    [59.9 * S_PER_MIN, '59.9 min'],
    // 3599 s = 59.983 min: below an hour, and 3 digits of it are 60.
    [3599, '60 min'],
    [S_PER_H, '1 h'],
    [79 * S_PER_H, '79 h'],
    [84 * S_PER_H, '84 h'],
    [239 * S_PER_H, '239 h'],
    [240 * S_PER_H, '10 d'],
    [12 * S_PER_D, '12 d'],
    [1.5 * S_PER_D, '36 h'],
    // 274,120 h = 11,421.67 d: whole days from 1,000 up.
    [274120 * S_PER_H, '11,422 d'],
    [-90, '-1.5 min'],
    [-45, '-45 s'],
    [NaN, 'NaN s'],
    [Infinity, 'Infinity s']
  ])('%p s -> %p', (durationS, text) => {
    expect(formatDuration(durationS)).toBe(text);
  });
});

describe('quantities take the unit that keeps the number readable', () => {
  it.each([
    // energy, kWh: Wh below 1, kWh, MWh from 1,000, GWh from 10^6; zero and non-finite in kWh
    [formatEnergy, 0, '0 kWh'],
    [formatEnergy, 0.0005, '0.5 Wh'],
    [formatEnergy, 0.25, '250 Wh'],
    [formatEnergy, 0.5, '500 Wh'],
    [formatEnergy, 0.9994, '999 Wh'],
    [formatEnergy, 1, '1 kWh'],
    [formatEnergy, 201.13, '201 kWh'],
    [formatEnergy, 999.4, '999 kWh'],
    [formatEnergy, 1000, '1 MWh'],
    [formatEnergy, 1500, '1.5 MWh'],
    [formatEnergy, 656347, '656 MWh'],
    [formatEnergy, 2.5e6, '2.5 GWh'],
    [formatEnergy, 1.5e9, '1,500 GWh'],
    [formatEnergy, -0.25, '-250 Wh'],
    [formatEnergy, NaN, 'NaN kWh'],
    // mass, kg: g below 1, kg, t from 1,000
    [formatMass, 0, '0 kg'],
    [formatMass, 0.205, '205 g'],
    [formatMass, 0.25, '250 g'],
    [formatMass, 87, '87 kg'],
    [formatMass, 1438 * LB_IN_KG, '652 kg'], // 652.27 kg
    [formatMass, 2500, '2.5 t'],
    [formatMass, 284016, '284 t'],
    // power, W: W, kW from 1,000, MW from 10^6
    [formatPower, 0, '0 W'],
    [formatPower, 0.5, '0.5 W'],
    [formatPower, 400, '400 W'],
    [formatPower, 1415.78, '1.42 kW'],
    [formatPower, 2000, '2 kW'],
    [formatPower, 3e6, '3 MW'],
    // memory, GB: MB below 1, GB, TB from 1,000
    [formatMemory, 0.5, '500 MB'],
    [formatMemory, 512, '512 GB'],
    [formatMemory, 2 ** 30 / 1e9, '1.07 GB'], // 1 GiB = 1.073741824 GB
    [formatMemory, 1536, '1.54 TB'],
    // intensity: always g/kWh
    [formatIntensity, 0, '0 g/kWh'],
    [formatIntensity, 0.954 * LB_IN_KG * 1000, '433 g/kWh'], // 432.73 g/kWh
    [formatIntensity, 1234.5, '1,235 g/kWh'],
    // ratios of the equivalents
    [formatRatio, 0.72, '0.72 x'],
    [formatRatio, 3.4, '3.4 x'],
    [formatRatio, 1203, '1,203 x']
  ] as const)('%#: %p -> %p', (format, value, text) => {
    expect(format(value)).toBe(text);
  });
});

describe('values a user wrote keep their precision', () => {
  it.each([
    [formatPue, 1.135, '1.135'],
    [formatPue, 1.58, '1.58'],
    [formatPue, 1.1, '1.1'],
    [formatWatts, 400, '400 W'],
    [formatWatts, 1515.43, '1,515.43 W'],
    [formatWatts, 0.25, '0.25 W']
  ] as const)('%#: %p -> %p', (format, value, text) => {
    expect(format(value)).toBe(text);
  });
});

describe('formatPercent: cut, not rounded, so a threshold is never shown early', () => {
  it.each([
    [0, '0%'],
    [0.0004, '<0.1%'],
    [0.001, '0.1%'],
    [0.025, '2.5%'],
    [0.57, '57%'],
    [2 / 3, '66.6%'],
    [0.7996, '79.9%'],
    [0.8, '80%'],
    [0.9999, '99.9%'],
    [1, '100%'],
    [1.0004, '>100%'],
    [1.243, '124.3%'],
    [12.5, '1,250%'],
    [-0.5, '-50%'],
    [-0.0004, '>-0.1%'],
    [NaN, 'NaN%'],
    [Infinity, 'Infinity%']
  ])('%p -> %p', (fraction, text) => {
    expect(formatPercent(fraction)).toBe(text);
  });
});

describe('formatShares: parts of a whole that add up to 100%', () => {
  /** The shown percentages as tenths of a percent (integers, so their sum is exact). */
  const tenths = (shown: string[]): number[] => shown.map((t) => Math.round(Number(t.replace('%', '')) * 10));

  it.each([
    // [parts, expected by hand: floor of each tenth, then the missing tenths to the largest remainders]
    [
      [1, 1, 1],
      ['33.4%', '33.3%', '33.3%']
    ],
    [
      [0.5, 0.25, 0.25],
      ['50%', '25%', '25%']
    ],
    [
      [2, 1, 1, 2],
      ['33.3%', '16.7%', '16.7%', '33.3%']
    ],
    [
      [1, 1, 1, 1, 1, 1, 1],
      ['14.3%', '14.3%', '14.3%', '14.3%', '14.3%', '14.3%', '14.2%']
    ],
    [[1], ['100%']],
    [
      [0, 3],
      ['0%', '100%']
    ],
    [
      [0, 0],
      ['0%', '0%']
    ]
  ])('%j', (parts, expected) => {
    expect(formatShares(parts)).toEqual(expected);
  });

  it('a tiny nonzero part shows as <0.1% and the rest still add up to 100%', () => {
    const shown = formatShares([1, 1e-6, 1]);
    expect(shown).toEqual(['50%', '<0.1%', '50%']);
  });

  it('adds up to exactly 100.0% for parts whose cut shares do not', () => {
    // Parts chosen so that each share cut to a tenth loses something: 1/7, 2/7, 4/7 cut are
    // 14.2 + 28.5 + 57.1 = 99.8, so two tenths are missing.
    for (const parts of [
      [1, 2, 4],
      [3, 3, 3, 1],
      [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
      [351, 26.1, 15.1, 52.4, 124]
    ]) {
      expect([parts, tenths(formatShares(parts)).reduce((a, b) => a + b, 0)]).toEqual([parts, 1000]);
      // And no part moves by a tenth or more from its exact share.
      const total = parts.reduce((a, b) => a + b, 0);
      tenths(formatShares(parts)).forEach((t, i) => expect(Math.abs(t - (parts[i] / total) * 1000)).toBeLessThan(1));
    }
  });
});
