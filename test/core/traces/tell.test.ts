import type { Diagnostic } from '../../../src/core/diagnostics.js';
import { tellNote } from '../../../src/core/traces/tell.js';
import type { SampleSink } from '../../../src/core/traces/types.js';
import { recordingSink } from './helpers.js';

describe('tellNote', () => {
  test('a sink that takes notes gets a note naming the file, and no diagnostic', () => {
    const sink = recordingSink();
    tellNote(sink, 'traces/rapl', 'a choice was made.', 'r.csv', 7);
    expect(sink.rec.notes).toEqual(['r.csv: a choice was made.']);
    expect(sink.rec.reports).toEqual([]);
  });

  test.each([
    {
      name: 'with a line',
      line: 7,
      expected: { severity: 'notice', code: 'traces/rapl', message: 'a choice was made.', file: 'r.csv', line: 7 }
    },
    {
      name: 'without a line',
      line: undefined,
      expected: { severity: 'notice', code: 'traces/rapl', message: 'a choice was made.', file: 'r.csv' }
    }
  ])('a sink without notes gets a notice at the file, $name', ({ line, expected }) => {
    const reports: Diagnostic[] = [];
    const bare: SampleSink = {
      power: () => undefined,
      counter: () => undefined,
      interval: () => undefined,
      drop: () => undefined,
      report: (d) => void reports.push(d)
    };
    tellNote(bare, 'traces/rapl', 'a choice was made.', 'r.csv', line);
    expect(reports).toStrictEqual([expected]);
  });
});
