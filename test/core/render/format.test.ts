import { describe, expect, it } from '@jest/globals';
import {
  formatDuration,
  formatEnergy,
  formatMass,
  formatNumber,
  formatPercent,
  formatPue,
  textBar
} from '../../../src/core/render/format.js';

describe('formatNumber: en-US, 3 significant digits below 1,000, whole numbers above', () => {
  it.each([
    [0, '0'],
    [0.0012345, '0.00123'],
    [12.345, '12.3'],
    [999.4, '999'],
    [1438, '1,438'],
    [626155, '626,155'],
    [1234567.8, '1,234,568'],
    [-0.0001, '-0.0001']
  ])('%p -> %p', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('quantities pick a readable unit', () => {
  it.each([
    [formatEnergy, 0.5, '500 Wh'],
    [formatEnergy, 201.13, '201 kWh'],
    [formatEnergy, 656347, '656 MWh'],
    [formatEnergy, 2.5e6, '2.5 GWh'],
    [formatMass, 0.205, '205 g'],
    [formatMass, 87, '87 kg'],
    [formatMass, 284016, '284 t'],
    [formatDuration, 45, '45 s'],
    [formatDuration, 750, '12.5 min'],
    [formatDuration, 84 * 3600, '84 h'],
    [formatDuration, 274120 * 3600, '11,422 d'],
    [formatPue, 1.135, '1.135'],
    [formatPue, 1.58, '1.58']
  ] as const)('%#: %p -> %p', (format, value, text) => {
    expect(format(value)).toBe(text);
  });
});

describe('formatPercent: cut, not rounded, so a threshold is never shown early', () => {
  it.each([
    [0, '0%'],
    [0.0004, '<0.1%'],
    [0.025, '2.5%'],
    [0.57, '57%'],
    [0.7996, '79.9%'],
    [0.8, '80%'],
    [1, '100%'],
    [1.0004, '>100%'],
    [1.243, '124.3%']
  ])('%p -> %p', (fraction, text) => {
    expect(formatPercent(fraction)).toBe(text);
  });
});

describe('textBar', () => {
  it.each([
    [0, '░░░░░░░░░░░░░░░░░░░░'],
    [0.2, '████░░░░░░░░░░░░░░░░'],
    [0.8, '████████████████░░░░'],
    [1, '████████████████████'],
    [3.5, '████████████████████']
  ])('%p', (fraction, bar) => {
    expect(textBar(fraction)).toBe(bar);
  });
});
