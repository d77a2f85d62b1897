/** The sampling interval that `carbon-gate record --interval` and the record step's `interval` input share. */
import { describe, expect, test } from '@jest/globals';
import { parseSamplingInterval } from '../../../src/core/record/interval.js';

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
    // The bounds themselves: 100 ms and 1 h are accepted, 99 ms and 3,601 s refused below.
    ['3600s', 60 * 60 * 1000]
  ])('%j is %d ms', (text, ms) => {
    expect(parseSamplingInterval(text)).toBe(ms);
  });

  test.each([
    ['', 'not a time'],
    ['fast', 'not a time'],
    ['1 min', 'not a time'],
    ['-1', 'not a time'],
    ['1e3', 'not a time'],
    ['Infinity', 'not a time'],
    ['99ms', 'out of range'],
    ['3601s', 'out of range'],
    ['0', 'out of range']
  ])('%j is refused (%s), saying what is expected', (text, why) => {
    expect(parseSamplingInterval(text)).toEqual({
      problem: `"${text}" is ${why}; expected seconds (1, 0.5) or a time with a unit (500ms, 2s) from 100 ms to 1 h`
    });
  });
});
