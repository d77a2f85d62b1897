import { describe, expect, it } from '@jest/globals';
import { TRACE_THREADS_ENV, traceThreadsFromEnv } from '../../src/io/trace-pool.js';

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
