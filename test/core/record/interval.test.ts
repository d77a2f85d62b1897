/** The sampling interval that `carbon-gate record --interval` and the record step's `interval` input share. */
import { describe, expect, test } from '@jest/globals';
import { INTERVAL_BOUNDS_MS, parseSamplingInterval } from '../../../src/core/record/interval.js';

describe('parseSamplingInterval', () => {
  test.each([
    ['1', 1000],
    ['0.5', 500],
    ['0.25', 250],
    ['60', 60_000],
    ['1s', 1000],
    ['2 s', 2000],
    ['1.5 s', 1500],
    ['500ms', 500],
    ['100MS', 100],
    [' 2s ', 2000],
    ['3600s', 3_600_000]
  ])('%j is %d ms', (text, ms) => {
    expect(parseSamplingInterval(text)).toBe(ms);
  });

  test.each(['', 'fast', '1 min', '-1', '1e3', 'Infinity', '99ms', '3601s', '0'])(
    '%j is refused, saying what is expected',
    (text) => {
      const parsed = parseSamplingInterval(text);
      expect(parsed).toEqual({ problem: expect.stringContaining('expected seconds (1, 0.5) or a time with a unit') });
    }
  );

  test('the bounds are 100 ms and 1 h', () => {
    expect(INTERVAL_BOUNDS_MS).toEqual({ min: 100, max: 60 * 60 * 1000 });
  });
});
