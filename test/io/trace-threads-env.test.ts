import { describe, expect, it } from '@jest/globals';
import { TRACE_THREADS_ENV, traceThreads, traceThreadsFromEnv } from '../../src/io/trace-pool.js';

describe('CARBON_GATE_TRACE_THREADS', () => {
  it('is the variable the docs name', () => {
    expect(TRACE_THREADS_ENV).toBe('CARBON_GATE_TRACE_THREADS');
  });

  it.each([
    ['0', 0],
    ['1', 1],
    [' 4 ', 4],
    ['16', 16]
  ])('%j asks for %d threads', (value, threads) => {
    expect(traceThreadsFromEnv({ CARBON_GATE_TRACE_THREADS: value })).toBe(threads);
  });

  it.each([undefined, '', '17', '-1', '2.5', 'four', '0x4', '999'])('%j means the default', (value) => {
    expect(traceThreadsFromEnv(value === undefined ? {} : { CARBON_GATE_TRACE_THREADS: value })).toBeUndefined();
  });
});

describe('the default threads of the process pool', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 3],
    [4, 4],
    [16, 16],
    [64, 16]
  ])('%d core(s): %d threads', (cores, threads) => {
    expect(traceThreads({}, cores)).toBe(threads);
  });

  it.each([
    ['2', 2, 2],
    ['1', 1, 1],
    ['0', 8, 0],
    ['4', 64, 4],
    ['many', 2, 0],
    ['many', 8, 8]
  ])('CARBON_GATE_TRACE_THREADS=%j on %d cores: %d threads', (value, cores, threads) => {
    expect(traceThreads({ CARBON_GATE_TRACE_THREADS: value }, cores)).toBe(threads);
  });
});
