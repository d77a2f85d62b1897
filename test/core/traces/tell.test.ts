import type { Diagnostic } from '../../../src/core/diagnostics.js';
import { tellNote, zoneOrReport } from '../../../src/core/traces/tell.js';
import type { SampleSink } from '../../../src/core/traces/types.js';
import { codesDocumented } from '../../support/documented-codes.js';
import { recordingSink } from './helpers.js';

describe('tellNote', () => {
  test('a sink that takes notes gets a note naming the file, and no diagnostic', () => {
    const sink = recordingSink();
    tellNote(sink, 'traces/rapl', 'a choice was made.', 'r.csv', 7);
    expect(sink.rec.notes).toEqual(['r.csv: a choice was made.']);
    expect(sink.rec.reports).toEqual([]);
  });

  test.each([
    { name: 'with a line', line: 7, expected: { severity: 'notice', code: 'traces/rapl', message: 'a choice was made.', file: 'r.csv', line: 7 } },
    { name: 'without a line', line: undefined, expected: { severity: 'notice', code: 'traces/rapl', message: 'a choice was made.', file: 'r.csv' } }
  ])('a sink without notes gets a notice at the file, $name', ({ line, expected }) => {
    const reports: Diagnostic[] = [];
    const bare: SampleSink = { power: () => undefined, counter: () => undefined, interval: () => undefined, drop: () => undefined, report: (d) => void reports.push(d) };
    tellNote(bare, 'traces/rapl', 'a choice was made.', 'r.csv', line);
    expect(reports).toStrictEqual([expected]);
  });
});

describe('zoneOrReport', () => {
  test('a usable setting is the zone, and nothing is reported', () => {
    const sink = recordingSink();
    expect(zoneOrReport('+05:30', sink, 'x.csv')?.fixedOffsetMin).toBe(5 * 60 + 30);
    expect(zoneOrReport(undefined, sink, 'x.csv')?.name).toBe('UTC');
    expect(sink.rec.reports).toEqual([]);
  });

  test('an unknown zone is undefined and one error at the file, with suggestions', () => {
    const sink = recordingSink();
    expect(zoneOrReport('Europe/Pari', sink, 'x.csv')).toBeUndefined();
    expect(sink.rec.reports.map((d) => [d.severity, d.code, d.file, d.line])).toEqual([['error', 'traces/bad-timezone', 'x.csv', undefined]]);
    expect(sink.rec.reports[0].message).toContain('Europe/Paris');
  });
});

test('every diagnostic code of tell.ts is documented in docs/diagnostics/formats.md', () => {
  const codes = codesDocumented('src/core/traces/tell.ts', 'docs/diagnostics/formats.md');
  expect(codes.length).toBeGreaterThan(0);
  for (const [code, documented] of codes) expect([code, documented]).toEqual([code, true]);
});
